//! Federation: the assemblies this database knows, and their working groups and proposals
//! beside the local ones, each with its origin; adopting another assembly's proposal.
//! [`folder`]: the inbox and outbox folders kept in sync between assemblies; [`watch`]:
//! looking through the inbox as files arrive.

pub mod folder;
pub mod watch;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::bundle::manifest::fingerprint_hex;
use crate::bundle::{ReceivedBundle, Scope};
use crate::decision::Outcome;
use crate::journal::Actor;
use crate::paging::{Listing, Order, Page, PageRequest};
use crate::proposal::decide::{decision_from_row, Decision, DECISION_COLUMNS};
use crate::proposal::{
    filtered, proposal_from_row, Proposal, ProposalFilter, ProposalStatus, COUNT_FROM,
    PROPOSAL_COLUMNS, PROPOSAL_FROM, PROPOSAL_ORDER,
};
use crate::refs::proposal_ref;
use crate::wg::{wg_from_row, WorkingGroup, WG_COLUMNS, WG_ORDER};
use crate::{conflict, not_found, validate, Db, Result};

/// An assembly known here: the local one, or one whose bundle was imported.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct KnownAssembly {
    pub id: Uuid,
    pub name: String,
    pub code: String,
    pub is_local: bool,
    pub default_rule: String,
    /// Ed25519 public key (hex), pinned at the first import.
    pub public_key: Option<String>,
    /// SHA-256 of the key, in groups of four hex digits.
    pub fingerprint: Option<String>,
    /// When its first and latest bundles were imported here (other assemblies).
    pub first_import: Option<DateTime<Utc>>,
    pub last_import: Option<DateTime<Utc>>,
    pub bundles: u64,
}

/// Where a record comes from, for showing it beside the local ones.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct OriginInfo {
    pub origin_name: String,
    pub origin_code: String,
    /// The record is this assembly's own (and can be changed here).
    pub is_local: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FederatedWg {
    #[serde(flatten)]
    #[ts(flatten)]
    pub wg: WorkingGroup,
    #[serde(flatten)]
    #[ts(flatten)]
    pub from: OriginInfo,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FederatedProposal {
    #[serde(flatten)]
    #[ts(flatten)]
    pub proposal: Proposal,
    #[serde(flatten)]
    #[ts(flatten)]
    pub from: OriginInfo,
    /// For another assembly's proposal: the local proposal adopted from it, if any.
    pub adopted_as: Option<Uuid>,
    pub adopted_as_reference: Option<String>,
    /// For an adopted proposal: the reference of the original, if it is here.
    pub derived_from_reference: Option<String>,
}

/// A decision with the proposal it decided and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FederatedDecision {
    #[serde(flatten)]
    #[ts(flatten)]
    pub decision: Decision,
    pub proposal_reference: String,
    pub proposal_title: String,
    #[serde(flatten)]
    #[ts(flatten)]
    pub from: OriginInfo,
}

impl FederatedDecision {
    /// The same decision, its sentences said in `lang` ([`Decision::said_in`]).
    pub fn said_in(mut self, lang: crate::i18n::Lang) -> Self {
        self.decision = self.decision.said_in(lang);
        self
    }
}

/// What the federation view shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Federation {
    pub local: Uuid,
    /// The local assembly first, then the others by name.
    pub assemblies: Vec<KnownAssembly>,
    /// Every WG known here, by name (so that namesakes of different assemblies meet).
    pub working_groups: Vec<FederatedWg>,
    /// Every proposal known here, newest first.
    pub proposals: Vec<FederatedProposal>,
    /// Every decision known here, newest first.
    pub decisions: Vec<FederatedDecision>,
}

/// One assembly as the federation view first shows it: how much of its record is here,
/// its latest bundle and its latest decisions. The rest is asked for page by page.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AssemblySummary {
    #[serde(flatten)]
    #[ts(flatten)]
    pub assembly: KnownAssembly,
    pub working_groups: u64,
    pub meetings: u64,
    pub proposals: u64,
    pub decisions: u64,
    pub latest_bundle: Option<ReceivedBundle>,
    /// Its latest decisions (at most [`RECENT_DECISIONS`]), newest first.
    pub recent_decisions: Vec<RecentDecision>,
}

