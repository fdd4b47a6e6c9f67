//! Search across every assembly (issue #17): what a person typed → ranked hits over
//! working groups, report-backs, proposals (every version), decisions and minutes, own and
//! imported, each with its origin and the view that opens it; and namesakes — the working
//! groups and proposals of other assemblies that work on the same things.
//!
//! The index is migration 0020's (made again by 0021 with an `origin` column): a
//! contentless FTS5 table kept up to date by triggers in the same transactions as the
//! records, and one view per kind (`search_src_<kind>`) that says what a hit is made of.
//! Namesakes are looked for in 0021's two small indexes of the WGs' and the proposals' own
//! words (one row per record), not in the whole history. Titles and snippets are read back from those views, so what
//! is shown is what was indexed. Everything returned is bounded: a page of hits (at most
//! [`MAX_HITS`]), a total counted up to [`COUNT_CAP`], snippets of [`SNIPPET_CHARS`].
//! Snippets are plain text; the UI renders them as text.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::federation::{FederatedWg, OriginFilter};
use crate::paging::{Page, PageRequest};
use crate::refs::{item_ref, meeting_ref, proposal_ref};
use crate::{not_found, text_enum, Db, Result, Tx};

/// Hits per page when the caller does not say.
pub const DEFAULT_HITS: u32 = 20;
/// The most hits one page may hold.
pub const MAX_HITS: u32 = 50;
/// Matches are counted up to this many; beyond it the total says "more than".
pub const COUNT_CAP: u64 = 1000;
/// A snippet's length, in characters (without the "…" marks).
pub const SNIPPET_CHARS: usize = 160;
/// What a person may type: longer text is refused, not cut silently.
pub const MAX_QUERY_CHARS: usize = 200;
/// Words of a query used (the rest are refused: a search is a few words).
pub const MAX_QUERY_WORDS: usize = 12;
/// Namesakes shown on a WG's or a proposal's page.
pub const NAMESAKES_SHOWN: usize = 5;
/// Namesakes shown beside each row of the "who works on what" table.
pub const COUNTERPARTS_SHOWN: usize = 3;
/// The telling words of a record used to look for its namesakes, at most.
const NAMESAKE_TERMS: usize = 12;
/// The telling words together are held by at most this many records (the sum of their
/// counts in the namesake index): what a namesake query ranks is bounded by it, not by
/// the history. The rarest words are taken first; a word held by more records than this
/// alone tells nothing apart and is never taken.
const NAMESAKE_MATCHES: i64 = 2000;
/// A title weighs this much more than a body in the ranking (bm25 column weights): an
/// exact title beats a passing mention. The third column, the record's assembly, weighs
/// nothing.
const RANK: &str = "bm25(search_fts, 5.0, 1.0, 0.0)";

text_enum! {
    /// What a hit is.
    HitKind, "kind of search hit" {
        Wg = "wg",
        ReportBack = "report-back",
        Proposal = "proposal",
        Decision = "decision",
        Minutes = "minutes",
    }
}

text_enum! {
    /// The screen that opens a hit (the UI's routes: `#/wg/<id>`, `#/meeting/<id>`,
    /// `#/meeting/<id>/minutes`, `#/proposal/<id>`).
    TargetView, "view" {
        Wg = "wg",
        Meeting = "meeting",
        Minutes = "minutes",
        Proposal = "proposal",
    }
}

/// Where a hit opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Target {
    pub view: TargetView,
    pub id: Uuid,
}

/// One hit.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SearchHit {
    pub kind: HitKind,
    /// The record found (a WG, report-back, proposal, decision or agenda item).
    pub record_id: Uuid,
    pub title: String,
    /// Its human reference, if it has one (`RIV-P-2026-004`, `RIV-GA-39`, `RIV-GA-39.3`).
    pub reference: Option<String>,
    /// What became of it: a WG's or proposal's status, a decision's outcome.
    pub state: Option<String>,
    /// Plain text around the first word found, at most [`SNIPPET_CHARS`] (+ "…").
    pub snippet: String,
    pub origin_id: Uuid,
    pub origin_code: String,
    pub origin_name: String,
    pub is_local: bool,
    pub target: Target,
}

/// What a person asks.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ts_rs::TS)]
#[serde(default)]
pub struct SearchQuery {
    pub text: String,
    /// Only this assembly's records.
    pub assembly: Option<Uuid>,
    /// Hits to skip (ranked lists have no stable key to page by).
    pub offset: u32,
    /// Defaults to [`DEFAULT_HITS`]; capped at [`MAX_HITS`].
    pub limit: Option<u32>,
}

/// One page of hits, best first.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    pub offset: u32,
    /// How many records match, counted up to [`COUNT_CAP`].
    pub total: u64,
    /// There are more than `total` (the count stopped at [`COUNT_CAP`]).
    pub total_is_lower_bound: bool,
    /// There are hits after this page.
    pub more: bool,
}

