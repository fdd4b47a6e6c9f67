//! The stack-keeper's actions. Each one is ONE `Db::write` (one IMMEDIATE transaction,
//! durable before it returns), appends one journal row, and stores its before-images as
//! the item's newest undo step. A refused action writes nothing: the transaction rolls
//! back, including a person it had just created.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use super::log::spoken_ms;
use super::order::{order, EntryKind, History, WaitingData, WaitingRow};
use super::policy::FloorPolicy;
use super::undo::{self, Changes, Said, Undone};
use crate::agenda::ItemStatus;
use crate::db::Tx;
use crate::journal::Actor;
use crate::meeting::{MeetingFormat, MeetingStatus, StackPolicy};
use crate::refs::item_ref;
use crate::Error;
use crate::{conflict, invalid, not_found, validate, Db, Result};

/// Who has the floor after `next`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Floor {
    pub entry_id: Uuid,
    pub person_id: Uuid,
    pub name: String,
    pub kind: EntryKind,
}

/// Longest per-speaker limit accepted: an hour.
pub const MAX_LIMIT_SECONDS: i64 = 3600;

/// What every action and the view need to know about an item's stack.
pub(crate) struct Context {
    pub item: Uuid,
    pub meeting: Uuid,
    pub meeting_origin: Uuid,
    pub meeting_number: i64,
    pub meeting_reference: String,
    pub meeting_status: MeetingStatus,
    /// In a spokes council only spokes take the stack.
    pub format: MeetingFormat,
    /// The floor policy in force (the newest change, else the meeting's base policy).
    pub policy: FloorPolicy,
    pub item_reference: String,
    pub item_title: String,
    pub item_status: ItemStatus,
    pub closed: bool,
    pub limit_seconds: Option<i64>,
    /// The `stacks` row, once the stack has been closed or given a limit.
    pub stack_row: Option<Uuid>,
}

pub(crate) fn context(conn: &Connection, item: Uuid) -> Result<Context> {
    conn.prepare_cached(
        "SELECT i.meeting_id, m.status, m.policy, a.code, m.number, i.position, i.title, i.status,
                s.id, coalesce(s.closed, 0), s.speaker_limit_seconds, m.origin,
                (SELECT c.policy FROM floor_policy_changes c WHERE c.meeting_id = m.id ORDER BY c.seq DESC LIMIT 1),
                m.format
         FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN assemblies a ON a.id = m.origin
         LEFT JOIN stacks s ON s.agenda_item_id = i.id
         WHERE i.id = ?1",
    )?
    .query_row([item], |r| {
        let code: String = r.get(3)?;
        let number: i64 = r.get(4)?;
        let base: StackPolicy = r.get(2)?;
        let changed: Option<String> = r.get(12)?;
        Ok((changed, Context {
            item,
            meeting: r.get(0)?,
            meeting_origin: r.get(11)?,
            meeting_number: number,
            meeting_reference: crate::refs::meeting_ref(&code, number),
            meeting_status: r.get(1)?,
            format: r.get(13)?,
            policy: FloorPolicy::base(base),
            item_reference: item_ref(&code, number, r.get(5)?),
            item_title: r.get(6)?,
            item_status: r.get(7)?,
            stack_row: r.get(8)?,
            closed: r.get(9)?,
            limit_seconds: r.get(10)?,
        }))
    })
    .optional()?
    .ok_or_else(|| not_found!("item-not-found", id = item))
    .and_then(|(changed, mut ctx)| {
        if let Some(text) = changed {
            ctx.policy = text.parse().map_err(|e: Error| {
                crate::invalid!(
                    "stack-policy-stored-damaged",
                    number = ctx.meeting_number,
                    detail = e.to_string()
                )
            })?;
        }
        Ok(ctx)
    })
}