/// One of an assembly's latest decisions as its summary lists it: which proposal, how it
/// ended, at which GA. The whole decision (rule, counts, stances, sentences) is on the
/// decisions list and the proposal's page; carried here for each of ten assemblies, it
/// was most of the summary (45 KB on ten years and ten assemblies).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RecentDecision {
    pub id: Uuid,
    pub proposal_reference: String,
    pub proposal_title: String,
    pub outcome: Outcome,
    pub meeting_reference: String,
}

impl From<FederatedDecision> for RecentDecision {
    fn from(d: FederatedDecision) -> Self {
        RecentDecision {
            id: d.decision.id,
            proposal_reference: d.proposal_reference,
            proposal_title: d.proposal_title,
            outcome: d.decision.outcome,
            meeting_reference: d.decision.meeting_reference,
        }
    }
}

/// How many of an assembly's latest decisions its summary shows.
pub const RECENT_DECISIONS: u32 = 3;

/// What the federation view opens on: one summary per assembly known here.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FederationSummary {
    pub local: Uuid,
    /// The local assembly first, then the others by name.
    pub assemblies: Vec<AssemblySummary>,
}

/// The filter of the federation's lists: one assembly's records, or everyone's.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct OriginFilter {
    pub origin: Option<Uuid>,
}

const FED_WG_COLUMNS: &str = "a.name, a.code, a.is_local";
const FED_WG_FROM: &str = "working_groups w JOIN assemblies a ON a.id = w.origin";

/// After PROPOSAL_COLUMNS: its origin's name and whether it is local, the local adoption
/// of it (id, code, year, number), the reference of the original it was adopted from.
const FED_PROPOSAL_COLUMNS: &str =
    "a.name, a.is_local, q.id, qa.code, q.year, q.number, oa.code, o.year, o.number";
const FED_PROPOSAL_JOINS: &str = "LEFT JOIN proposals q ON q.derived_from = p.id
       AND q.origin = (SELECT id FROM assemblies WHERE is_local = 1)
     LEFT JOIN assemblies qa ON qa.id = q.origin
     LEFT JOIN proposals o ON o.id = p.derived_from
     LEFT JOIN assemblies oa ON oa.id = o.origin";

/// After DECISION_COLUMNS: its proposal's title, reference parts and origin.
const FED_DECISION_COLUMNS: &str = "p.title, pa.code, p.year, p.number, pa.name, pa.is_local";
const FED_DECISION_JOINS: &str =
    "JOIN proposals p ON p.id = d.proposal_id JOIN assemblies pa ON pa.id = p.origin";
/// DECISION_FROM's tables walked from the newest meeting down (`CROSS JOIN` fixes SQLite's
/// loop order): the meetings' (date, number) index then gives the rows in
/// DECISION_ORDER, and a page stops after its rows. Left to itself SQLite read every
/// decision and sorted them all — ~30 ms for a page of the 10,000 decisions of ten years
/// and ten other assemblies, under 1 ms this way (docs/PERFORMANCE.md). A decision is its
/// GA's assembly's (an assembly decides at its own GAs only): saying so (`d.origin =
/// m.origin`) lets a filter on the decisions' origin reach the GAs, and migration 0031's
/// index then walks that assembly's GAs alone, not every assembly's until enough of its
/// own (0.35 → 0.1 ms for the three latest of an assembly, ten times in the summary).
const FED_DECISION_FROM: &str = "meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
     CROSS JOIN decisions d ON d.agenda_item_id = i.id AND d.origin = m.origin
     JOIN assemblies a ON a.id = m.origin";
const DECISION_ORDER: Order = Order {
    keys: &["m.date", "m.number", "i.position", "d.id"],
    descending: true,
};

const BUNDLE_COLUMNS: &str =
    "r.id, r.assembly_id, a.name, r.file_name, r.size, r.sha256, r.made_at, r.created_at, r.scope";
const BUNDLE_FROM: &str = "received_bundles r JOIN assemblies a ON a.id = r.assembly_id";
const BUNDLE_ORDER: Order = Order {
    keys: &["r.created_at", "r.id"],
    descending: true,
};