/// A record of another assembly that works on the same things.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Namesake {
    /// The WG or proposal.
    pub id: Uuid,
    pub title: String,
    /// A proposal's reference.
    pub reference: Option<String>,
    /// A WG's or proposal's status.
    pub status: String,
    /// A proposal's latest decision, if it was decided.
    pub outcome: Option<String>,
    pub origin_code: String,
    pub origin_name: String,
}

/// A row of the "who works on what" table: a WG and its counterparts elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WgCounterparts {
    #[serde(flatten)]
    #[ts(flatten)]
    pub wg: FederatedWg,
    /// At most [`COUNTERPARTS_SHOWN`], most alike first.
    pub counterparts: Vec<Namesake>,
}

/// The words of what a person typed, as an FTS5 query that cannot be a syntax error: each
/// word quoted (a `"` inside doubled), so `*`, `NEAR(`, `AND`, `:` or `^` are only text;
/// words without a letter or digit dropped (they would be empty phrases); the last word a
/// prefix unless the text ends with a space (the palette searches as one types). `None`
/// when nothing is left to look for.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<&str> = words_of(text);
    let last = words.len().checked_sub(1)?;
    let typing = !text.ends_with(char::is_whitespace);
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let q = format!("\"{}\"", w.replace('"', "\"\""));
                if i == last && typing {
                    q + "*"
                } else {
                    q
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn words_of(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

fn check_query(text: &str) -> Result<()> {
    let n = text.chars().count();
    if n > MAX_QUERY_CHARS {
        return Err(crate::invalid!(
            "search-too-long",
            chars = n,
            max = MAX_QUERY_CHARS
        ));
    }
    let w = words_of(text).len();
    if w > MAX_QUERY_WORDS {
        return Err(crate::invalid!(
            "search-too-many-words",
            words = w,
            max = MAX_QUERY_WORDS
        ));
    }
    Ok(())
}

impl Db {
    /// One page of hits for `q`, best first (bm25, a title weighing more than a body).
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        check_query(&q.text)?;
        let limit = q.limit.unwrap_or(DEFAULT_HITS).clamp(1, MAX_HITS);
        let empty = SearchResults {
            hits: Vec::new(),
            offset: q.offset,
            total: 0,
            total_is_lower_bound: false,
            more: false,
        };
        let Some(words) = fts_query(&q.text) else {
            return Ok(empty);
        };
        if let Some(a) = q.assembly {
            self.ensure_assembly(a)?;
        }
        // A filter by assembly is one more term, ANDed inside the index.
        let scope = |query: String| match q.assembly {
            None => query,
            Some(a) => format!("({query}) AND origin : {}", origin_token(a)),
        };
        let words = self.query_words(&words)?;
        // `exact` ranks (bm25 scores the word being typed as one prefix); `fast` finds the
        // same records and is what is counted and read newest first (`query_words`).
        let (exact, fast) = (scope(words.exact.clone()), scope(words.fast.clone()));
        let total = if words.nothing {
            0
        } else {
            self.count_capped("search_fts", &fast)?
        };
        let want = limit + 1;
        let found = if total == 0 {
            Vec::new()
        } else if total <= COUNT_CAP {
            self.ranked(&exact, Order::Best, want, q.offset)?
        } else {
            // The words are nearly everywhere: ranking every match would cost what the
            // history holds. Records whose title has them come first, best first (if
            // they are few enough to rank); then the others, the most recently written
            // first — both read from the index a page at a time. Which records have them
            // in their title is asked of the titles' own index (0027): the same question
            // put to `search_fts` (`{title} : …`) reads the positions of every record
            // that has the words anywhere.
            let titles_of = |w: &str| scope(format!("{{title}} : ({w})"));
            let t = self.count_capped("search_titles", &titles_of(&words.fast))?;
            if t > COUNT_CAP || t == 0 {
                // Too many titles to rank, or none: the newest first.
                self.ranked(&fast, Order::Newest, want, q.offset)?
            } else {
                let mut found = Vec::new();
                if u64::from(q.offset) < t {
                    found = self.ranked(&titles_of(&words.exact), Order::Best, want, q.offset)?;
                }
                let rest = format!("({fast}) NOT ({})", titles_of(&words.fast));
                let skip = u64::from(q.offset).saturating_sub(t) as u32;
                let need = want - found.len() as u32;
                found.extend(self.ranked(&rest, Order::Newest, need, skip)?);
                found
            }
        };
        let more = found.len() > limit as usize;
        let terms = folded_words(&q.text);
        let mut origins = Origins::default();
        let mut hits = Vec::with_capacity(found.len().min(limit as usize));
        for (kind, id, origin) in found.into_iter().take(limit as usize) {
            let d = self.describe(kind, id)?;
            let (origin_code, origin_name, is_local) = origins.get(self, origin)?;
            hits.push(SearchHit {
                kind,
                record_id: id,
                title: d.title,
                reference: d.reference,
                state: d.state,
                snippet: snippet(&d.body, &terms),
                origin_id: origin,
                origin_code,
                origin_name,
                is_local,
                target: d.target,
            });
        }
        Ok(SearchResults {
            hits,
            offset: q.offset,
            total: total.min(COUNT_CAP),
            total_is_lower_bound: total > COUNT_CAP,
            more,
        })
    }

    /// How many records match `fts` in `index` (`search_fts` or `search_titles`), counted
    /// up to [`COUNT_CAP`] + 1 (from the index alone: a filter by assembly is part of
    /// `fts`).
    fn count_capped(&self, index: &str, fts: &str) -> Result<u64> {
        let n: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 FROM {index} WHERE {index} MATCH ?1 LIMIT ?2)"
            ))?
            .query_row(params![fts, COUNT_CAP as i64 + 1], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// The FTS5 query of what a person typed (`fts_query`), in two forms that match the
    /// same records ([`QueryWords`]).
    ///
    /// The word being typed is a prefix. Two things make a prefix slow, and both are
    /// avoided where the records found stay the same:
    /// - The index's `origin` column holds each record's assembly as 32 hex digits, which
    ///   a prefix could match ("01" → every id made this decade): a prefix is kept to
    ///   titles and bodies (`{title body} : "01"*`). That column filter makes FTS5 read the
    ///   positions of every word the prefix starts (four times the time of the prefix
    ///   alone): it is only written when an assembly's token starts with the prefix.
    /// - A prefix longer than the index's prefix indexes (0025: 1–4 characters) is answered
    ///   by merging the whole lists of every word it starts before the first match is read,
    ///   at each evaluation ("volun" over ten years and ten assemblies: 47–51 ms a search,
    ///   docs/PERFORMANCE.md). The
    ///   words it starts are read from the index's term list instead (`search_terms`),
    ///   and `fast` asks for any of them (`"volunteer" OR "volunteers"`): FTS5 reads an OR
    ///   of words a page at a time. Only for a prefix of plain ASCII letters and digits
    ///   (folded as the tokenizer folds it, so the term list's order finds every word it
    ///   starts) that starts at most [`PREFIX_WORDS`] words; otherwise `fast` is `exact`.
    ///   bm25 would score the OR as several words, not one prefix: what is ranked by bm25
    ///   uses `exact`.
    fn query_words(&self, words: &str) -> Result<QueryWords> {
        let Some(quoted) = words.strip_suffix('*') else {
            return Ok(QueryWords::same(words.to_string()));
        };
        let (whole, typing) = match quoted.rsplit_once(' ') {
            Some((whole, typing)) => (Some(whole), typing),
            None => (None, quoted),
        };
        let and_whole = |w: String| match whole {
            Some(whole) => format!("({whole}) AND ({w})"),
            None => w,
        };
        // The prefix as the tokenizer reads it, when that is sure: ASCII letters and
        // digits, lower-cased (`fts_query` quoted it; a `"` inside is not ASCII alnum).
        let token = typing
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric()))
            .map(str::to_ascii_lowercase);
        let token = match token {
            Some(t) if !self.an_assembly_token_starts_with(&t)? => t,
            _ => {
                return Ok(QueryWords::same(and_whole(format!(
                    "{{title body}} : {typing}*"
                ))))
            }
        };
        let exact = and_whole(format!("{typing}*"));
        if token.len() <= LONGEST_PREFIX_INDEX {
            return Ok(QueryWords::same(exact));
        }
        let mut st = self.conn.prepare_cached(
            "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT ?2",
        )?;
        let started: Vec<String> = st
            .query_map(params![token, PREFIX_WORDS as i64 + 1], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if started.len() > PREFIX_WORDS {
            return Ok(QueryWords::same(exact));
        }
        if started.is_empty() {
            return Ok(QueryWords {
                fast: exact.clone(),
                exact,
                nothing: true,
            });
        }
        let any = started
            .iter()
            .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" OR ");
        Ok(QueryWords {
            exact,
            fast: and_whole(format!("({any})")),
            nothing: false,
        })
    }

    /// Whether the index's `origin` token (32 hex digits) of any assembly starts with
    /// `prefix` (lower-case ASCII).
    fn an_assembly_token_starts_with(&self, prefix: &str) -> Result<bool> {
        if prefix.len() > 32 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(false);
        }
        let mut st = self.conn.prepare_cached("SELECT id FROM assemblies")?;
        let ids = st.query_map([], |r| r.get::<_, Uuid>(0))?;
        for id in ids {
            if id?.simple().to_string().starts_with(prefix) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// A window of the records matching `fts`, in `order`: the index orders alone and
    /// only the page is joined.
    fn ranked(
        &self,
        fts: &str,
        order: Order,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<(HitKind, Uuid, Uuid)>> {
        let (score, by, outer) = match order {
            Order::Best => (RANK, format!("{RANK}, search_fts.rowid"), "f.score, f.id"),
            Order::Newest => ("0", "search_fts.rowid DESC".to_string(), "f.id DESC"),
        };
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT d.kind, d.record_id, d.origin FROM (
                SELECT rowid AS id, {score} AS score FROM search_fts
                 WHERE search_fts MATCH ?1 ORDER BY {by} LIMIT ?2 OFFSET ?3) f
               JOIN search_docs d ON d.id = f.id ORDER BY {outer}"
        ))?;
        let found = st
            .query_map(params![fts, limit, offset], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(found)
    }

    fn ensure_assembly(&self, id: Uuid) -> Result<()> {
        let known: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM assemblies WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if known {
            Ok(())
        } else {
            Err(not_found!("search-no-assembly", id = id))
        }
    }

    /// The assembly a code names (the local one first if two share it), for `--assembly`.
    pub fn assembly_by_code(&self, code: &str) -> Result<Uuid> {
        self.conn
            .query_row(
                "SELECT id FROM assemblies WHERE code = ?1 COLLATE NOCASE ORDER BY is_local DESC LIMIT 1",
                [code.trim()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| not_found!("search-no-assembly-code", code = code.trim()))
    }

    /// A hit's title, reference, state, indexed body and target, from its kind's view.
    fn describe(&self, kind: HitKind, id: Uuid) -> Result<Described> {
        let c = &self.conn;
        let gone = || not_found!("search-index-stale", kind = kind.as_str(), id = id);
        let d = match kind {
            HitKind::Wg => c
                .query_row(
                    "SELECT s.title, s.body, w.status FROM search_src_wg s
                       JOIN working_groups w ON w.id = s.record_id WHERE s.record_id = ?1",
                    [id],
                    |r| {
                        Ok(Described {
                            title: r.get(0)?,
                            body: r.get(1)?,
                            state: Some(r.get(2)?),
                            reference: None,
                            target: Target {
                                view: TargetView::Wg,
                                id,
                            },
                        })
                    },
                )
                .optional()?,
            HitKind::ReportBack => c
                .query_row(
                    "SELECT coalesce(w.name, nullif(r.on_behalf_of, ''), i.title), s.body, a.code, m.number, m.id
                       FROM search_src_report_back s
                       JOIN report_backs r ON r.id = s.record_id
                       JOIN agenda_items i ON i.id = r.agenda_item_id
                       JOIN meetings m ON m.id = i.meeting_id
                       JOIN assemblies a ON a.id = m.origin
                       LEFT JOIN working_groups w ON w.id = r.wg_id
                      WHERE s.record_id = ?1",
                    [id],
                    |r| {
                        Ok(Described {
                            title: format!("Report-back: {}", r.get::<_, String>(0)?),
                            body: r.get(1)?,
                            state: None,
                            reference: Some(meeting_ref(&r.get::<_, String>(2)?, r.get(3)?)),
                            target: Target {
                                view: TargetView::Meeting,
                                id: r.get(4)?,
                            },
                        })
                    },
                )
                .optional()?,
            HitKind::Proposal => c
                .query_row(
                    "SELECT s.title, s.body, a.code, p.year, p.number, p.status
                       FROM search_src_proposal s
                       JOIN proposals p ON p.id = s.record_id
                       JOIN assemblies a ON a.id = p.origin
                      WHERE s.record_id = ?1",
                    [id],
                    |r| {
                        Ok(Described {
                            title: r.get(0)?,
                            body: r.get(1)?,
                            reference: Some(proposal_ref(&r.get::<_, String>(2)?, r.get(3)?, r.get(4)?)),
                            state: Some(r.get(5)?),
                            target: Target {
                                view: TargetView::Proposal,
                                id,
                            },
                        })
                    },
                )
                .optional()?,
            HitKind::Decision => c
                .query_row(
                    "SELECT s.title, s.body, a.code, p.year, p.number, d.outcome, p.id
                       FROM search_src_decision s
                       JOIN decisions d ON d.id = s.record_id
                       JOIN proposals p ON p.id = d.proposal_id
                       JOIN assemblies a ON a.id = p.origin
                      WHERE s.record_id = ?1",
                    [id],
                    |r| {
                        Ok(Described {
                            title: format!("Decision: {}", r.get::<_, String>(0)?),
                            body: r.get(1)?,
                            reference: Some(proposal_ref(&r.get::<_, String>(2)?, r.get(3)?, r.get(4)?)),
                            state: Some(r.get(5)?),
                            target: Target {
                                view: TargetView::Proposal,
                                id: r.get(6)?,
                            },
                        })
                    },
                )
                .optional()?,
            HitKind::Minutes => c
                .query_row(
                    "SELECT s.title, s.body, a.code, m.number, i.position, m.id
                       FROM search_src_minutes s
                       JOIN agenda_items i ON i.id = s.record_id
                       JOIN meetings m ON m.id = i.meeting_id
                       JOIN assemblies a ON a.id = m.origin
                      WHERE s.record_id = ?1",
                    [id],
                    |r| {
                        Ok(Described {
                            title: r.get(0)?,
                            body: r.get(1)?,
                            reference: Some(item_ref(&r.get::<_, String>(2)?, r.get(3)?, r.get(4)?)),
                            state: None,
                            target: Target {
                                view: TargetView::Minutes,
                                id: r.get(5)?,
                            },
                        })
                    },
                )
                .optional()?,
        };
        d.ok_or_else(gone)
    }

    /// The working groups of other assemblies most alike this one (name and description),
    /// best first, at most [`NAMESAKES_SHOWN`].
    pub fn wg_namesakes(&self, id: Uuid) -> Result<Vec<Namesake>> {
        self.wg_namesakes_n(id, NAMESAKES_SHOWN)
    }

    fn wg_namesakes_n(&self, id: Uuid, n: usize) -> Result<Vec<Namesake>> {
        let (origin, name, description): (Uuid, String, String) = self
            .conn
            .query_row(
                "SELECT origin, name, description FROM working_groups WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| not_found!("search-no-wg", id = id))?;
        let ids = self.alike(HitKind::Wg, origin, &name, &description, n)?;
        ids.into_iter()
            .map(|w| {
                self.conn
                    .query_row(
                        "SELECT w.name, w.status, a.code, a.name FROM working_groups w
                           JOIN assemblies a ON a.id = w.origin WHERE w.id = ?1",
                        [w],
                        |r| {
                            Ok(Namesake {
                                id: w,
                                title: r.get(0)?,
                                reference: None,
                                status: r.get(1)?,
                                outcome: None,
                                origin_code: r.get(2)?,
                                origin_name: r.get(3)?,
                            })
                        },
                    )
                    .map_err(Into::into)
            })
            .collect()
    }

    /// The proposals of other assemblies most alike this one (title and text), best
    /// first, with what became of them; at most [`NAMESAKES_SHOWN`].
    pub fn proposal_namesakes(&self, id: Uuid) -> Result<Vec<Namesake>> {
        let (origin, title, text): (Uuid, String, String) = self
            .conn
            .query_row(
                "SELECT origin, title, text FROM proposals WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| not_found!("search-no-proposal", id = id))?;
        let ids = self.alike(HitKind::Proposal, origin, &title, &text, NAMESAKES_SHOWN)?;
        ids.into_iter()
            .map(|p| {
                self.conn
                    .query_row(
                        "SELECT p.title, p.status, a.code, a.name, p.year, p.number,
                                (SELECT d.outcome FROM decisions d WHERE d.proposal_id = p.id
                                  ORDER BY d.created_at DESC, d.id DESC LIMIT 1)
                           FROM proposals p JOIN assemblies a ON a.id = p.origin WHERE p.id = ?1",
                        [p],
                        |r| {
                            let code: String = r.get(2)?;
                            Ok(Namesake {
                                id: p,
                                title: r.get(0)?,
                                reference: Some(proposal_ref(&code, r.get(4)?, r.get(5)?)),
                                status: r.get(1)?,
                                outcome: r.get(6)?,
                                origin_code: code,
                                origin_name: r.get(3)?,
                            })
                        },
                    )
                    .map_err(Into::into)
            })
            .collect()
    }

    /// A window of the working groups known here, by name, each with its counterparts in
    /// other assemblies: who works on what, across assemblies.
    pub fn who_works_on_what(
        &self,
        filter: &OriginFilter,
        req: &PageRequest,
    ) -> Result<Page<WgCounterparts>> {
        let page = self.federated_wgs_page(filter, req)?;
        let items = page
            .items
            .into_iter()
            .map(|wg| {
                let counterparts = self.wg_namesakes_n(wg.wg.id, COUNTERPARTS_SHOWN)?;
                Ok(WgCounterparts { wg, counterparts })
            })
            .collect::<Result<_>>()?;
        Ok(Page {
            items,
            total: page.total,
            next: page.next,
        })
    }

    /// Records of `kind` (a WG or a proposal) of assemblies other than `origin` most
    /// alike a title and a text: bm25 in the kind's namesake index (0021: one row per
    /// record, its own words only) over an OR of the telling words — the rarest words of
    /// the title and the text that other records hold too, as many as
    /// [`NAMESAKE_TERMS`] and together held by at most [`NAMESAKE_MATCHES`] records, so
    /// that what is ranked stays small however long the history.
    fn alike(
        &self,
        kind: HitKind,
        origin: Uuid,
        title: &str,
        text: &str,
        n: usize,
    ) -> Result<Vec<Uuid>> {
        let (table, terms_table) = match kind {
            HitKind::Wg => ("namesake_wgs", "namesake_wg_terms"),
            HitKind::Proposal => ("namesake_proposals", "namesake_proposal_terms"),
            other => {
                return Err(crate::invalid!(
                    "search-no-namesakes",
                    kind = other.as_str()
                ))
            }
        };
        let mut candidates: Vec<String> = Vec::new();
        for w in folded_words(title)
            .into_iter()
            .chain(folded_words(text).into_iter().take(400))
        {
            if w.chars().count() >= 3
                && !w.chars().all(|c| c.is_ascii_digit())
                && !STOP_WORDS.contains(&w.as_str())
                && !candidates.contains(&w)
            {
                candidates.push(w);
            }
        }
        let mut counted: Vec<(i64, usize, String)> = Vec::new();
        let mut st = self
            .conn
            .prepare_cached(&format!("SELECT doc FROM {terms_table} WHERE term = ?1"))?;
        for (i, w) in candidates.into_iter().enumerate() {
            let docs: Option<i64> = st.query_row([&w], |r| r.get(0)).optional()?;
            // Held by this record alone: nothing else to find by it.
            if let Some(d) = docs.filter(|d| *d >= 2) {
                counted.push((d, i, w));
            }
        }
        // The rarest first (the title's words before the text's on a tie).
        counted.sort();
        let mut terms: Vec<String> = Vec::new();
        let mut matches = 0;
        for (docs, _, w) in counted {
            if terms.len() == NAMESAKE_TERMS || matches + docs > NAMESAKE_MATCHES {
                break;
            }
            matches += docs;
            terms.push(w);
        }
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let query = format!(
            "({{title body}} : ({})) NOT origin : {}",
            terms
                .iter()
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(" OR "),
            origin_token(origin)
        );
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT d.record_id FROM (
                SELECT rowid AS id, bm25({table}, 5.0, 1.0, 0.0) AS score FROM {table}
                 WHERE {table} MATCH ?1 ORDER BY score, rowid LIMIT ?2) f
               JOIN search_docs d ON d.id = f.id ORDER BY f.score, f.id"
        ))?;
        let ids = st
            .query_map(params![query, n as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}

/// An assembly as the single token of the indexes' `origin` column (0021): the 32 hex
/// digits of its id, as `lower(hex(origin))` writes them — quoted for a query.
fn origin_token(id: Uuid) -> String {
    format!("\"{}\"", id.simple())
}

/// Merges the index's segments so that the terms of deleted or rewritten rows are gone
/// from its pages, not only marked deleted: forgetting a person calls it before the file
/// is VACUUMed, so a forgotten name leaves no bytes in the index.
pub(crate) fn purge_deleted(tx: &Tx) -> Result<()> {
    for table in [
        "search_fts",
        "search_titles",
        "namesake_wgs",
        "namesake_proposals",
    ] {
        tx.execute(
            &format!("INSERT INTO {table} ({table}) VALUES ('optimize')"),
            [],
        )?;
    }
    Ok(())
}

/// The kinds of search document and the view each is read from (0020's views: what is
/// indexed is said there, once).
const SOURCES: &[(&str, &str)] = &[
    ("wg", "search_src_wg"),
    ("report-back", "search_src_report_back"),
    ("proposal", "search_src_proposal"),
    ("decision", "search_src_decision"),
    ("minutes", "search_src_minutes"),
];

/// Indexes one assembly's records again, in the search index and the namesake indexes, a
/// pass per kind — what the triggers do record by record, for all of the assembly's
/// records at once. An import that brings a whole history uses it (with the triggers
/// paused: [`index_in_bulk`]): record by record, FTS5 writes its pending terms out at every
/// statement (each statement's savepoint flushes them) and a proposal is indexed again
/// at each of its versions, questions and concerns, which made most of such an import's
/// time (docs/PERFORMANCE.md). The documents get rowids in the order the records were
/// made (their ids are UUIDv7), so the newest are still read first. Run with the triggers
/// paused (`search_paused`): the titles' index (0027) is written here too, not by the
/// triggers on `search_docs`.
pub(crate) fn reindex_assembly(conn: &rusqlite::Connection, origin: Uuid) -> Result<()> {
    for table in ["search_fts", "search_titles"] {
        conn.execute(
            &format!(
                "DELETE FROM {table} WHERE rowid IN (SELECT id FROM search_docs WHERE origin = ?1)"
            ),
            [origin],
        )?;
    }
    for (table, kind) in [("namesake_wgs", "wg"), ("namesake_proposals", "proposal")] {
        conn.execute(
            &format!(
                "DELETE FROM {table} WHERE rowid IN (SELECT id FROM search_docs WHERE origin = ?1 AND kind = '{kind}')"
            ),
            [origin],
        )?;
    }
    conn.execute("DELETE FROM search_docs WHERE origin = ?1", [origin])?;
    let all = SOURCES
        .iter()
        .map(|(kind, view)| {
            format!("SELECT '{kind}' AS kind, record_id, origin FROM {view} WHERE origin = ?1")
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    conn.execute(
        &format!(
            "INSERT INTO search_docs (kind, record_id, origin)
             SELECT kind, record_id, origin FROM ({all}) ORDER BY record_id"
        ),
        [origin],
    )?;
    // `d.origin = ?1` (the same as the view's, written just above) lets the join start
    // from the assembly's documents (`search_docs_origin`) rather than every document of
    // the kind, of every assembly: 0.7 s → 0.04 s to read one assembly's 30,000
    // report-backs among 330,000.
    for (kind, view) in SOURCES {
        conn.execute(
            &format!(
                "INSERT INTO search_fts (rowid, title, body, origin)
                 SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM {view} s
                   JOIN search_docs d ON d.kind = '{kind}' AND d.record_id = s.record_id
                  WHERE s.origin = ?1 AND d.origin = ?1 ORDER BY d.id"
            ),
            [origin],
        )?;
        conn.execute(
            &format!(
                "INSERT INTO search_titles (rowid, title, origin)
                 SELECT d.id, s.title, lower(hex(s.origin)) FROM {view} s
                   JOIN search_docs d ON d.kind = '{kind}' AND d.record_id = s.record_id
                  WHERE s.origin = ?1 AND d.origin = ?1 ORDER BY d.id"
            ),
            [origin],
        )?;
    }
    conn.execute(
        "INSERT INTO namesake_wgs (rowid, title, body, origin)
         SELECT d.id, w.name, w.description, lower(hex(w.origin)) FROM working_groups w
           JOIN search_docs d ON d.kind = 'wg' AND d.record_id = w.id
          WHERE w.origin = ?1 AND d.origin = ?1 ORDER BY d.id",
        [origin],
    )?;
    conn.execute(
        "INSERT INTO namesake_proposals (rowid, title, body, origin)
         SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p
           JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id
          WHERE p.origin = ?1 AND d.origin = ?1 ORDER BY d.id",
        [origin],
    )?;
    Ok(())
}

/// Whether an import of `records` records of `origin` should index them in one pass at
/// the end ([`reindex_assembly`]) rather than by the triggers: when they are at least as
/// many as that assembly's documents indexed here (its first bundle, or its history sent
/// again), indexing all of its records costs less than the records one by one; a bundle
/// of what changed since the last one is indexed by the triggers. When so, the triggers
/// are paused in `conn`'s transaction, and the caller calls [`end_bulk_index`] after
/// writing the records.
pub(crate) fn index_in_bulk(
    conn: &rusqlite::Connection,
    origin: Uuid,
    records: usize,
) -> Result<bool> {
    let here: i64 = conn.query_row(
        "SELECT count(*) FROM search_docs WHERE origin = ?1",
        [origin],
        |r| r.get(0),
    )?;
    if (records as i64) < here.max(1) {
        return Ok(false);
    }
    conn.execute("INSERT INTO search_paused (only) VALUES (1)", [])?;
    Ok(true)
}

/// `origin`'s records indexed ([`index_in_bulk`]), and the triggers on again.
pub(crate) fn end_bulk_index(conn: &rusqlite::Connection, origin: Uuid) -> Result<()> {
    reindex_assembly(conn, origin)?;
    conn.execute("DELETE FROM search_paused", [])?;
    Ok(())
}

/// What a person typed as FTS5 queries ([`Db::query_words`]): both match the same records.
struct QueryWords {
    /// The words as typed, the last one a prefix: what bm25 ranks.
    exact: String,
    /// The same records, asked so that FTS5 reads them a page at a time: the prefix as an
    /// OR of the words it starts, when that could be done.
    fast: String,
    /// The prefix starts no word of the index: nothing matches.
    nothing: bool,
}

impl QueryWords {
    fn same(exact: String) -> QueryWords {
        QueryWords {
            fast: exact.clone(),
            exact,
            nothing: false,
        }
    }
}

/// The longest prefix the search index has a prefix index for (0025: `prefix = '1 2 3 4'`);
/// a prefix up to this long is read like a word.
const LONGEST_PREFIX_INDEX: usize = 4;
/// A longer prefix is asked as an OR of the words it starts when they are at most this
/// many (the words of a language that share five letters are a few dozen at most; an OR
/// of more would cost more than the merge it saves).
const PREFIX_WORDS: usize = 64;

/// How a window of matches is ordered.
#[derive(Clone, Copy)]
enum Order {
    /// bm25, a title weighing more than a body.
    Best,
    /// The most recently written first (no ranking: the index is read in rowid order).
    Newest,
}

struct Described {
    title: String,
    body: String,
    reference: Option<String>,
    state: Option<String>,
    target: Target,
}

/// The assemblies' codes and names, read once per search.
#[derive(Default)]
struct Origins(HashMap<Uuid, (String, String, bool)>);

impl Origins {
    fn get(&mut self, db: &Db, id: Uuid) -> Result<(String, String, bool)> {
        if let Some(o) = self.0.get(&id) {
            return Ok(o.clone());
        }
        let o: (String, String, bool) = db.conn.query_row(
            "SELECT code, name, is_local FROM assemblies WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        self.0.insert(id, o.clone());
        Ok(o)
    }
}

/// Words too common to tell two records apart (English and Spanish: Occupy and 15-M).
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "that", "this", "from", "are", "was", "were", "will", "our",
    "all", "its", "into", "have", "has", "not", "but", "you", "they", "their", "them", "about",
    "each", "also", "any", "can", "who", "what", "when", "which", "there", "been", "would",
    "should", "could", "more", "than", "then", "other", "some", "such", "only", "over", "per",
    "los", "las", "del", "por", "para", "con", "una", "uno", "que", "como", "más", "mas", "sus",
    "este", "esta", "sobre", "entre", "desde", "hasta", "todo", "todos",
];

/// The words of a text as the index sees them: split at every character that is not a
/// letter or digit, lower-cased, common Latin accents taken off (the index's tokenizer
/// is `unicode61 remove_diacritics 2`).
fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(unaccent)
        .collect()
}

fn unaccent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        other => other,
    }
}

/// Plain text around the first place a word of the query starts (the start of the text
/// when none is found: the title matched): about [`SNIPPET_CHARS`] characters, cut at
/// spaces, lines joined, "…" where it was cut.
pub fn snippet(body: &str, terms: &[String]) -> String {
    let chars: Vec<char> = body
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let folded: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().map(unaccent).unwrap_or(*c))
        .collect();
    let starts_word = |i: usize| i == 0 || !folded[i - 1].is_alphanumeric();
    let found = (0..folded.len()).find(|&i| {
        starts_word(i)
            && terms.iter().any(|t| {
                let t: Vec<char> = t.chars().collect();
                !t.is_empty() && folded[i..].starts_with(&t)
            })
    });
    let lead = SNIPPET_CHARS / 3;
    let mut start = found.map_or(0, |i| i.saturating_sub(lead));
    // Start at a word: move forward to the next space (unless at the very start).
    if start > 0 {
        if let Some(sp) = chars[start..found.unwrap_or(start)]
            .iter()
            .position(|c| *c == ' ')
        {
            start += sp + 1;
        }
    }
    let mut end = (start + SNIPPET_CHARS).min(chars.len());
    if end < chars.len() {
        if let Some(sp) = chars[start..end].iter().rposition(|c| *c == ' ') {
            if sp > SNIPPET_CHARS / 2 {
                end = start + sp;
            }
        }
    }
    let text: String = chars[start..end].iter().collect();
    let text = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&text);
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_quoted_words_the_last_a_prefix_while_typing() {
        assert_eq!(
            fts_query("bike repair").as_deref(),
            Some("\"bike\" \"repair\"*")
        );
        assert_eq!(
            fts_query("bike repair ").as_deref(),
            Some("\"bike\" \"repair\"")
        );
        assert_eq!(
            fts_query("say \"no").as_deref(),
            Some("\"say\" \"\"\"no\"*")
        );
        assert_eq!(fts_query("  * \" ( ").as_deref(), None);
        assert_eq!(fts_query("").as_deref(), None);
    }

    #[test]
    fn a_snippet_starts_near_the_word_and_is_cut_at_spaces() {
        let body = format!(
            "{} the kitchen needs pots {}",
            "word ".repeat(40),
            "more ".repeat(40)
        );
        let s = snippet(&body, &["kitchen".into()]);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("the kitchen needs pots"), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2, "{s}");
        assert_eq!(snippet("Short\ntext.", &["nothing".into()]), "Short text.");
        assert_eq!(snippet("Café Olé", &["cafe".into()]), "Café Olé");
    }
}
