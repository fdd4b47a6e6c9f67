//! The agenda of a meeting: numbered items (GA 39, item 39.3) with a kind, allotted and
//! actual time, status, and an optional working group or proposal; and report-backs.

use chrono::{DateTime, NaiveTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::correction::{self, clock, Change, Writable};
use crate::db::Tx;
use crate::journal::Actor;
use crate::meeting::MeetingStatus;
use crate::refs::item_ref;
use crate::{conflict, invalid, not_allowed, not_found, text_enum, validate, Db, Result};

text_enum! {
    ItemKind, "agenda item kind" {
        Process = "process",
        ReportBack = "report-back",
        Proposal = "proposal",
        Discussion = "discussion",
        Announcement = "announcement",
        Soapbox = "soapbox",
        Other = "other",
    }
}

text_enum! {
    ItemStatus, "agenda item status" {
        Pending = "pending",
        Active = "active",
        Done = "done",
        Tabled = "tabled",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaItem {
    pub id: Uuid,
    pub origin: Uuid,
    pub meeting_id: Uuid,
    /// `LDN-GA-39.3`.
    pub reference: String,
    /// The item's number within its meeting (3 in 39.3).
    pub position: i64,
    pub kind: ItemKind,
    pub title: String,
    pub allotted_minutes: Option<i64>,
    pub started_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub status: ItemStatus,
    pub wg_id: Option<Uuid>,
    pub wg_name: Option<String>,
    pub proposal_id: Option<Uuid>,
    pub notes: String,
    pub revision: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewAgendaItem {
    /// Meeting id or reference.
    pub meeting: String,
    pub kind: String,
    pub title: String,
    pub allotted_minutes: Option<i64>,
    /// Working group id or name (report-backs).
    pub wg: Option<String>,
    /// Proposal id or reference (proposal items).
    pub proposal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReportBack {
    pub id: Uuid,
    pub origin: Uuid,
    pub agenda_item_id: Uuid,
    /// The WG reporting back, or none when it is given on someone's behalf.
    pub wg_id: Option<Uuid>,
    pub wg_name: Option<String>,
    /// "Occupy Newark", "the People of Color caucus": on whose behalf it was given.
    pub on_behalf_of: String,
    pub presenter_id: Option<Uuid>,
    pub presenter_name: Option<String>,
    pub summary: String,
    pub asks: String,
    pub announcements: String,
}

/// A change to a report-back: only the fields given change. A field given empty that
/// holds text would be blanked, which must be meant: such a field is refused unless it is
/// also listed in `clear` (listing a field alone blanks it).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ReportBackInput {
    /// The WG (name or id); naming one drops any "on behalf of".
    pub wg: Option<String>,
    /// On whose behalf it is given; giving it drops the WG.
    pub on_behalf_of: Option<String>,
    pub presenter: Option<String>,
    pub summary: Option<String>,
    pub asks: Option<String>,
    pub announcements: Option<String>,
    /// Fields to blank: presenter, summary, asks, announcements, on-behalf-of.
    pub clear: Vec<String>,
}

/// The fields of a report-back that `clear` may name.
pub const REPORT_BACK_FIELDS: &[&str] = &[
    "presenter",
    "summary",
    "asks",
    "announcements",
    "on-behalf-of",
];

const ITEM_COLUMNS: &str = "i.id, i.origin, i.meeting_id, a.code, m.number, i.position, i.kind, i.title,
     i.allotted_minutes, i.started_at, i.ended_at, i.status, i.wg_id, w.name, i.proposal_id, i.notes, i.revision";
const ITEM_FROM: &str =
    "agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN assemblies a ON a.id = i.origin
     LEFT JOIN working_groups w ON w.id = i.wg_id";

fn item_from_row(r: &rusqlite::Row) -> rusqlite::Result<AgendaItem> {
    let code: String = r.get(3)?;
    let number: i64 = r.get(4)?;
    let position: i64 = r.get(5)?;
    Ok(AgendaItem {
        id: r.get(0)?,
        origin: r.get(1)?,
        meeting_id: r.get(2)?,
        reference: item_ref(&code, number, position),
        position,
        kind: r.get(6)?,
        title: r.get(7)?,
        allotted_minutes: r.get(8)?,
        started_at: r.get(9)?,
        ended_at: r.get(10)?,
        status: r.get(11)?,
        wg_id: r.get(12)?,
        wg_name: r.get(13)?,
        proposal_id: r.get(14)?,
        notes: r.get(15)?,
        revision: r.get(16)?,
    })
}

/// A new item whose references are resolved and whose fields are valid.
struct CheckedItem {
    meeting: Uuid,
    kind: ItemKind,
    title: String,
    allotted_minutes: Option<i64>,
    wg: Option<Uuid>,
    proposal: Option<Uuid>,
}

/// Appends a checked item to its meeting's agenda (inside the caller's transaction).
fn insert_item(tx: &Tx, c: &CheckedItem) -> Result<Uuid> {
    tx.ensure_meeting_live(c.meeting)?;
    if let Some(w) = c.wg {
        tx.ensure_own_wg(w, |name| {
            not_allowed!("wg-foreign-report-back", name = name)
        })?;
    }
    if let Some(p) = c.proposal {
        tx.put_proposal_on_agenda(p, c.meeting)?;
    }
    let position: i64 = tx.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?1",
        [c.meeting],
        |r| r.get(0),
    )?;
    let id = tx.new_id();
    tx.execute(
        "INSERT INTO agenda_items (id, origin, meeting_id, position, kind, title, allotted_minutes, wg_id, proposal_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![id, tx.origin, c.meeting, position, c.kind, c.title, c.allotted_minutes, c.wg, c.proposal, tx.now],
    )?;
    // A report-back item gets its (empty) report at once: by its WG, or — without one —
    // on someone's behalf, said later with the report itself.
    if c.kind == ItemKind::ReportBack {
        let w = c.wg;
        tx.execute(
            "INSERT INTO report_backs (id, origin, agenda_item_id, wg_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![tx.new_id(), tx.origin, id, w, tx.now],
        )?;
    }
    tx.journal(
        "agenda.add",
        "agenda_items",
        id,
        Some(c.meeting),
        serde_json::json!({"kind": c.kind, "title": c.title, "position": position}),
    )?;
    Ok(id)
}

/// An item's status and times, with its meeting's opening time.
struct ItemTimes {
    status: ItemStatus,
    started: Option<DateTime<Utc>>,
    ended: Option<DateTime<Utc>>,
    opened: Option<DateTime<Utc>>,
}

/// The name of a report-back's field (a key of [`REPORT_BACK_FIELDS`]) in a refusal.
fn field_word(key: &str) -> crate::error::Arg {
    match key {
        "summary" => crate::word!("field-summary"),
        "asks" => crate::word!("field-asks"),
        "announcements" => crate::word!("field-announcements"),
        "on-behalf-of" => crate::word!("field-on-behalf-of"),
        "presenter" => crate::word!("field-presenter"),
        other => other.into(),
    }
}

impl Tx<'_> {
    fn item_meeting(&self, item: Uuid) -> Result<Uuid> {
        self.query_row(
            "SELECT meeting_id FROM agenda_items WHERE id = ?1",
            [item],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| not_found!("item-not-found", id = item))
    }

    fn item_times(&self, item: Uuid) -> Result<ItemTimes> {
        Ok(self.query_row(
            "SELECT i.status, i.started_at, i.ended_at, m.opened_at
             FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?1",
            [item],
            |r| {
                Ok(ItemTimes {
                    status: r.get(0)?,
                    started: r.get(1)?,
                    ended: r.get(2)?,
                    opened: r.get(3)?,
                })
            },
        )?)
    }

    /// The meeting of an item and how it may change (`Tx::ensure_meeting_writable`: a
    /// plain edit, or a correction to record with `Tx::edit_meeting`).
    pub fn ensure_item_writable(&self, item: Uuid) -> Result<(Uuid, Writable)> {
        let meeting = self.item_meeting(item)?;
        Ok((meeting, self.ensure_meeting_writable(meeting)?))
    }

    /// An edit of an item's record: the rule of `Tx::edit_meeting`, for the item's
    /// meeting. Returns the meeting.
    pub fn edit_item(&self, item: Uuid, change: Change) -> Result<Uuid> {
        let meeting = self.item_meeting(item)?;
        self.edit_meeting(meeting, change)?;
        Ok(meeting)
    }

    /// The meeting of an item, refused when it is closed (live actions).
    pub fn ensure_item_live(&self, item: Uuid) -> Result<(Uuid, MeetingStatus)> {
        let meeting = self.item_meeting(item)?;
        Ok((meeting, self.ensure_meeting_live(meeting)?))
    }

    /// "3.2" (GA 3, its second item), as a correction names an item.
    pub fn item_number(&self, item: Uuid) -> Result<String> {
        Ok(self.query_row(
            "SELECT m.number, i.position FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?1",
            [item],
            |r| Ok(format!("{}.{}", r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
        )?)
    }

    fn renumber(&self, meeting: Uuid, order: &[Uuid]) -> Result<()> {
        for (i, id) in order.iter().enumerate() {
            self.execute(
                "UPDATE agenda_items SET position = ?1, updated_at = ?2, revision = revision + 1
                 WHERE id = ?3 AND meeting_id = ?4 AND position <> ?1",
                params![i as i64 + 1, self.now, id, meeting],
            )?;
        }
        Ok(())
    }
}

impl Db {
    /// Adds an item at the end of a meeting's agenda. A report-back names its WG (and gets
    /// an empty report to fill in); a proposal item names its proposal, which is then on
    /// the agenda.
    pub fn add_agenda_item(&mut self, actor: Actor, input: &NewAgendaItem) -> Result<AgendaItem> {
        let ids = self.add_agenda_items(actor, std::slice::from_ref(input))?;
        self.agenda_item(ids[0])
    }

    /// Adds several items in one transaction: all of them, or none.
    pub fn add_agenda_items(
        &mut self,
        actor: Actor,
        inputs: &[NewAgendaItem],
    ) -> Result<Vec<Uuid>> {
        let checked = inputs
            .iter()
            .map(|i| self.check_item(i))
            .collect::<Result<Vec<_>>>()?;
        self.write(actor, |tx| {
            checked.iter().map(|c| insert_item(tx, c)).collect()
        })
    }

    /// Resolves and validates a new item, before any writing.
    fn check_item(&self, input: &NewAgendaItem) -> Result<CheckedItem> {
        let meeting = self.resolve_meeting(&input.meeting)?;
        let kind: ItemKind = input.kind.parse()?;
        let title = validate::line(crate::word!("field-title"), &input.title)?;
        if let Some(m) = input.allotted_minutes.filter(|m| *m <= 0 || *m > 24 * 60) {
            return Err(invalid!("agenda-bad-allotted-time", minutes = m));
        }
        let wg = input
            .wg
            .as_deref()
            .map(|w| self.resolve_wg(w))
            .transpose()?;
        let proposal = input
            .proposal
            .as_deref()
            .map(|p| self.resolve_proposal(p))
            .transpose()?;
        match (kind, wg, proposal) {
            (ItemKind::Proposal, _, None) => {
                return Err(invalid!("agenda-proposal-item-needs-proposal"))
            }
            (k, _, Some(_)) if k != ItemKind::Proposal => {
                return Err(invalid!(
                    "agenda-only-proposal-item-names-proposal",
                    kind = k.as_str()
                ))
            }
            _ => {}
        }
        Ok(CheckedItem {
            meeting,
            kind,
            title,
            allotted_minutes: input.allotted_minutes,
            wg,
            proposal,
        })
    }

    /// Moves an item to `position` (1-based) and renumbers the others.
    pub fn move_agenda_item(
        &mut self,
        actor: Actor,
        item: Uuid,
        position: i64,
    ) -> Result<Vec<AgendaItem>> {
        let meeting = self.write(actor, |tx| {
            let (meeting, _) = tx.ensure_item_live(item)?;
            let mut order: Vec<Uuid> = {
                let mut st = tx.prepare("SELECT id FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, created_at")?;
                let ids = st.query_map([meeting], |r| r.get(0))?;
                ids.collect::<rusqlite::Result<_>>()?
            };
            if position < 1 || position > order.len() as i64 {
                return Err(invalid!("agenda-position-outside", position = position, count = order.len()));
            }
            let from = order.iter().position(|i| *i == item).unwrap_or_default();
            let moved = order.remove(from);
            order.insert(position as usize - 1, moved);
            tx.renumber(meeting, &order)?;
            tx.journal("agenda.move", "agenda_items", item, Some(meeting), serde_json::json!({"from": from + 1, "to": position}))?;
            Ok(meeting)
        })?;
        self.agenda(meeting)
    }

    /// Removes an item that has not started yet (a mistake, a slot nobody wanted).
    pub fn remove_agenda_item(&mut self, actor: Actor, item: Uuid) -> Result<Vec<AgendaItem>> {
        let meeting = self.write(actor, |tx| {
            let (meeting, _) = tx.ensure_item_live(item)?;
            let (status, started): (ItemStatus, Option<DateTime<Utc>>) =
                tx.query_row("SELECT status, started_at FROM agenda_items WHERE id = ?1", [item], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if status != ItemStatus::Pending || started.is_some() {
                return Err(conflict!("agenda-remove-taken-up"));
            }
            tx.release_hearing(item)?;
            tx.execute("DELETE FROM report_backs WHERE agenda_item_id = ?1", [item])?;
            tx.execute("DELETE FROM announcements WHERE agenda_item_id = ?1", [item])?;
            tx.execute("DELETE FROM agenda_items WHERE id = ?1", [item])?;
            let order: Vec<Uuid> = {
                let mut st = tx.prepare("SELECT id FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, created_at")?;
                let ids = st.query_map([meeting], |r| r.get(0))?;
                ids.collect::<rusqlite::Result<_>>()?
            };
            tx.renumber(meeting, &order)?;
            tx.journal("agenda.remove", "agenda_items", item, Some(meeting), serde_json::json!({}))?;
            Ok(meeting)
        })?;
        self.agenda(meeting)
    }

    /// Takes up an item at the clock's time (see [`Db::start_item_at`]).
    pub fn start_item(&mut self, actor: Actor, item: Uuid) -> Result<AgendaItem> {
        self.start_item_at(actor, item, None)
    }

    /// Takes up an item: it becomes the active one (the meeting must be open). An item
    /// that was active is finished at the same moment: one item is active at a time. The
    /// time is `at` (local, on the meeting's date), or the clock's for a meeting held
    /// today, or unknown (`Tx::meeting_time`). With `at`, an item already taken up gets
    /// that start time — a correction when the meeting is closed.
    pub fn start_item_at(
        &mut self,
        actor: Actor,
        item: Uuid,
        at: Option<NaiveTime>,
    ) -> Result<AgendaItem> {
        self.write(actor, |tx| {
            let (meeting, how) = tx.ensure_item_writable(item)?;
            let ItemTimes {
                status: current,
                started,
                ended,
                opened,
            } = tx.item_times(item)?;
            let retime = at.is_some() && (how.is_correction() || matches!(current, ItemStatus::Active | ItemStatus::Done));
            if retime {
                let when = tx.meeting_time(meeting, at, opened)?;
                if let (Some(w), Some(e)) = (when, ended) {
                    if w > e {
                        return Err(invalid!("agenda-start-after-end", start = clock(when), end = clock(Some(e))));
                    }
                }
                let what = correction::of_item(&tx.item_number(item)?, "correction-item-started");
                tx.edit_item(item, Change::new("agenda_items", item, what, clock(started), clock(when)))?;
                tx.execute(
                    "UPDATE agenda_items SET started_at = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                    params![when, tx.now, item],
                )?;
                return tx.journal("agenda.start-time", "agenda_items", item, Some(meeting), serde_json::json!({"at": when}));
            }
            match how {
                Writable::Correction => return Err(conflict!("agenda-closed-start-needs-time")),
                Writable::Live(MeetingStatus::Open) => {}
                Writable::Live(_) => return Err(conflict!("agenda-meeting-not-open")),
            }
            if current == ItemStatus::Active {
                return Err(conflict!("agenda-item-already-active"));
            }
            if current == ItemStatus::Done {
                return Err(conflict!("agenda-item-already-done"));
            }
            let when = tx.meeting_time(meeting, at, opened)?;
            tx.execute(
                "UPDATE agenda_items SET status = 'done', ended_at = ?1, updated_at = ?2, revision = revision + 1
                 WHERE meeting_id = ?3 AND status = 'active'",
                params![when, tx.now, meeting],
            )?;
            tx.execute(
                "UPDATE agenda_items SET status = 'active', started_at = coalesce(started_at, ?1), ended_at = NULL,
                        updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![when, tx.now, item],
            )?;
            tx.journal("agenda.start", "agenda_items", item, Some(meeting), serde_json::json!({"from": current, "at": when}))
        })?;
        self.agenda_item(item)
    }

    /// Finishes the active item at the clock's time (see [`Db::finish_item_at`]).
    pub fn finish_item(&mut self, actor: Actor, item: Uuid) -> Result<AgendaItem> {
        self.finish_item_at(actor, item, None)
    }

    /// Finishes the active item, at `at` or the clock's time for a meeting held today, or
    /// an unknown time. With `at`, a finished item gets that end time — a correction when
    /// the meeting is closed.
    pub fn finish_item_at(
        &mut self,
        actor: Actor,
        item: Uuid,
        at: Option<NaiveTime>,
    ) -> Result<AgendaItem> {
        self.write(actor, |tx| {
            let (meeting, how) = tx.ensure_item_writable(item)?;
            let ItemTimes {
                status: current,
                started,
                ended,
                opened,
            } = tx.item_times(item)?;
            if how.is_correction() && at.is_none() {
                return Err(conflict!("agenda-closed-end-needs-time"));
            }
            let finishing = current == ItemStatus::Active;
            if !(finishing || at.is_some() && current == ItemStatus::Done) {
                return Err(conflict!("agenda-finish-not-active"));
            }
            let when = tx.meeting_time(meeting, at, started.or(opened))?;
            let what = correction::of_item(&tx.item_number(item)?, "correction-item-ended");
            tx.edit_item(item, Change::new("agenda_items", item, what, clock(ended), clock(when)))?;
            tx.execute(
                "UPDATE agenda_items SET status = 'done', ended_at = ?1, updated_at = ?2, revision = revision + 1
                 WHERE id = ?3",
                params![when, tx.now, item],
            )?;
            tx.journal(if finishing { "agenda.finish" } else { "agenda.end-time" }, "agenda_items", item, Some(meeting), serde_json::json!({"at": when}))
        })?;
        self.agenda_item(item)
    }

    /// Tables (defers) an item that is pending or under way. An item whose proposal is
    /// before the GA tables the proposal too, and then `reason` is required (the minutes
    /// print why it was tabled); for other items it may be empty.
    pub fn table_item(&mut self, actor: Actor, item: Uuid, reason: &str) -> Result<AgendaItem> {
        self.write(actor, |tx| {
            let (meeting, _) = tx.ensure_item_live(item)?;
            let current: ItemStatus = tx.query_row(
                "SELECT status FROM agenda_items WHERE id = ?1",
                [item],
                |r| r.get(0),
            )?;
            if !matches!(current, ItemStatus::Pending | ItemStatus::Active) {
                return Err(conflict!(
                    "agenda-table-finished",
                    status = current.as_str()
                ));
            }
            let when = tx.meeting_time(meeting, None, None)?;
            tx.execute(
                "UPDATE agenda_items SET status = 'tabled',
                        ended_at = CASE WHEN status = 'active' THEN ?1 ELSE ended_at END,
                        updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![when, tx.now, item],
            )?;
            Db::table_with_item(tx, item, reason)?;
            tx.journal(
                "agenda.table",
                "agenda_items",
                item,
                Some(meeting),
                serde_json::json!({"from": current}),
            )
        })?;
        self.agenda_item(item)
    }

    /// Sets the minute-taker's notes of an item.
    pub fn set_item_notes(&mut self, actor: Actor, item: Uuid, notes: &str) -> Result<AgendaItem> {
        let notes = validate::text(crate::word!("field-notes"), notes)?;
        self.write(actor, |tx| {
            let before: String = tx
                .query_row("SELECT notes FROM agenda_items WHERE id = ?1", [item], |r| r.get(0))
                .optional()?
                .ok_or_else(|| not_found!("item-not-found", id = item))?;
            let what = correction::of_item(&tx.item_number(item)?, "correction-item-notes");
            let meeting = tx.edit_item(item, Change::new("agenda_items", item, what, before, notes.clone()))?;
            tx.execute(
                "UPDATE agenda_items SET notes = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![notes, tx.now, item],
            )?;
            tx.journal("agenda.notes", "agenda_items", item, Some(meeting), serde_json::json!({"length": notes.len()}))
        })?;
        self.agenda_item(item)
    }

    pub fn agenda_item(&self, id: Uuid) -> Result<AgendaItem> {
        self.conn
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM {ITEM_FROM} WHERE i.id = ?1"),
                [id],
                item_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("item-not-found", id = id))
    }

    pub fn agenda(&self, meeting: Uuid) -> Result<Vec<AgendaItem>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS} FROM {ITEM_FROM} WHERE i.meeting_id = ?1 ORDER BY i.position"
        ))?;
        let rows = st.query_map([meeting], item_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Fills in (or corrects) the report-back of a report-back item: changes only the
    /// fields given, and refuses to blank a field that holds text unless that is meant
    /// (the field is listed in `clear`).
    pub fn record_report_back(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &ReportBackInput,
    ) -> Result<ReportBack> {
        for c in &input.clear {
            if !REPORT_BACK_FIELDS.contains(&c.as_str()) {
                return Err(invalid!(
                    "report-back-cannot-clear",
                    given = c,
                    fields = REPORT_BACK_FIELDS.join(", ")
                ));
            }
        }
        let cleared = |f: &str| input.clear.iter().any(|c| c == f);
        if input.wg.is_some()
            && input
                .on_behalf_of
                .as_deref()
                .is_some_and(|o| !o.trim().is_empty())
        {
            return Err(invalid!("report-back-wg-and-behalf"));
        }
        let text = |field: &str, v: &Option<String>| -> Result<Option<String>> {
            match v {
                Some(v) => Ok(Some(validate::text(field_word(field), v)?)),
                None if cleared(field) => Ok(Some(String::new())),
                None => Ok(None),
            }
        };
        let summary = text("summary", &input.summary)?;
        let asks = text("asks", &input.asks)?;
        let announcements = text("announcements", &input.announcements)?;
        let on_behalf_of = match &input.on_behalf_of {
            Some(o) => Some(validate::optional_line(
                crate::word!("field-on-behalf-of"),
                o,
            )?),
            None if cleared("on-behalf-of") => Some(String::new()),
            None => None,
        };
        let presenter = match &input.presenter {
            Some(p) => Some(validate::optional_line(crate::word!("field-presenter"), p)?),
            None if cleared("presenter") => Some(String::new()),
            None => None,
        };
        let wg = input
            .wg
            .as_deref()
            .map(|w| self.resolve_wg(w))
            .transpose()?;
        let current = self
            .report_back(item)?
            .ok_or_else(|| invalid!("report-back-not-one"))?;
        // Blanking a field that holds text must be meant.
        let mut blanked = Vec::new();
        for (field, new, old) in [
            ("summary", &summary, current.summary.as_str()),
            ("asks", &asks, current.asks.as_str()),
            (
                "announcements",
                &announcements,
                current.announcements.as_str(),
            ),
            ("on-behalf-of", &on_behalf_of, current.on_behalf_of.as_str()),
            (
                "presenter",
                &presenter,
                current.presenter_name.as_deref().unwrap_or(""),
            ),
        ] {
            if new.as_deref() == Some("") && !old.is_empty() && !cleared(field) {
                blanked.push(field);
            }
        }
        // "the summary and the asks": each field worded, joined from the last.
        let fields = blanked
            .iter()
            .rev()
            .map(|f| field_word(f))
            .reduce(|rest, first| {
                crate::word!("report-back-fields-and", first = first, rest = rest)
            });
        if let Some(fields) = fields {
            return Err(invalid!(
                "report-back-would-blank",
                fields = fields,
                count = blanked.len(),
                flags = blanked.join(" --clear ")
            ));
        }
        self.write(actor, |tx| {
            let presenter_id = match presenter.as_deref() {
                Some("") => Some(None),
                Some(p) => Some(Some(tx.person_by_name(p)?)),
                None => None,
            };
            // What the report-back will say, for the corrections of a closed GA.
            let keep = |new: &Option<String>, old: &str| new.clone().unwrap_or_else(|| old.to_string());
            let meeting = tx.report_back_corrections(
                item,
                presenter_id.unwrap_or(current.presenter_id),
                [
                    &keep(&summary, &current.summary),
                    &keep(&asks, &current.asks),
                    &keep(&announcements, &current.announcements),
                ],
            )?;
            if let Some(w) = wg {
                tx.ensure_own_wg(w, |name| not_allowed!("wg-foreign-report-back", name = name))?;
                tx.execute(
                    "UPDATE report_backs SET wg_id = ?1, on_behalf_of = '' WHERE agenda_item_id = ?2",
                    params![w, item],
                )?;
                tx.execute(
                    "UPDATE agenda_items SET wg_id = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                    params![w, tx.now, item],
                )?;
            }
            if let Some(o) = on_behalf_of.as_deref().filter(|o| !o.is_empty()) {
                tx.execute(
                    "UPDATE report_backs SET wg_id = NULL, on_behalf_of = ?1 WHERE agenda_item_id = ?2",
                    params![o, item],
                )?;
                tx.execute(
                    "UPDATE agenda_items SET wg_id = NULL, updated_at = ?1, revision = revision + 1 WHERE id = ?2 AND wg_id IS NOT NULL",
                    params![tx.now, item],
                )?;
            } else if on_behalf_of.is_some() {
                tx.execute("UPDATE report_backs SET on_behalf_of = '' WHERE agenda_item_id = ?1", [item])?;
            }
            tx.execute(
                "UPDATE report_backs SET
                        presenter_person_id = CASE WHEN ?1 THEN ?2 ELSE presenter_person_id END,
                        summary = coalesce(?3, summary), asks = coalesce(?4, asks),
                        announcements = coalesce(?5, announcements),
                        updated_at = ?6, revision = revision + 1
                 WHERE agenda_item_id = ?7",
                params![presenter_id.is_some(), presenter_id.flatten(), summary, asks, announcements, tx.now, item],
            )?;
            let given: Vec<&str> = [
                ("wg", wg.is_some()),
                ("on-behalf-of", on_behalf_of.is_some()),
                ("presenter", presenter.is_some()),
                ("summary", summary.is_some()),
                ("asks", asks.is_some()),
                ("announcements", announcements.is_some()),
            ]
            .into_iter()
            .filter_map(|(f, g)| g.then_some(f))
            .collect();
            tx.journal("report-back.record", "agenda_items", item, Some(meeting), serde_json::json!({"changed": given, "presenter": presenter_id.flatten()}))
        })?;
        self.report_back(item)?
            .ok_or_else(|| not_found!("report-back-not-found", item = item))
    }

    pub fn report_back(&self, item: Uuid) -> Result<Option<ReportBack>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "{REPORT_BACK_SELECT} WHERE rb.agenda_item_id = ?1"
            ))?
            .query_row([item], report_back_from_row)
            .optional()?)
    }

    /// The report-backs of a meeting's items, in agenda order.
    pub fn meeting_report_backs(&self, meeting: Uuid) -> Result<Vec<ReportBack>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{REPORT_BACK_SELECT} JOIN agenda_items i ON i.id = rb.agenda_item_id
             WHERE i.meeting_id = ?1 ORDER BY i.position"
        ))?;
        let rows = st.query_map([meeting], report_back_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// Checks the rule for a report-back's edit and, on a closed meeting, keeps one
    /// correction per field that changes. Returns the meeting.
    fn report_back_corrections(
        &self,
        item: Uuid,
        presenter: Option<Uuid>,
        texts: [&String; 3],
    ) -> Result<Uuid> {
        let (meeting, how) = self.ensure_item_writable(item)?;
        if !how.is_correction() {
            return Ok(meeting);
        }
        let Some(before) = self
            .query_row(
                "SELECT coalesce(p.name, ''), rb.summary, rb.asks, rb.announcements FROM report_backs rb
                 LEFT JOIN people p ON p.id = rb.presenter_person_id WHERE rb.agenda_item_id = ?1",
                [item],
                |r| Ok([r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?]),
            )
            .optional()?
        else {
            return Ok(meeting);
        };
        let presenter_name: String = match presenter {
            Some(p) => {
                self.query_row("SELECT name FROM people WHERE id = ?1", [p], |r| r.get(0))?
            }
            None => String::new(),
        };
        let number = self.item_number(item)?;
        let after = [&presenter_name, texts[0], texts[1], texts[2]];
        for (i, field) in [
            "correction-report-back-presenter",
            "correction-report-back-summary",
            "correction-report-back-asks",
            "correction-report-back-announcements",
        ]
        .iter()
        .enumerate()
        {
            let change = Change::new(
                "report_backs",
                item,
                correction::of_item(&number, field),
                before[i].clone(),
                after[i].clone(),
            );
            self.edit_meeting(meeting, if i == 0 { change.of_names() } else { change })?;
        }
        Ok(meeting)
    }
}

const REPORT_BACK_SELECT: &str =
    "SELECT rb.id, rb.origin, rb.agenda_item_id, rb.wg_id, w.name, rb.presenter_person_id, p.name,
            rb.summary, rb.asks, rb.announcements, rb.on_behalf_of
     FROM report_backs rb LEFT JOIN working_groups w ON w.id = rb.wg_id
     LEFT JOIN people p ON p.id = rb.presenter_person_id";

fn report_back_from_row(r: &rusqlite::Row) -> rusqlite::Result<ReportBack> {
    Ok(ReportBack {
        id: r.get(0)?,
        origin: r.get(1)?,
        agenda_item_id: r.get(2)?,
        wg_id: r.get(3)?,
        wg_name: r.get(4)?,
        presenter_id: r.get(5)?,
        presenter_name: r.get(6)?,
        summary: r.get(7)?,
        asks: r.get(8)?,
        announcements: r.get(9)?,
        on_behalf_of: r.get(10)?,
    })
}
