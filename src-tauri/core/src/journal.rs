//! The journal: one row per user action — what, which record, when, by which role.
//! It is the audit trail and the basis of undo and "what changed".

use rusqlite::params;
use serde::Serialize;
use uuid::Uuid;

use crate::db::Tx;
use crate::{text_enum, Result};

text_enum! {
    /// Who performed an action: the role of the person at the keyboard, or the program.
    Actor, "actor" {
        Facilitator = "facilitator",
        StackKeeper = "stack-keeper",
        Timekeeper = "timekeeper",
        MinuteTaker = "minute-taker",
        // A participant's phone in the room (raising or withdrawing a hand).
        Participant = "participant",
        Cli = "cli",
        Demo = "demo",
        Import = "import",
    }
}

impl Tx<'_> {
    /// Appends the journal row of the action under way (same transaction).
    pub fn journal(
        &self,
        action: &str,
        table: &str,
        record_id: Uuid,
        meeting_id: Option<Uuid>,
        detail: impl Serialize,
    ) -> Result<()> {
        let detail = serde_json::to_string(&detail).unwrap_or_else(|_| "{}".into());
        // Cached: every action runs this statement, and parsing it costs more than running it.
        self.prepare_cached(
            "INSERT INTO journal (at, actor, action, record_table, record_id, meeting_id, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            self.now, self.actor, action, table, record_id, meeting_id, detail
        ])?;
        Ok(())
    }
}

/// One journal row, as read back.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct JournalEntry {
    pub seq: i64,
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: Actor,
    pub action: String,
    pub record_table: String,
    pub record_id: Uuid,
    pub meeting_id: Option<Uuid>,
    #[ts(type = "unknown")]
    pub detail: serde_json::Value,
}

impl crate::Db {
    /// The most recent journal rows, newest first.
    pub fn journal_tail(&self, limit: u32) -> Result<Vec<JournalEntry>> {
        let mut st = self.conn.prepare(
            "SELECT seq, at, actor, action, record_table, record_id, meeting_id, detail
             FROM journal ORDER BY seq DESC LIMIT ?1",
        )?;
        let rows = st.query_map([limit], |r| {
            let detail: String = r.get(7)?;
            Ok(JournalEntry {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                record_table: r.get(4)?,
                record_id: r.get(5)?,
                meeting_id: r.get(6)?,
                detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
