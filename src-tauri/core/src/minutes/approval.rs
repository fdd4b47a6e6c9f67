//! Minutes start as a draft and are approved at a later GA.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use crate::journal::Actor;
use crate::meeting::MeetingStatus;
use crate::{conflict, not_allowed, Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum MinutesStatus {
    Draft,
    Approved {
        at: DateTime<Utc>,
        /// The meeting that approved them (`RIV-GA-4`).
        in_meeting: Uuid,
        in_reference: String,
    },
}

impl Db {
    pub fn minutes_status(&self, meeting: Uuid) -> Result<MinutesStatus> {
        let row: Option<(Option<DateTime<Utc>>, Option<Uuid>)> = self
            .conn
            .query_row(
                "SELECT minutes_approved_at, minutes_approved_in FROM meetings WHERE id = ?1",
                [meeting],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match row {
            Some((Some(at), Some(in_meeting))) => MinutesStatus::Approved {
                at,
                in_meeting,
                in_reference: self.meeting(in_meeting)?.reference,
            },
            _ => MinutesStatus::Draft,
        })
    }

    /// Records that the GA `at` (open, later than `meeting`) approved the minutes of the
    /// closed meeting `meeting`. The only change a closed meeting accepts: it annotates
    /// the record without changing what happened.
    pub fn approve_minutes(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        at: Uuid,
    ) -> Result<MinutesStatus> {
        let m = self.meeting(meeting)?;
        let a = self.meeting(at)?;
        self.write(actor, |tx| {
            tx.ensure_owned(crate::db::Owned::Ga(m.number), m.origin)?;
            tx.ensure_owned(crate::db::Owned::Ga(a.number), a.origin)?;
            if a.number <= m.number {
                return Err(not_allowed!(
                    "minutes-approve-by-earlier",
                    by = &a.reference,
                    meeting = &m.reference
                ));
            }
            if m.status != MeetingStatus::Closed {
                return Err(conflict!("minutes-approve-open", meeting = &m.reference));
            }
            if a.status != MeetingStatus::Open {
                return Err(conflict!("minutes-approve-not-in-session", by = &a.reference));
            }
            let changed = tx.execute(
                "UPDATE meetings SET minutes_approved_at = ?1, minutes_approved_in = ?2, updated_at = ?1, revision = revision + 1
                 WHERE id = ?3 AND minutes_approved_at IS NULL",
                params![tx.now, at, meeting],
            )?;
            if changed == 0 {
                return Err(conflict!("minutes-already-approved", meeting = &m.reference));
            }
            tx.journal("minutes.approve", "meetings", meeting, Some(at), serde_json::json!({"in": at}))
        })?;
        self.minutes_status(meeting)
    }
}