fn bundle_from_row(r: &rusqlite::Row) -> rusqlite::Result<ReceivedBundle> {
    let scope: String = r.get(8)?;
    Ok(ReceivedBundle {
        id: r.get(0)?,
        assembly_id: r.get(1)?,
        assembly_name: r.get(2)?,
        file_name: r.get(3)?,
        size: r.get::<_, i64>(4)? as u64,
        sha256: r.get(5)?,
        made_at: r.get(6)?,
        imported_at: r.get(7)?,
        scope: serde_json::from_str(&scope).unwrap_or(Scope::All),
    })
}

fn reference(code: Option<String>, year: Option<i64>, number: Option<i64>) -> Option<String> {
    Some(proposal_ref(&code?, year?, number?))
}

impl Db {
    /// What the federation view opens on: each assembly known here with its counts,
    /// latest bundle and latest decisions (bounded: no list of records).
    pub fn federation_summary(&self) -> Result<FederationSummary> {
        let local = self.local_id()?;
        let mut assemblies = Vec::new();
        for a in self.known_assemblies()? {
            let count = |sql: &str| -> Result<u64> {
                Ok(self.conn.query_row(sql, [a.id], |r| r.get::<_, i64>(0))? as u64)
            };
            let only = OriginFilter { origin: Some(a.id) };
            // The page of its latest decisions counts them all: that count is the summary's.
            // Their stances are not read: the summary does not show them.
            let recent = self.decision_rows(&only, &PageRequest::first(RECENT_DECISIONS))?;
            assemblies.push(AssemblySummary {
                working_groups: count("SELECT count(*) FROM working_groups WHERE origin = ?1")?,
                meetings: count("SELECT count(*) FROM meetings WHERE origin = ?1")?,
                proposals: count("SELECT count(*) FROM proposals WHERE origin = ?1")?,
                decisions: recent.total,
                latest_bundle: self
                    .received_bundles_page(&only, &PageRequest::first(1))?
                    .items
                    .pop(),
                recent_decisions: recent.items.into_iter().map(RecentDecision::from).collect(),
                assembly: a,
            });
        }
        Ok(FederationSummary { local, assemblies })
    }

    /// A window of the working groups known here (each with its origin), by name.
    pub fn federated_wgs_page(
        &self,
        filter: &OriginFilter,
        req: &PageRequest,
    ) -> Result<Page<FederatedWg>> {
        let columns = format!("{WG_COLUMNS}, {FED_WG_COLUMNS}");
        let list =
            Listing::new(&columns, FED_WG_FROM, WG_ORDER).filter_opt("w.origin = ?", filter.origin);
        self.page(&list, req, |r| {
            Ok(FederatedWg {
                wg: wg_from_row(r)?,
                from: OriginInfo {
                    origin_name: r.get(12)?,
                    origin_code: r.get(13)?,
                    is_local: r.get(14)?,
                },
            })
        })
    }

    /// A window of the proposals known here with their origin and adoptions, newest first.
    pub fn federated_proposals_page(
        &self,
        filter: &ProposalFilter,
        req: &PageRequest,
    ) -> Result<Page<FederatedProposal>> {
        let columns = format!("{PROPOSAL_COLUMNS}, {FED_PROPOSAL_COLUMNS}");
        let from = format!("{PROPOSAL_FROM} {FED_PROPOSAL_JOINS}");
        // The joins add columns, never rows (a proposal is adopted here at most once:
        // `federation-already-adopted`), and the filters are on `p` alone: the total is
        // counted on the proposals (6.7 → 0.1 ms on ten years and ten assemblies).
        let list = filtered(
            Listing::new(&columns, &from, PROPOSAL_ORDER).count_from(COUNT_FROM),
            filter,
        );
        self.page(&list, req, federated_proposal_from_row)
    }

