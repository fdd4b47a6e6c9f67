//! Federation: the assemblies this database knows, and their working groups and proposals
//! beside the local ones, each with its origin; adopting another assembly's proposal.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use crate::bundle::manifest::fingerprint_hex;
use crate::bundle::{ReceivedBundle, Scope};
use crate::journal::Actor;
use crate::proposal::decide::Decision;
use crate::proposal::{Proposal, ProposalStatus};
use crate::wg::WorkingGroup;
use crate::{conflict, not_found, validate, Db, Error, Result};

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

impl Db {
    pub fn federation(&self) -> Result<Federation> {
        let local = self.local_id()?;
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
                "{} is already this assembly's proposal; adopting is for other assemblies' proposals",
                original.reference
            ));
        }
        let title = validate::line("title", &original.title)?;
        let text = validate::required_text("text", &original.text)?;
        let id = self.write(actor, |tx| {
            let earlier: Option<Uuid> = tx
                .query_row(
                    "SELECT id FROM proposals WHERE origin = ?1 AND derived_from = ?2",
                    params![tx.origin, proposal],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(earlier) = earlier {
                return Err(Error::Conflict(format!(
                    "{} was already adopted here (proposal {earlier})",
                    original.reference
                )));
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
        let mut st = self.conn.prepare(
            "SELECT r.id, r.assembly_id, a.name, r.file_name, r.size, r.sha256, r.made_at, r.created_at, r.scope
             FROM received_bundles r JOIN assemblies a ON a.id = r.assembly_id
             ORDER BY r.created_at DESC, r.id DESC",
        )?;
        let rows = st.query_map([], |r| {
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
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The original bytes of a received bundle, to pass it on untouched.
    pub fn received_bundle_bytes(&self, id: Uuid) -> Result<(ReceivedBundle, Vec<u8>)> {
        let info = self
            .received_bundles()?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or_else(|| {
                not_found!("no received bundle with id {id} (`plenary bundle received` lists them)")
            })?;
        let bytes: Vec<u8> = self.conn.query_row(
            "SELECT bytes FROM received_bundles WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok((info, bytes))
    }
}
