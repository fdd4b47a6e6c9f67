//! Proposals: the base record (reference, title, text, proposer, status) and how one gets
//! onto an agenda. The consensus process builds on this, in the modules below:
//!
//! - [`lifecycle`]: the status machine (`draft → submitted → on-agenda → in-process →
//!   decided`, plus `tabled`, `withdrawn`, `sent-back`) and the manual moves;
//! - [`versions`]: every version of the text, friendly amendments, word-level diffs;
//! - [`hearing`]: a proposal heard on an agenda item — the OWS process steps, clarifying
//!   questions, concerns, temperature checks;
//! - [`decide`]: recording decisions (the rules themselves are in `crate::decision`);
//! - [`detail`]: the complete view of one proposal, as the UI and `show --json` get it.

pub mod decide;
pub mod detail;
pub mod hearing;
pub mod lifecycle;
pub mod versions;

use chrono::{DateTime, Datelike, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::Tx;
use crate::decision::Outcome;
use crate::journal::Actor;
use crate::paging::{Listing, Order, Page, PageRequest};
use crate::refs::proposal_ref;
use crate::{conflict, not_allowed, not_found, text_enum, validate, Db, Result};

pub use decide::Decision;
pub use detail::ProposalDetail;
pub use hearing::{Hearing, HearingAction, ProcessStep};
pub use lifecycle::{ManualOutcomeInput, ProposalAction, StatusChange};
pub use versions::{Amendment, AmendmentStatus, Version, VersionDiff};

text_enum! {
    /// `draft → submitted → on-agenda → in-process → decided`, plus `tabled`,
    /// `withdrawn` and `sent-back`.
    ProposalStatus, "proposal status" {
        Draft = "draft",
        Submitted = "submitted",
        OnAgenda = "on-agenda",
        InProcess = "in-process",
        Decided = "decided",
        Tabled = "tabled",
        Withdrawn = "withdrawn",
        SentBack = "sent-back",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Proposal {
    pub id: Uuid,
    pub origin: Uuid,
    /// `LDN-P-2026-034`.
    pub reference: String,
    pub title: String,
    /// The current text (the latest accepted version).
    pub text: String,
    pub status: ProposalStatus,
    pub wg_id: Option<Uuid>,
    pub wg_name: Option<String>,
    pub proposer_id: Option<Uuid>,
    pub proposer_name: Option<String>,
    /// The proposal of another assembly this one was adopted from.
    pub derived_from: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: i64,
}

/// A proposal as a list shows it: no text (the full record is read when one is opened).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProposalSummary {
    pub id: Uuid,
    pub origin: Uuid,
    pub origin_code: String,
    pub origin_name: String,
    /// The proposal is this assembly's own.
    pub is_local: bool,
    pub reference: String,
    pub title: String,
    pub status: ProposalStatus,
    pub year: i32,
    pub wg_name: Option<String>,
    pub proposer_name: Option<String>,
    /// The outcome of its latest hearing that ended, if any.
    pub outcome: Option<Outcome>,
    pub created_at: DateTime<Utc>,
}

/// The filters of a list of proposals.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ProposalFilter {
    pub status: Option<ProposalStatus>,
    /// Numbered in this year.
    pub year: Option<i32>,
    pub wg: Option<Uuid>,
    /// The assembly it comes from.
    pub origin: Option<Uuid>,
}

/// How many proposals have each status (those with none left out), and the years that
/// have proposals: what the board's filters offer.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProposalCounts {
    pub by_status: Vec<StatusCount>,
    /// Newest first.
    pub years: Vec<i32>,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct StatusCount {
    pub status: ProposalStatus,
    pub count: u64,
}

const SUMMARY_COLUMNS: &str =
    "p.id, p.origin, a.code, a.name, a.is_local, p.year, p.number, p.title, p.status,
     w.name, pe.name, p.created_at,
     (SELECT h.outcome FROM hearings h JOIN agenda_items i ON i.id = h.agenda_item_id
        JOIN meetings m ON m.id = i.meeting_id
      WHERE h.proposal_id = p.id AND h.outcome IS NOT NULL
      ORDER BY m.date DESC, m.number DESC, i.position DESC LIMIT 1)";

fn summary_from_row(r: &rusqlite::Row) -> rusqlite::Result<ProposalSummary> {
    let code: String = r.get(2)?;
    let year: i32 = r.get(5)?;
    Ok(ProposalSummary {
        id: r.get(0)?,
        origin: r.get(1)?,
        reference: proposal_ref(&code, year.into(), r.get(6)?),
        origin_code: code,
        origin_name: r.get(3)?,
        is_local: r.get(4)?,
        year,
        title: r.get(7)?,
        status: r.get(8)?,
        wg_name: r.get(9)?,
        proposer_name: r.get(10)?,
        created_at: r.get(11)?,
        outcome: r.get(12)?,
    })
}

/// Newest first: by year and number (a new proposal comes first), then id.
pub(crate) const PROPOSAL_ORDER: Order = Order {
    keys: &["p.year", "p.number", "p.id"],
    descending: true,
};

pub(crate) fn filtered<'a>(list: Listing<'a>, f: &ProposalFilter) -> Listing<'a> {
    list.filter_opt("p.status = ?", f.status)
        .filter_opt("p.year = ?", f.year)
        .filter_opt("p.wg_id = ?", f.wg)
        .filter_opt("p.origin = ?", f.origin)
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewProposal {
    pub title: String,
    pub text: String,
    /// Working group id or name.
    pub wg: Option<String>,
    /// The proposer's name (created if new).
    pub by: Option<String>,
    /// The day it was submitted, YYYY-MM-DD (default today): a past proposal entered
    /// later takes its reference's year from it (`NYC-P-2012-003`). Not in the future.
    #[ts(optional)]
    pub date: Option<String>,
}