    /// One proposal as the federation shows it (origin, adoption both ways).
    pub fn federated_proposal(&self, id: Uuid) -> Result<FederatedProposal> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {PROPOSAL_COLUMNS}, {FED_PROPOSAL_COLUMNS} FROM {PROPOSAL_FROM} {FED_PROPOSAL_JOINS} WHERE p.id = ?1"
                ),
                [id],
                federated_proposal_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("proposal-not-found", id = id))
    }

    /// A window of the decisions known here, newest first (by GA date, number, item).
    pub fn decisions_page(
        &self,
        filter: &OriginFilter,
        req: &PageRequest,
    ) -> Result<Page<FederatedDecision>> {
        let page = self.decision_rows(filter, req)?;
        let items = page
            .items
            .into_iter()
            .map(|mut d| {
                d.decision = self.with_stances(d.decision)?;
                Ok(d)
            })
            .collect::<Result<_>>()?;
        Ok(Page { items, ..page })
    }

    /// [`Db::decisions_page`] without the stances (one more query per decision).
    fn decision_rows(
        &self,
        filter: &OriginFilter,
        req: &PageRequest,
    ) -> Result<Page<FederatedDecision>> {
        let columns = format!("{DECISION_COLUMNS}, {FED_DECISION_COLUMNS}");
        let from = format!("{FED_DECISION_FROM} {FED_DECISION_JOINS}");
        // Every decision has its item, meeting and proposal (NOT NULL foreign keys), so the
        // count needs none of them. A decision's origin is its proposal's: an assembly
        // decides only its own proposals (another's are read-only until adopted), so the
        // filter is the decision's own indexed column (a join through the proposals cost
        // ~1 ms per assembly on ten years, twice per assembly in the federation's summary).
        let list = Listing::new(&columns, &from, DECISION_ORDER)
            .count_from("decisions d")
            .filter_opt("d.origin = ?", filter.origin);
        self.page(&list, req, |r| {
            let code: String = r.get(24)?;
            Ok(FederatedDecision {
                decision: decision_from_row(r)?,
                proposal_title: r.get(23)?,
                proposal_reference: proposal_ref(&code, r.get(25)?, r.get(26)?),
                from: OriginInfo {
                    origin_name: r.get(27)?,
                    origin_code: code,
                    is_local: r.get(28)?,
                },
            })
        })
    }

    /// A window of the bundles received here, newest first.
    pub fn received_bundles_page(
        &self,
        filter: &OriginFilter,
        req: &PageRequest,
    ) -> Result<Page<ReceivedBundle>> {
        let list = Listing::new(BUNDLE_COLUMNS, BUNDLE_FROM, BUNDLE_ORDER)
            .filter_opt("r.assembly_id = ?", filter.origin);
        self.page(&list, req, bundle_from_row)
    }

    /// The assemblies known here with their keys and imports.
    fn known_assemblies(&self) -> Result<Vec<KnownAssembly>> {
        let mut assemblies = Vec::new();
        for a in self.assemblies()? {
            let (first, last, bundles): (Option<DateTime<Utc>>, Option<DateTime<Utc>>, i64) =
                self.conn.query_row(
                    "SELECT min(created_at), max(created_at), count(*) FROM received_bundles WHERE assembly_id = ?1",
                    [a.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?;
            assemblies.push(KnownAssembly {
                fingerprint: a.public_key.as_deref().map(fingerprint_hex),
                id: a.id,
                name: a.name,
                code: a.code,
                is_local: a.is_local,
                default_rule: a.default_rule,
                public_key: a.public_key,
                first_import: first,
                last_import: last,
                bundles: bundles as u64,
            });
        }
        Ok(assemblies)
    }

    /// Everything the federation knows in one structure (the command line's
    /// `--json`; the desktop app reads it by pages).
    pub fn federation(&self) -> Result<Federation> {
        let local = self.local_id()?;
        let assemblies = self.known_assemblies()?;
        let origin = |id: Uuid| {
            assemblies
                .iter()
                .find(|a| a.id == id)
                .map(|a| OriginInfo {
                    origin_name: a.name.clone(),
                    origin_code: a.code.clone(),
                    is_local: a.is_local,
                })
                .unwrap_or(OriginInfo {
                    origin_name: String::new(),
                    origin_code: String::new(),
                    is_local: false,
                })
        };
        let working_groups = self
            .wgs()?
            .into_iter()
            .map(|wg| FederatedWg {
                from: origin(wg.origin),
                wg,
            })
            .collect();
        let all = self.proposals()?;
        let references: HashMap<Uuid, &str> =
            all.iter().map(|p| (p.id, p.reference.as_str())).collect();
        let adoptions: HashMap<Uuid, &Proposal> = all
            .iter()
            .filter(|q| q.origin == local)
            .filter_map(|q| q.derived_from.map(|d| (d, q)))
            .collect();
        let proposals = all
            .iter()
            .map(|p| {
                let adopted = adoptions.get(&p.id);
                FederatedProposal {
                    from: origin(p.origin),
                    adopted_as: adopted.map(|q| q.id),
                    adopted_as_reference: adopted.map(|q| q.reference.clone()),
                    derived_from_reference: p
                        .derived_from
                        .and_then(|d| references.get(&d))
                        .map(|r| r.to_string()),
                    proposal: p.clone(),
                }
            })
            .collect();
        let by_id: HashMap<Uuid, &Proposal> = all.iter().map(|p| (p.id, p)).collect();
        let decisions = self
            .all_decisions()?
            .into_iter()
            .filter_map(|d| {
                let p = by_id.get(&d.proposal_id)?;
                Some(FederatedDecision {
                    proposal_reference: p.reference.clone(),
                    proposal_title: p.title.clone(),
                    from: origin(p.origin),
                    decision: d,
                })
            })
            .collect();
        Ok(Federation {
            local,
            assemblies,
            working_groups,
            proposals,
            decisions,
        })
    }

    /// Makes this assembly's own copy of another assembly's proposal, linked to it by
    /// `derived_from`: a new `submitted` proposal that goes through the local process.
    pub fn adopt_proposal(&mut self, actor: Actor, proposal: Uuid) -> Result<Proposal> {
        let original = self.proposal(proposal)?;
        let local = self.local_id()?;
        if original.origin == local {
            return Err(conflict!(
                "federation-adopt-own",
                proposal = &original.reference
            ));
        }
        let title = validate::line(crate::word!("field-title"), &original.title)?;
        let text = validate::required_text(crate::word!("field-text"), &original.text)?;
        let id = self.write(actor, |tx| {
            let earlier: Option<Uuid> = tx
                .query_row(
                    "SELECT id FROM proposals WHERE origin = ?1 AND derived_from = ?2",
                    params![tx.origin, proposal],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(earlier) = earlier {
                return Err(crate::conflict!(
                    "federation-already-adopted",
                    proposal = &original.reference,
                    earlier = earlier
                ));
            }
            // The copy starts as a draft: the adopting assembly submits it to its own
            // process when it is ready (ga-process.md, "Between assemblies").
            let id = tx.insert_proposal(
                &title,
                &text,
                ProposalStatus::Draft,
                None,
                None,
                Some(proposal),
            )?;
            tx.journal(
                "proposal.adopt",
                "proposals",
                id,
                None,
                serde_json::json!({"from": proposal, "reference": original.reference}),
            )?;
            Ok(id)
        })?;
        self.proposal(id)
    }

    /// The bundles received here, newest first.
    pub fn received_bundles(&self) -> Result<Vec<ReceivedBundle>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {BUNDLE_COLUMNS} FROM {BUNDLE_FROM} ORDER BY r.created_at DESC, r.id DESC"
        ))?;
        let rows = st.query_map([], bundle_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The original bytes of a received bundle, to pass it on untouched.
    pub fn received_bundle_bytes(&self, id: Uuid) -> Result<(ReceivedBundle, Vec<u8>)> {
        let info = self
            .received_bundles()?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or_else(|| not_found!("bundle-received-not-found", id = id))?;
        let bytes: Vec<u8> = self.conn.query_row(
            "SELECT bytes FROM received_bundles WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok((info, bytes))
    }
}

fn federated_proposal_from_row(r: &rusqlite::Row) -> rusqlite::Result<FederatedProposal> {
    let proposal = proposal_from_row(r)?;
    let origin_code: String = r.get(2)?;
    let adopted_as: Option<Uuid> = r.get(18)?;
    Ok(FederatedProposal {
        from: OriginInfo {
            origin_name: r.get(16)?,
            origin_code,
            is_local: r.get(17)?,
        },
        adopted_as,
        adopted_as_reference: reference(r.get(19)?, r.get(20)?, r.get(21)?),
        derived_from_reference: reference(r.get(22)?, r.get(23)?, r.get(24)?),
        proposal,
    })
}
