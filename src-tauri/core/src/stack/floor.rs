//! Changing a meeting's floor policy (ga-process.md, "Fair floor"): the facilitation team
//! sets it, mid-meeting if it likes, with the reason. Each change is one journaled write
//! that adds a row to `floor_policy_changes` — the newest row is the policy in force —
//! and, when it is made on an item's stack (or while an item is under way), an undo step
//! of that stack: undo deletes the row and the previous policy is in force again.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use super::policy::FloorPolicy;
use super::undo::Changes;
use crate::journal::Actor;
use crate::meeting::StackPolicy;
use crate::{conflict, invalid, not_found, validate, Db, Error, Result};

/// One change of a meeting's floor policy, as the minutes list it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PolicyChange {
    /// The policy from then on, as written (`fifo,alternate:women|open`).
    pub policy: String,
    /// The policy in words.
    pub label: String,
    /// The policy before, as written.
    pub before: String,
    /// The policy before as the minutes say it: as written in English, in words in
    /// another language (`Db::minutes_in`).
    pub before_label: String,
    /// Why ("" when no reason was given).
    pub reason: String,
    /// The item under way then (`LDN-GA-39.3`), if any.
    pub item_reference: Option<String>,
    pub at: DateTime<Utc>,
}

/// The floor policy in force at a meeting.
pub(crate) fn policy_in_force(conn: &Connection, meeting: Uuid) -> Result<FloorPolicy> {
    let (base, changed): (StackPolicy, Option<String>) = conn
        .prepare_cached(
            "SELECT m.policy, (SELECT c.policy FROM floor_policy_changes c WHERE c.meeting_id = m.id
                               ORDER BY c.seq DESC LIMIT 1)
             FROM meetings m WHERE m.id = ?1",
        )?
        .query_row([meeting], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| not_found!("meeting-not-found", id = meeting))?;
    match changed {
        None => Ok(FloorPolicy::base(base)),
        Some(text) => text
            .parse()
            .map_err(|e: Error| crate::invalid!("policy-stored-damaged", detail = e.to_string())),
    }
}

impl Db {
    /// The floor policy in force at a meeting.
    pub fn floor_policy(&self, meeting: Uuid) -> Result<FloorPolicy> {
        policy_in_force(&self.conn, meeting)
    }

    /// Sets a meeting's floor policy (`policy` as written: see [`FloorPolicy`]) with the
    /// reason. `item`: the item whose stack the change was made on — its undo takes the
    /// change back; without it, the item under way (status `active`) if there is exactly
    /// one. Refused on a closed meeting, and when the policy is already in force.
    pub fn set_floor_policy(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        policy: &str,
        reason: &str,
        item: Option<Uuid>,
    ) -> Result<FloorPolicy> {
        let new: FloorPolicy = policy.parse()?;
        let reason = validate::optional_line(crate::word!("field-reason"), reason)?;
        self.write(actor, |tx| {
            tx.ensure_meeting_live(meeting)?;
            let number: i64 =
                tx.query_row("SELECT number FROM meetings WHERE id = ?1", [meeting], |r| {
                    r.get(0)
                })?;
            let before = policy_in_force(tx, meeting)?;
            if before == new {
                return Err(conflict!(
                    "policy-unchanged",
                    number = number,
                    policy = new.to_string()
                ));
            }
            let item = match item {
                Some(i) => {
                    let of: Option<Uuid> = tx
                        .query_row(
                            "SELECT meeting_id FROM agenda_items WHERE id = ?1",
                            [i],
                            |r| r.get(0),
                        )
                        .optional()?;
                    match of {
                        Some(m) if m == meeting => Some(i),
                        Some(_) => {
                            return Err(invalid!("policy-item-elsewhere", number = number))
                        }
                        None => return Err(not_found!("item-not-found", id = i)),
                    }
                }
                None => {
                    let active: Vec<Uuid> = tx
                        .prepare_cached(
                            "SELECT id FROM agenda_items WHERE meeting_id = ?1 AND status = 'active' LIMIT 2",
                        )?
                        .query_map([meeting], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    match active.as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    }
                }
            };
            let seq: i64 = tx
                .prepare_cached(
                    "SELECT coalesce(max(seq), 0) + 1 FROM floor_policy_changes WHERE meeting_id = ?1",
                )?
                .query_row([meeting], |r| r.get(0))?;
            let id = tx.new_id();
            tx.prepare_cached(
                "INSERT INTO floor_policy_changes (id, origin, meeting_id, seq, policy, reason, agenda_item_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?
            .execute(params![id, tx.origin, meeting, seq, new.to_string(), reason, item, tx.now])?;
            tx.journal(
                "meeting.policy",
                "meetings",
                meeting,
                Some(meeting),
                serde_json::json!({"policy": new.to_string(), "before": before.to_string(), "reason": reason}),
            )?;
            if let Some(item) = item {
                let mut ch = Changes::new();
                ch.inserted("floor_policy_changes", id);
                let words = super::undo::Undone::new("stack-undone-policy")
                    .with("policy", super::undo::Said::Policy(new.to_string()));
                ch.save(tx, item, meeting, "meeting.policy", &words)?;
            }
            Ok(new.clone())
        })
    }

    /// [`Db::set_floor_policy`] from an item's stack view: the policy of the item's
    /// meeting, the change undone by that stack's undo.
    pub fn set_floor_policy_on_item(
        &mut self,
        actor: Actor,
        item: Uuid,
        policy: &str,
        reason: &str,
    ) -> Result<FloorPolicy> {
        let meeting: Uuid = self
            .conn
            .query_row(
                "SELECT meeting_id FROM agenda_items WHERE id = ?1",
                [item],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| not_found!("item-not-found", id = item))?;
        self.set_floor_policy(actor, meeting, policy, reason, Some(item))
    }

    /// The changes of a meeting's floor policy, oldest first.
    pub fn floor_policy_changes(&self, meeting: Uuid) -> Result<Vec<PolicyChange>> {
        let base: StackPolicy = self
            .conn
            .query_row(
                "SELECT policy FROM meetings WHERE id = ?1",
                [meeting],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| not_found!("meeting-not-found", id = meeting))?;
        let mut st = self.conn.prepare_cached(
            "SELECT c.policy, c.reason, c.created_at, a.code, m.number, i.position
             FROM floor_policy_changes c JOIN meetings m ON m.id = c.meeting_id
             JOIN assemblies a ON a.id = m.origin
             LEFT JOIN agenda_items i ON i.id = c.agenda_item_id
             WHERE c.meeting_id = ?1 ORDER BY c.seq",
        )?;
        let rows = st.query_map([meeting], |r| {
            let code: String = r.get(3)?;
            let number: i64 = r.get(4)?;
            let position: Option<i64> = r.get(5)?;
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, DateTime<Utc>>(2)?,
                position.map(|p| crate::refs::item_ref(&code, number, p)),
            ))
        })?;
        let mut before = FloorPolicy::base(base);
        let mut out = Vec::new();
        for row in rows {
            let (text, reason, at, item_reference) = row?;
            let policy: FloorPolicy = text.parse()?;
            out.push(PolicyChange {
                policy: policy.to_string(),
                label: policy.label(),
                before: before.to_string(),
                before_label: before.to_string(),
                reason,
                item_reference,
                at,
            });
            before = policy;
        }
        Ok(out)
    }
}