pub(crate) const PROPOSAL_COLUMNS: &str =
    "p.id, p.origin, a.code, p.year, p.number, p.title, p.text, p.status, p.wg_id, w.name,
     p.proposer_person_id, pe.name, p.created_at, p.updated_at, p.revision, p.derived_from";
/// What a count of proposals reads: [`filtered`]'s conditions are on `p` alone.
pub(crate) const COUNT_FROM: &str = "proposals p";
pub(crate) const PROPOSAL_FROM: &str = "proposals p JOIN assemblies a ON a.id = p.origin
     LEFT JOIN working_groups w ON w.id = p.wg_id LEFT JOIN people pe ON pe.id = p.proposer_person_id";

pub(crate) fn proposal_from_row(r: &rusqlite::Row) -> rusqlite::Result<Proposal> {
    let code: String = r.get(2)?;
    Ok(Proposal {
        id: r.get(0)?,
        origin: r.get(1)?,
        reference: proposal_ref(&code, r.get(3)?, r.get(4)?),
        title: r.get(5)?,
        text: r.get(6)?,
        status: r.get(7)?,
        wg_id: r.get(8)?,
        wg_name: r.get(9)?,
        proposer_id: r.get(10)?,
        proposer_name: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        revision: r.get(14)?,
        derived_from: r.get(15)?,
    })
}

impl Tx<'_> {
    /// Links a proposal to a meeting's agenda: a submitted or tabled proposal of this
    /// assembly becomes `on-agenda` (one already on an agenda or in process stays so).
    pub fn put_proposal_on_agenda(&self, proposal: Uuid, meeting: Uuid) -> Result<()> {
        let (origin, status) = self.proposal_state(proposal)?;
        self.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
        let already: bool = self.query_row(
            "SELECT EXISTS (SELECT 1 FROM agenda_items WHERE meeting_id = ?1 AND proposal_id = ?2)",
            params![meeting, proposal],
            |r| r.get(0),
        )?;
        if already {
            return Err(conflict!("proposal-already-on-agenda"));
        }
        let to = lifecycle::next_status(status, lifecycle::Transition::PutOnAgenda)?;
        if to != status {
            self.change_status(proposal, to, Some(meeting), None, "")?;
            self.journal(
                "proposal.on-agenda",
                "proposals",
                proposal,
                Some(meeting),
                serde_json::json!({"from": status}),
            )?;
        }
        Ok(())
    }

    /// Inserts a proposal of this assembly with its first version and status, numbered
    /// per assembly and year.
    pub(crate) fn insert_proposal(
        &self,
        title: &str,
        text: &str,
        status: ProposalStatus,
        wg: Option<Uuid>,
        by: Option<Uuid>,
        derived_from: Option<Uuid>,
    ) -> Result<Uuid> {
        let year = self.now.year() as i64;
        self.insert_proposal_of_year(year, title, text, status, wg, by, derived_from)
    }

    /// [`Tx::insert_proposal`], numbered in `year` (a proposal dated in the past).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn insert_proposal_of_year(
        &self,
        year: i64,
        title: &str,
        text: &str,
        status: ProposalStatus,
        wg: Option<Uuid>,
        by: Option<Uuid>,
        derived_from: Option<Uuid>,
    ) -> Result<Uuid> {
        let number: i64 = self.query_row(
            "SELECT coalesce(max(number), 0) + 1 FROM proposals WHERE origin = ?1 AND year = ?2",
            params![self.origin, year],
            |r| r.get(0),
        )?;
        let id = self.new_id();
        self.execute(
            "INSERT INTO proposals (id, origin, year, number, title, text, status, wg_id, proposer_person_id, derived_from, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![id, self.origin, year, number, title, text, status, wg, by, derived_from, self.now],
        )?;
        // Every proposal starts with its text as version 1 and its first status.
        self.add_version(id, 1, text, None)?;
        self.record_status(id, status, None, None, "")?;
        Ok(id)
    }
}

