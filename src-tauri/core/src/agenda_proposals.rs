//! The proposals that can go on a GA's agenda, for the form that adds one: asked for
//! when the form is opened and as the person types, searched by title or reference, and
//! bounded — the form never loads every proposal of the record (issue #20: the whole
//! list was 4 MB on ten years of GAs).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::proposal::lifecycle::{next_status, Transition};
use crate::proposal::ProposalStatus;
use crate::refs::proposal_ref;
use crate::{Db, Result};

/// At most this many proposals in one answer.
pub const MAX_CHOICES: u32 = 50;

/// A proposal as the add-item form lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ProposalChoice {
    pub id: Uuid,
    /// `LDN-P-2026-034`.
    pub reference: String,
    pub title: String,
    pub status: ProposalStatus,
}

/// The first proposals that match (newest first), and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ProposalChoices {
    pub proposals: Vec<ProposalChoice>,
    pub total: u64,
}

impl Db {
    /// This assembly's proposals that can be put on the agenda of `meeting` (their status
    /// allows it, and they are not on it yet) whose title or reference contains `query`
    /// (any case; empty: all), newest first, at most `limit` (capped at [`MAX_CHOICES`]).
    pub fn agenda_proposal_choices(
        &self,
        meeting: Uuid,
        query: &str,
        limit: u32,
    ) -> Result<ProposalChoices> {
        let local = self.local_id()?;
        // The statuses from which "put on an agenda" is allowed: the lifecycle's rule.
        let statuses: Vec<&str> = ProposalStatus::ALL
            .iter()
            .filter(|s| next_status(**s, Transition::PutOnAgenda).is_ok())
            .map(|s| s.as_str())
            .collect();
        let statuses = serde_json::to_string(&statuses).unwrap_or_else(|_| "[]".into());
        let pattern = format!(
            "%{}%",
            query
                .trim()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let limit = limit.min(MAX_CHOICES);
        let filter = "FROM proposals p JOIN assemblies a ON a.id = p.origin
             WHERE p.origin = ?1
               AND p.status IN (SELECT value FROM json_each(?2))
               AND NOT EXISTS (SELECT 1 FROM agenda_items i WHERE i.meeting_id = ?3 AND i.proposal_id = p.id)
               AND (p.title LIKE ?4 ESCAPE '\\'
                    OR (a.code || '-P-' || p.year || '-' || printf('%03d', p.number)) LIKE ?4 ESCAPE '\\')";
        self.read(|db| {
            let total: i64 = db.conn.query_row(
                &format!("SELECT count(*) {filter}"),
                rusqlite::params![local, statuses, meeting, pattern],
                |r| r.get(0),
            )?;
            let mut st = db.conn.prepare(&format!(
                "SELECT p.id, a.code, p.year, p.number, p.title, p.status {filter}
                 ORDER BY p.year DESC, p.number DESC LIMIT ?5"
            ))?;
            let proposals = st
                .query_map(
                    rusqlite::params![local, statuses, meeting, pattern, limit],
                    |r| {
                        let code: String = r.get(1)?;
                        Ok(ProposalChoice {
                            id: r.get(0)?,
                            reference: proposal_ref(&code, r.get(2)?, r.get(3)?),
                            title: r.get(4)?,
                            status: r.get(5)?,
                        })
                    },
                )?
                .collect::<rusqlite::Result<_>>()?;
            Ok(ProposalChoices {
                proposals,
                total: total as u64,
            })
        })
    }
}