/// The item's waiting entries, unordered, with what the ordering needs.
///
/// Counting a person's speeches on the item names the item's index (`INDEXED BY
/// speeches_item`): left to itself SQLite took `speeches_person` and read every speech
/// the person ever made — ten years of them — for each waiting entry, and `stack next`
/// went from under a millisecond to 2–8 ms on the ten-year database.
pub(crate) fn waiting_rows(conn: &Connection, item: Uuid) -> Result<Vec<WaitingRow>> {
    let mut st = conn.prepare_cached(
        "SELECT e.id, e.person_id, p.name, e.kind, e.prioritized, e.added_no, e.created_at, rp.name,
                EXISTS (SELECT 1 FROM speeches s WHERE s.meeting_id = e.meeting_id
                        AND s.person_id = e.person_id AND s.ended_at IS NOT NULL),
                lc.list, (SELECT count(*) FROM speeches s INDEXED BY speeches_item JOIN stack_entries se ON se.id = s.entry_id
                          WHERE s.agenda_item_id = e.agenda_item_id AND s.person_id = e.person_id AND se.kind = 'speak'),
                w.name
         FROM stack_entries e JOIN people p ON p.id = e.person_id
         LEFT JOIN working_groups w ON w.id = e.wg_id
         LEFT JOIN people rp ON rp.id = e.responds_to_person_id
         LEFT JOIN floor_list_choices lc ON lc.meeting_id = e.meeting_id AND lc.person_id = e.person_id
         WHERE e.agenda_item_id = ?1 AND e.status = 'waiting'",
    )?;
    let rows = st.query_map([item], |r| {
        Ok(WaitingRow {
            kind: r.get(3)?,
            person: r.get(1)?,
            list: r.get(9)?,
            item_speeches: r.get(10)?,
            prioritized: r.get(4)?,
            has_spoken: r.get(8)?,
            added_no: r.get(5)?,
            responds_to: r.get(7)?,
            data: WaitingData {
                entry_id: r.get(0)?,
                person_id: r.get(1)?,
                name: r.get(2)?,
                added_at: r.get(6)?,
                wg: r.get(11)?,
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What the order of an item's stack depends on from before now: who took the floor last
/// and the sub-list of the last `speak` speech (`""`: its speaker chose none).
pub(crate) fn history(conn: &Connection, item: Uuid) -> Result<History> {
    let last_speaker = conn
        .prepare_cached(
            "SELECT person_id FROM speeches WHERE agenda_item_id = ?1 ORDER BY started_at DESC, rowid DESC LIMIT 1",
        )?
        .query_row([item], |r| r.get(0))
        .optional()?;
    let last_list = conn
        .prepare_cached(
            "SELECT coalesce(lc.list, '') FROM speeches s JOIN stack_entries e ON e.id = s.entry_id
             LEFT JOIN floor_list_choices lc ON lc.meeting_id = s.meeting_id AND lc.person_id = s.person_id
             WHERE s.agenda_item_id = ?1 AND e.kind = 'speak' ORDER BY s.started_at DESC, s.rowid DESC LIMIT 1",
        )?
        .query_row([item], |r| r.get(0))
        .optional()?;
    Ok(History {
        last_speaker,
        last_list,
    })
}

/// The speeches in the `speak` band `person` has had on an item (the one under way too):
/// what `cap:N` counts. By the item's index, as in [`waiting_rows`].
fn item_speeches(conn: &Connection, item: Uuid, person: Uuid) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM speeches s INDEXED BY speeches_item JOIN stack_entries e ON e.id = s.entry_id
             WHERE s.agenda_item_id = ?1 AND s.person_id = ?2 AND e.kind = 'speak'",
        )?
        .query_row(params![item, person], |r| r.get(0))?)
}

/// The speech under way on an item.
pub(crate) struct Current {
    pub entry_id: Uuid,
    pub speech_id: Uuid,
    pub person_id: Uuid,
    pub name: String,
    pub kind: EntryKind,
    pub prioritized: bool,
    pub responds_to: Option<String>,
    pub started_at: DateTime<Utc>,
    pub wg: Option<String>,
}

pub(crate) fn current(conn: &Connection, item: Uuid) -> Result<Option<Current>> {
    Ok(conn
        .prepare_cached(
            "SELECT e.id, s.id, e.person_id, p.name, e.kind, e.prioritized, rp.name, s.started_at, w.name
             FROM stack_entries e JOIN speeches s ON s.entry_id = e.id JOIN people p ON p.id = e.person_id
             LEFT JOIN people rp ON rp.id = e.responds_to_person_id
             LEFT JOIN working_groups w ON w.id = e.wg_id
             WHERE e.agenda_item_id = ?1 AND e.status = 'speaking'",
        )?
        .query_row([item], |r| {
            Ok(Current {
                entry_id: r.get(0)?,
                speech_id: r.get(1)?,
                person_id: r.get(2)?,
                name: r.get(3)?,
                kind: r.get(4)?,
                prioritized: r.get(5)?,
                responds_to: r.get(6)?,
                started_at: r.get(7)?,
                wg: r.get(8)?,
            })
        })
        .optional()?)
}

/// A pause: (its row id, paused at, resumed at).
pub(crate) type PauseRow = (Uuid, DateTime<Utc>, Option<DateTime<Utc>>);

/// The pauses of a speech, in order: (paused at, resumed at — `None` while paused).
pub(crate) fn pauses(conn: &Connection, speech: Uuid) -> Result<Vec<PauseRow>> {
    let mut st = conn.prepare_cached(
        "SELECT id, paused_at, resumed_at FROM speech_pauses WHERE speech_id = ?1 ORDER BY paused_at, created_at",
    )?;
    let rows = st.query_map([speech], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One entry, for the entry-level actions.
struct EntryRow {
    item: Uuid,
    name: String,
    kind: EntryKind,
    status: super::EntryStatus,
    prioritized: bool,
}

fn entry_row(conn: &Connection, entry: Uuid) -> Result<EntryRow> {
    conn.prepare_cached(
        "SELECT e.agenda_item_id, p.name, e.kind, e.status, e.prioritized
         FROM stack_entries e JOIN people p ON p.id = e.person_id WHERE e.id = ?1",
    )?
    .query_row([entry], |r| {
        Ok(EntryRow {
            item: r.get(0)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            status: r.get(3)?,
            prioritized: r.get(4)?,
        })
    })
    .optional()?
    .ok_or_else(|| not_found!("stack-entry-not-found", id = entry))
}

/// Reads the stack's context and checks that the item's meeting may change — the same
/// rule (and words) as `Tx::ensure_item_writable`, from the one query the action needs
/// anyway.
fn writable(tx: &Tx, item: Uuid) -> Result<Context> {
    let ctx = context(tx, item)?;
    tx.ensure_owned(crate::db::Owned::Ga(ctx.meeting_number), ctx.meeting_origin)?;
    if ctx.meeting_status == MeetingStatus::Closed {
        return Err(crate::not_allowed!(
            "meeting-closed",
            number = ctx.meeting_number
        ));
    }
    Ok(ctx)
}

impl Tx<'_> {
    /// Ends the speech under way at `self.now`: closes an open pause, stores the speaking
    /// time, the limit in force and any overrun, and marks the entry done.
    fn end_speech(&self, ch: &mut Changes, ctx: &Context, cur: &Current) -> Result<()> {
        let ps = pauses(self, cur.speech_id)?;
        for (id, _, resumed) in &ps {
            if resumed.is_none() {
                ch.updating(self, "speech_pauses", *id)?;
                self.prepare_cached(
                    "UPDATE speech_pauses SET resumed_at = ?1, updated_at = ?1, revision = revision + 1 WHERE id = ?2",
                )?
                .execute(params![self.now, id])?;
            }
        }
        let spans: Vec<_> = ps.iter().map(|(_, p, r)| (*p, *r)).collect();
        let spoken = spoken_ms(cur.started_at, self.now, &spans);
        let overrun = ctx
            .limit_seconds
            .map(|l| spoken - l * 1000)
            .filter(|o| *o > 0);
        ch.updating(self, "speeches", cur.speech_id)?;
        self.prepare_cached(
            "UPDATE speeches SET ended_at = ?1, spoken_ms = ?2, limit_seconds = ?3, overrun_ms = ?4,
                    updated_at = ?1, revision = revision + 1 WHERE id = ?5",
        )?
        .execute(params![self.now, spoken, ctx.limit_seconds, overrun, cur.speech_id])?;
        ch.updating(self, "stack_entries", cur.entry_id)?;
        self.prepare_cached(
            "UPDATE stack_entries SET status = 'done', updated_at = ?1, revision = revision + 1 WHERE id = ?2",
        )?
        .execute(params![self.now, cur.entry_id])?;
        Ok(())
    }

    /// Records the sub-list `person` chose for the meeting (or their change of it) and
    /// returns its name as the policy spells it.
    fn choose_list(
        &self,
        ch: &mut Changes,
        ctx: &Context,
        person: Uuid,
        list: &str,
    ) -> Result<String> {
        let list = match ctx.policy.list_index(Some(list)) {
            Some(i) if ctx.policy.alternate[i].to_lowercase() == list.to_lowercase() => {
                ctx.policy.alternate[i].clone()
            }
            Some(_) => {
                return Err(invalid!(
                    "stack-not-a-list",
                    list = list,
                    number = ctx.meeting_number,
                    lists = ctx.policy.alternate.join(" | ")
                ))
            }
            None => list.to_string(),
        };
        let chosen: Option<(Uuid, String)> = self
            .prepare_cached(
                "SELECT id, list FROM floor_list_choices WHERE meeting_id = ?1 AND person_id = ?2",
            )?
            .query_row(params![ctx.meeting, person], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match chosen {
            Some((_, was)) if was == list => {}
            Some((id, _)) => {
                ch.updating(self, "floor_list_choices", id)?;
                self.prepare_cached(
                    "UPDATE floor_list_choices SET list = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                )?
                .execute(params![list, self.now, id])?;
            }
            None => {
                let id = self.new_id();
                self.prepare_cached(
                    "INSERT INTO floor_list_choices (id, origin, meeting_id, person_id, list, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                )?
                .execute(params![id, self.origin, ctx.meeting, person, list, self.now])?;
                ch.inserted("floor_list_choices", id);
            }
        }
        Ok(list)
    }

    /// The item's `stacks` row, created if the stack has none yet.
    fn stack_row(&self, ch: &mut Changes, ctx: &Context) -> Result<Uuid> {
        if let Some(id) = ctx.stack_row {
            ch.updating(self, "stacks", id)?;
            return Ok(id);
        }
        let id = self.new_id();
        self.prepare_cached(
            "INSERT INTO stacks (id, origin, agenda_item_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        )?
        .execute(params![id, self.origin, ctx.item, self.now])?;
        ch.inserted("stacks", id);
        Ok(id)
    }

    /// Called when a meeting closes: a speech still under way ends then, and the undo
    /// records of its stacks are forgotten (a closed meeting can no longer change).
    pub fn close_stacks(&self, meeting: Uuid) -> Result<()> {
        let speaking: Vec<Uuid> = {
            let mut st = self.prepare(
                "SELECT agenda_item_id FROM stack_entries WHERE meeting_id = ?1 AND status = 'speaking'",
            )?;
            let ids = st.query_map([meeting], |r| r.get(0))?;
            ids.collect::<rusqlite::Result<_>>()?
        };
        for item in speaking {
            let ctx = context(self, item)?;
            if let Some(cur) = current(self, item)? {
                self.end_speech(&mut Changes::new(), &ctx, &cur)?;
            }
        }
        self.execute("DELETE FROM stack_undo WHERE meeting_id = ?1", [meeting])?;
        self.end_consult_breaks(meeting)?;
        Ok(())
    }
}

impl Db {
    /// Puts `name` (created if new to the assembly) on the item's stack in band `kind`.
    /// Returns the new entry's id.
    pub fn stack_add(
        &mut self,
        actor: Actor,
        item: Uuid,
        name: &str,
        kind: EntryKind,
        prioritized: bool,
    ) -> Result<Uuid> {
        self.stack_add_on_list(actor, item, name, kind, prioritized, None)
    }

    /// [`Db::stack_add`], the person choosing (or changing) their sub-list for the
    /// meeting when `list` is given. A list the policy in force does not name is refused;
    /// under a policy without lists any name is kept for when the meeting alternates.
    /// Under `cap:N`, a `speak` entry for someone who has had N speeches on the item is
    /// refused.
    pub fn stack_add_on_list(
        &mut self,
        actor: Actor,
        item: Uuid,
        name: &str,
        kind: EntryKind,
        prioritized: bool,
        list: Option<&str>,
    ) -> Result<Uuid> {
        let name = validate::line(crate::word!("field-name"), name)?;
        let list = match list {
            Some(l) => Some(validate::line(crate::word!("field-list"), l)?),
            None => None,
        };
        if let Some(l) = list
            .as_ref()
            .filter(|l| l.chars().count() > super::policy::MAX_LIST_NAME)
        {
            return Err(invalid!(
                "stack-list-name-too-long",
                list = l,
                max = super::policy::MAX_LIST_NAME
            ));
        }
        self.write(actor, |tx| {
            tx.add_to_stack(item, name, kind, prioritized, list)
        })
    }

    /// Ends the speech under way (if any) and gives the floor to the first waiting entry.
    /// Returns who has the floor now (`None`: the stack is empty). With nobody speaking
    /// and nobody waiting there is nothing to do, and nothing is written.
    pub fn stack_next(&mut self, actor: Actor, item: Uuid) -> Result<Option<Floor>> {
        self.write(actor, |tx| {
            let ctx = writable(tx, item)?;
            let cur = current(tx, item)?;
            let first = order(waiting_rows(tx, item)?, &ctx.policy, &history(tx, item)?)
                .into_iter()
                .find(|(_, why)| !why.passed_by());
            if cur.is_none() && first.is_none() {
                return Ok(None);
            }
            let mut ch = Changes::new();
            if let Some(c) = &cur {
                tx.end_speech(&mut ch, &ctx, c)?;
            }
            let floor = match first {
                Some((e, _)) => {
                    let d = e.data;
                    ch.updating(tx, "stack_entries", d.entry_id)?;
                    tx.prepare_cached(
                        "UPDATE stack_entries SET status = 'speaking', updated_at = ?1, revision = revision + 1 WHERE id = ?2",
                    )?
                    .execute(params![tx.now, d.entry_id])?;
                    let speech = tx.new_id();
                    tx.prepare_cached(
                        "INSERT INTO speeches (id, origin, entry_id, agenda_item_id, meeting_id, person_id, started_at, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
                    )?
                    .execute(params![speech, tx.origin, d.entry_id, item, ctx.meeting, d.person_id, tx.now])?;
                    ch.inserted("speeches", speech);
                    Some(Floor {
                        entry_id: d.entry_id,
                        person_id: d.person_id,
                        name: d.name,
                        kind: e.kind,
                    })
                }
                None => None,
            };
            let words = match (&cur, &floor) {
                (_, Some(f)) => Undone::new("stack-undone-next-floor").with("name", Said::Text(f.name.clone())),
                (Some(c), None) => Undone::new("stack-undone-next-finished").with("name", Said::Text(c.name.clone())),
                (None, None) => Undone::new("stack-undo-next"), // returned above: nothing to do
            };
            let record = floor.as_ref().map(|f| f.entry_id).or(cur.as_ref().map(|c| c.entry_id)).unwrap_or(item);
            tx.journal(
                "stack.next",
                "stack_entries",
                record,
                Some(ctx.meeting),
                serde_json::json!({"item": item, "ended": cur.as_ref().map(|c| c.entry_id), "floor": floor.as_ref().map(|f| f.entry_id)}),
            )?;
            ch.save(tx, item, ctx.meeting, "stack.next", &words)?;
            Ok(floor)
        })
    }

    /// Takes a waiting entry off the stack. Returns the entry's item.
    pub fn stack_withdraw(&mut self, actor: Actor, entry: Uuid) -> Result<Uuid> {
        self.write(actor, |tx| {
            let e = entry_row(tx, entry)?;
            let ctx = writable(tx, e.item)?;
            if e.status != super::EntryStatus::Waiting {
                return Err(conflict!(
                    "stack-withdraw-not-waiting",
                    name = &e.name,
                    status = e.status.as_str()
                ));
            }
            let mut ch = Changes::new();
            ch.updating(tx, "stack_entries", entry)?;
            tx.prepare_cached(
                "UPDATE stack_entries SET status = 'withdrawn', withdrawn_at = ?1, updated_at = ?1, revision = revision + 1 WHERE id = ?2",
            )?
            .execute(params![tx.now, entry])?;
            tx.journal("stack.withdraw", "stack_entries", entry, Some(ctx.meeting), serde_json::json!({"item": e.item}))?;
            let words = Undone::new("stack-undone-withdraw").with("name", Said::Text(e.name.clone())).with("kind", Said::Kind(e.kind));
            ch.save(tx, e.item, ctx.meeting, "stack.withdraw", &words)?;
            Ok(e.item)
        })
    }

    /// Sets or clears the stack-keeper's "prioritized" flag on a waiting entry. Returns
    /// the entry's item. (It orders the `speak` band under the progressive policy.)
    pub fn stack_prioritize(
        &mut self,
        actor: Actor,
        entry: Uuid,
        prioritized: bool,
    ) -> Result<Uuid> {
        self.write(actor, |tx| {
            let e = entry_row(tx, entry)?;
            let ctx = writable(tx, e.item)?;
            if e.status != super::EntryStatus::Waiting {
                return Err(conflict!("stack-prioritize-not-waiting", name = &e.name));
            }
            if e.prioritized == prioritized {
                return Err(if prioritized {
                    conflict!("stack-already-prioritized", name = &e.name)
                } else {
                    conflict!("stack-not-prioritized", name = &e.name)
                });
            }
            let mut ch = Changes::new();
            ch.updating(tx, "stack_entries", entry)?;
            tx.prepare_cached(
                "UPDATE stack_entries SET prioritized = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
            )?
            .execute(params![prioritized, tx.now, entry])?;
            let (action, id) = if prioritized { ("stack.prioritize", "stack-undone-prioritize") } else { ("stack.unprioritize", "stack-undone-unprioritize") };
            tx.journal(action, "stack_entries", entry, Some(ctx.meeting), serde_json::json!({"item": e.item}))?;
            ch.save(tx, e.item, ctx.meeting, action, &Undone::new(id).with("name", Said::Text(e.name.clone())))?;
            Ok(e.item)
        })
    }

    /// Closes the stack: no new `speak` or `direct-response` entries.
    pub fn stack_close(&mut self, actor: Actor, item: Uuid) -> Result<()> {
        self.set_closed(actor, item, true)
    }

    /// Reopens a closed stack.
    pub fn stack_reopen(&mut self, actor: Actor, item: Uuid) -> Result<()> {
        self.set_closed(actor, item, false)
    }

    fn set_closed(&mut self, actor: Actor, item: Uuid, closed: bool) -> Result<()> {
        self.write(actor, |tx| {
            let ctx = writable(tx, item)?;
            if ctx.closed == closed {
                return Err(if closed {
                    conflict!("stack-already-closed", item = &ctx.item_reference)
                } else {
                    conflict!("stack-already-open", item = &ctx.item_reference)
                });
            }
            let mut ch = Changes::new();
            let row = tx.stack_row(&mut ch, &ctx)?;
            tx.prepare_cached("UPDATE stacks SET closed = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3")?
                .execute(params![closed, tx.now, row])?;
            let (action, id) = if closed { ("stack.close", "stack-undone-close") } else { ("stack.reopen", "stack-undone-reopen") };
            tx.journal(action, "agenda_items", item, Some(ctx.meeting), serde_json::json!({}))?;
            ch.save(tx, item, ctx.meeting, action, &Undone::new(id))
        })
    }

    /// Pauses the speech under way (its time stops).
    pub fn stack_pause(&mut self, actor: Actor, item: Uuid) -> Result<()> {
        self.write(actor, |tx| {
            let ctx = writable(tx, item)?;
            let cur = current(tx, item)?
                .ok_or_else(|| conflict!("stack-pause-nobody", item = &ctx.item_reference))?;
            if pauses(tx, cur.speech_id)?.iter().any(|(_, _, r)| r.is_none()) {
                return Err(conflict!("stack-already-paused", name = &cur.name));
            }
            let mut ch = Changes::new();
            let id = tx.new_id();
            tx.prepare_cached(
                "INSERT INTO speech_pauses (id, origin, speech_id, paused_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4, ?4)",
            )?
            .execute(params![id, tx.origin, cur.speech_id, tx.now])?;
            ch.inserted("speech_pauses", id);
            tx.journal("stack.pause", "speeches", cur.speech_id, Some(ctx.meeting), serde_json::json!({"item": item}))?;
            ch.save(tx, item, ctx.meeting, "stack.pause", &Undone::new("stack-undone-pause").with("name", Said::Text(cur.name)))
        })
    }

    /// Resumes the paused speech.
    pub fn stack_resume(&mut self, actor: Actor, item: Uuid) -> Result<()> {
        self.write(actor, |tx| {
            let ctx = writable(tx, item)?;
            let cur = current(tx, item)?
                .ok_or_else(|| conflict!("stack-resume-nobody", item = &ctx.item_reference))?;
            let open = pauses(tx, cur.speech_id)?
                .into_iter()
                .find(|(_, _, r)| r.is_none())
                .ok_or_else(|| conflict!("stack-not-paused", name = &cur.name))?;
            let mut ch = Changes::new();
            ch.updating(tx, "speech_pauses", open.0)?;
            tx.prepare_cached(
                "UPDATE speech_pauses SET resumed_at = ?1, updated_at = ?1, revision = revision + 1 WHERE id = ?2",
            )?
            .execute(params![tx.now, open.0])?;
            tx.journal("stack.resume", "speeches", cur.speech_id, Some(ctx.meeting), serde_json::json!({"item": item}))?;
            ch.save(tx, item, ctx.meeting, "stack.resume", &Undone::new("stack-undone-resume").with("name", Said::Text(cur.name)))
        })
    }

    /// Sets (or with `None` removes) the item's per-speaker time limit, in seconds.
    /// Speeches that end from then on are measured against it. Setting the limit it
    /// already has changes nothing.
    pub fn set_speaker_limit(
        &mut self,
        actor: Actor,
        item: Uuid,
        seconds: Option<i64>,
    ) -> Result<()> {
        if let Some(s) = seconds.filter(|s| *s <= 0 || *s > MAX_LIMIT_SECONDS) {
            return Err(invalid!(
                "stack-limit-out-of-range",
                seconds = s,
                max = MAX_LIMIT_SECONDS
            ));
        }
        self.write(actor, |tx| {
            let ctx = writable(tx, item)?;
            if ctx.limit_seconds == seconds {
                return Ok(());
            }
            let mut ch = Changes::new();
            let row = tx.stack_row(&mut ch, &ctx)?;
            tx.prepare_cached(
                "UPDATE stacks SET speaker_limit_seconds = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
            )?
            .execute(params![seconds, tx.now, row])?;
            tx.journal("stack.limit", "agenda_items", item, Some(ctx.meeting), serde_json::json!({"seconds": seconds}))?;
            ch.save(tx, item, ctx.meeting, "stack.limit", &Undone::new("stack-undone-limit").with("limit", Said::Limit(seconds)))
        })
    }

    /// Undoes the item's last stack action that is not undone yet: the stack tables are
    /// then exactly as they were before it. Returns what was undone ("add Sam (speak)").
    pub fn stack_undo(&mut self, actor: Actor, item: Uuid) -> Result<String> {
        self.write(actor, |tx| {
            let ctx = writable(tx, item)?;
            let step = undo::top(tx, item)?
                .ok_or_else(|| conflict!("stack-nothing-to-undo", item = &ctx.item_reference))?;
            undo::apply(tx, &step)?;
            tx.journal(
                "stack.undo",
                "agenda_items",
                item,
                Some(ctx.meeting),
                serde_json::json!({"undid": step.action, "label": step.label}),
            )?;
            Ok(step.label)
        })
    }

    /// The waiting entry of `name` on an item's stack (in band `kind`, or the only band
    /// they wait in) — how scripts name an entry.
    pub fn find_waiting_entry(
        &self,
        item: Uuid,
        name: &str,
        kind: Option<EntryKind>,
    ) -> Result<Uuid> {
        let name = name.trim();
        let ctx = context(&self.conn, item)?;
        let found: Vec<(Uuid, EntryKind)> = waiting_rows(&self.conn, item)?
            .into_iter()
            .filter(|w| w.data.name.to_lowercase() == name.to_lowercase())
            .filter(|w| kind.is_none_or(|k| k == w.kind))
            .map(|w| (w.data.entry_id, w.kind))
            .collect();
        match found.as_slice() {
            [(id, _)] => Ok(*id),
            [] => Err(match kind {
                None => not_found!(
                    "stack-name-not-waiting",
                    name = name,
                    item = &ctx.item_reference
                ),
                Some(k) => not_found!(
                    "stack-name-not-waiting-kind",
                    name = name,
                    item = &ctx.item_reference,
                    kind = k.as_str()
                ),
            }),
            several => Err(invalid!(
                "stack-name-waits-several",
                name = name,
                item = &ctx.item_reference,
                count = several.len(),
                kinds = several
                    .iter()
                    .map(|(_, k)| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
}

impl Tx<'_> {
    /// `stack add` inside an action under way, with the name (and list) already checked:
    /// [`Db::stack_add_on_list`] is this in its own transaction; accepting a raised hand
    /// (room/hands.rs) runs it in the acceptance's.
    pub fn add_to_stack(
        &mut self,
        item: Uuid,
        name: String,
        kind: EntryKind,
        prioritized: bool,
        list: Option<String>,
    ) -> Result<Uuid> {
        let tx = self;
        let ctx = writable(tx, item)?;
        if ctx.closed && !kind.taken_when_closed() {
            return Err(if kind == EntryKind::Speak {
                conflict!("stack-closed-to-speakers", item = &ctx.item_reference)
            } else {
                conflict!("stack-closed-to-responses", item = &ctx.item_reference)
            });
        }
        let mut ch = Changes::new();
        // The person as the assembly knows them (their name as first written).
        let (person, name) = match tx
            .prepare_cached(
                "SELECT id, name FROM people WHERE origin = ?1 AND name = ?2 COLLATE NOCASE",
            )?
            .query_row(params![tx.origin, name], |r| {
                Ok((r.get::<_, Uuid>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
        {
            Some(found) => found,
            None => {
                let p = tx.person_by_name(&name)?;
                ch.inserted("people", p);
                (p, name.clone())
            }
        };
        // A spokes council's stack takes spokes only, each speaking for their WG.
        let wg = match ctx.format {
            MeetingFormat::GeneralAssembly => None,
            MeetingFormat::SpokesCouncil => Some(
                crate::spokes::spoke_for(tx, ctx.meeting, person)?.ok_or_else(|| {
                    conflict!(
                        "stack-not-a-spoke",
                        name = &name,
                        number = ctx.meeting_number
                    )
                })?,
            ),
        };
        let responds_to = if kind == EntryKind::DirectResponse {
            let cur = current(tx, item)?
                .ok_or_else(|| conflict!("stack-response-nobody", item = &ctx.item_reference))?;
            if cur.person_id == person {
                return Err(conflict!("stack-response-to-self", name = &cur.name));
            }
            Some(cur.person_id)
        } else {
            None
        };
        if let Some(cap) = ctx.policy.cap.filter(|_| kind == EntryKind::Speak) {
            let had = item_speeches(tx, item, person)?;
            if had >= cap {
                return Err(conflict!(
                    "stack-cap-reached",
                    name = &name,
                    had = had,
                    item = &ctx.item_reference,
                    number = ctx.meeting_number,
                    cap = cap
                ));
            }
        }
        let list = match list {
            Some(l) => Some(tx.choose_list(&mut ch, &ctx, person, &l)?),
            None => None,
        };
        let already: Option<i64> = tx
            .prepare_cached(
                "SELECT added_no FROM stack_entries
                 WHERE agenda_item_id = ?1 AND person_id = ?2 AND kind = ?3 AND status = 'waiting'",
            )?
            .query_row(params![item, person, kind], |r| r.get(0))
            .optional()?;
        if already.is_some() {
            return Err(conflict!(
                "stack-already-waiting",
                name = &name,
                item = &ctx.item_reference,
                kind = kind.as_str()
            ));
        }
        let added_no: i64 = tx
            .prepare_cached("SELECT coalesce(max(added_no), 0) + 1 FROM stack_entries WHERE agenda_item_id = ?1")?
            .query_row([item], |r| r.get(0))?;
        let id = tx.new_id();
        tx.prepare_cached(
            "INSERT INTO stack_entries (id, origin, agenda_item_id, meeting_id, person_id, kind, prioritized,
                    responds_to_person_id, added_no, created_at, updated_at, wg_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)",
        )?
        .execute(params![id, tx.origin, item, ctx.meeting, person, kind, prioritized, responds_to, added_no, tx.now,
                         wg.as_ref().map(|(w, _)| *w)])?;
        ch.inserted("stack_entries", id);
        let words = Undone::new("stack-undone-add")
            .with("name", Said::Text(name.clone()))
            .with("kind", Said::Kind(kind))
            .with("for", Said::Yes(wg.is_some()))
            .with(
                "wg",
                Said::Text(wg.as_ref().map(|(_, w)| w.clone()).unwrap_or_default()),
            )
            .with("prioritized", Said::Yes(prioritized))
            .with("listed", Said::Yes(list.is_some()))
            .with("list", Said::Text(list.clone().unwrap_or_default()));
        tx.journal(
            "stack.add",
            "stack_entries",
            id,
            Some(ctx.meeting),
            // Whether a sub-list was chosen, never which: the choice stays in its table.
            serde_json::json!({"item": item, "person": person, "kind": kind, "prioritized": prioritized, "list_chosen": list.is_some()}),
        )?;
        ch.save(tx, item, ctx.meeting, "stack.add", &words)?;
        Ok(id)
    }
}