impl Db {
    /// A new `submitted` proposal, numbered per assembly and year.
    pub fn new_proposal(&mut self, actor: Actor, input: &NewProposal) -> Result<Proposal> {
        self.create_proposal(actor, input, ProposalStatus::Submitted)
    }

    /// A new `draft`: numbered like any proposal, not yet submitted to the GA.
    pub fn draft_proposal(&mut self, actor: Actor, input: &NewProposal) -> Result<Proposal> {
        self.create_proposal(actor, input, ProposalStatus::Draft)
    }

    fn create_proposal(
        &mut self,
        actor: Actor,
        input: &NewProposal,
        status: ProposalStatus,
    ) -> Result<Proposal> {
        let title = validate::line(crate::word!("field-title"), &input.title)?;
        let text = validate::required_text(crate::word!("field-text"), &input.text)?;
        let date = match input
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            Some(d) => Some(validate::date(crate::word!("field-date"), d)?),
            None => None,
        };
        let today = self.now().with_timezone(&chrono::Local).date_naive();
        if let Some(d) = date.filter(|d| *d > today) {
            return Err(crate::invalid!(
                "proposal-dated-after-today",
                date = d.to_string(),
                today = today.to_string()
            ));
        }
        let wg = input
            .wg
            .as_deref()
            .map(|w| self.resolve_wg(w))
            .transpose()?;
        let id = self.write(actor, |tx| {
            if let Some(w) = wg {
                tx.ensure_own_wg(w, |name| not_allowed!("wg-foreign-proposal", name = name))?;
            }
            let by = input
                .by
                .as_deref()
                .map(|b| tx.person_by_name(b))
                .transpose()?;
            let year = date.map_or(tx.now.year() as i64, |d| d.year() as i64);
            let id = tx.insert_proposal_of_year(year, &title, &text, status, wg, by, None)?;
            tx.journal(
                "proposal.new",
                "proposals",
                id,
                None,
                serde_json::json!({"title": title, "status": status}),
            )?;
            Ok(id)
        })?;
        self.proposal(id)
    }

    pub fn proposal(&self, id: Uuid) -> Result<Proposal> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {PROPOSAL_COLUMNS} FROM {PROPOSAL_FROM} WHERE p.id = ?1"
            ))?
            .query_row([id], proposal_from_row)
            .optional()?
            .ok_or_else(|| not_found!("proposal-not-found", id = id))
    }

    /// Every proposal known here, newest first.
    pub fn proposals(&self) -> Result<Vec<Proposal>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {PROPOSAL_COLUMNS} FROM {PROPOSAL_FROM} ORDER BY p.year DESC, p.number DESC, p.id"
        ))?;
        let rows = st.query_map([], proposal_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A window of the proposals known here (local and imported), newest first.
    pub fn proposals_page(
        &self,
        filter: &ProposalFilter,
        req: &PageRequest,
    ) -> Result<Page<ProposalSummary>> {
        // The filters name proposals' own columns only, and every proposal has its origin
        // (a NOT NULL foreign key): the count needs no join (migration 19's status index
        // then counts a status without reading the proposals' texts).
        let list = filtered(
            Listing::new(SUMMARY_COLUMNS, PROPOSAL_FROM, PROPOSAL_ORDER).count_from(COUNT_FROM),
            filter,
        );
        self.page(&list, req, summary_from_row)
    }

    /// Proposals per status and the years that have any, under `filter` (its status
    /// ignored: the counts are per status).
    pub fn proposal_counts(&self, filter: &ProposalFilter) -> Result<ProposalCounts> {
        let f = ProposalFilter {
            status: None,
            ..filter.clone()
        };
        let list = filtered(Listing::new("", PROPOSAL_FROM, PROPOSAL_ORDER), &f);
        let where_ = if list.filters.is_empty() {
            String::new()
        } else {
            format!(" WHERE ({})", list.filters.join(") AND ("))
        };
        let params = rusqlite::params_from_iter(list.params.iter());
        let mut st = self.conn.prepare(&format!(
            "SELECT p.status, count(*) FROM {COUNT_FROM}{where_} GROUP BY p.status"
        ))?;
        let mut by_status: Vec<StatusCount> = st
            .query_map(params, |r| {
                Ok(StatusCount {
                    status: r.get(0)?,
                    count: r.get::<_, i64>(1)? as u64,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        by_status.sort_by_key(|c| c.status as u8);
        // The years are offered whatever year is chosen.
        let mut st = self
            .conn
            .prepare("SELECT DISTINCT year FROM proposals ORDER BY year DESC")?;
        let years = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ProposalCounts {
            total: by_status.iter().map(|c| c.count).sum(),
            by_status,
            years,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paging::Listing;

    /// The plan of a page of proposals under `filter`, as [`Db::proposals_page`] asks it:
    /// its own filter and order (`Db::page` writes `SELECT … FROM … WHERE … ORDER BY …
    /// LIMIT`). Without ANALYZE statistics SQLite plans the same on an empty database as
    /// on ten years, so plans are checked here rather than timed.
    fn plan_of_a_page(db: &Db, filter: &ProposalFilter) -> Vec<String> {
        let list = filtered(Listing::new("p.id", PROPOSAL_FROM, PROPOSAL_ORDER), filter);
        let order: Vec<String> = PROPOSAL_ORDER
            .keys
            .iter()
            .map(|k| format!("{k} DESC"))
            .collect();
        let where_ = if list.filters.is_empty() {
            String::new()
        } else {
            format!(" WHERE ({})", list.filters.join(") AND ("))
        };
        let sql = format!(
            "EXPLAIN QUERY PLAN SELECT {} FROM {}{where_} ORDER BY {} LIMIT 11",
            list.columns,
            list.from,
            order.join(", ")
        );
        let mut st = db.conn.prepare(&sql).unwrap();
        let plan = st
            .query_map(rusqlite::params_from_iter(list.params.iter()), |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        plan
    }

    /// A working group's page asks for its proposals of one status, newest first (issue
    /// 20): through 0029's index, not the status index (which read every proposal of
    /// that status).
    #[test]
    fn a_groups_proposals_of_one_status_are_found_through_their_own_index() {
        let db = Db::open_in_memory().unwrap();
        let plan = plan_of_a_page(
            &db,
            &ProposalFilter {
                status: Some(ProposalStatus::Decided),
                wg: Some(Uuid::nil()),
                ..Default::default()
            },
        );
        let wanted = "SEARCH p USING INDEX proposals_by_wg (wg_id=? AND status=?)";
        assert!(plan.iter().any(|s| s.starts_with(wanted)), "{plan:?}");
    }

    /// Every proposal, newest first (the federation's list): read in order from 0029's
    /// index, a page stopping after its rows — not every proposal read and sorted.
    #[test]
    fn every_proposal_newest_first_is_read_in_order_not_sorted() {
        let db = Db::open_in_memory().unwrap();
        let plan = plan_of_a_page(&db, &ProposalFilter::default());
        assert!(
            plan.iter()
                .any(|s| s == "SCAN p USING INDEX proposals_newest"),
            "{plan:?}"
        );
        assert!(
            !plan.iter().any(|s| s == "USE TEMP B-TREE FOR ORDER BY"),
            "{plan:?}"
        );
    }
}
