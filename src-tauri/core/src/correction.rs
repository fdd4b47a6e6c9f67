//! Changing a GA's record after the meeting: **the** rule that says how a change to a
//! meeting's record is made, the corrections it keeps, and the times a write-up gives.
//!
//! The rule ([`Tx::ensure_meeting_writable`]), in one place:
//! - a meeting that is planned or open: a plain edit;
//! - a closed meeting whose minutes are not approved: a **correction** — the change is
//!   made and kept (what, before, after, who, when) and the minutes list it;
//! - a closed meeting whose minutes are approved, or another assembly's meeting: refused.
//!
//! An edit action calls [`Tx::edit_meeting`] with what it changes (before and after, as
//! the minutes show them): one call checks the rule and, for a closed meeting, records
//! the correction. Live actions (the stack, taking up items, the steps of a hearing) call
//! [`Tx::ensure_meeting_live`] instead: they stay refused on a closed meeting.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::Tx;
use crate::decision::{Counts, Outcome, Sentences};
use crate::error::{Said, SaidArg};
use crate::i18n::Lang;
use crate::journal::Actor;
use crate::meeting::MeetingStatus;
use crate::{invalid, not_allowed, not_found, Db, Result};

/// How a change to a meeting's record is made, as [`Tx::ensure_meeting_writable`] decided.
#[must_use = "a correction must be recorded: use Tx::edit_meeting, or Tx::ensure_meeting_live for live actions"]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writable {
    /// Planned or open: a plain edit.
    Live(MeetingStatus),
    /// Closed, minutes not approved: a correction, kept and listed in the minutes.
    Correction,
}

impl Writable {
    pub fn is_correction(self) -> bool {
        self == Writable::Correction
    }
}

/// One change to a meeting's record, as the minutes' list of corrections shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The table and id of the changed record (for a report-back or an announcement,
    /// records of their agenda item: the item's id).
    pub table: &'static str,
    pub record: Uuid,
    /// What changed: "attendance", "item 3.2: started", "Facilitator added".
    pub what: Worded,
    /// The value before and after, as the minutes print it (empty text = nothing).
    pub before: Worded,
    pub after: Worded,
    /// `before` and `after` are people's names (redacted minutes replace them).
    pub names_person: bool,
}

impl Change {
    pub fn new(
        table: &'static str,
        record: Uuid,
        what: Said,
        before: impl Into<Worded>,
        after: impl Into<Worded>,
    ) -> Change {
        Change {
            table,
            record,
            what: Worded::Said(what),
            before: before.into(),
            after: after.into(),
            names_person: false,
        }
    }

    /// The same change, whose values are people's names.
    pub fn of_names(self) -> Change {
        Change {
            names_person: true,
            ..self
        }
    }
}

/// What a correction says — what changed, and its values — kept so that whoever reads it
/// words it in their language (issue 15): the minutes in the language they are written
/// in, the meeting view in the app's. Stored as JSON beside the English (migration 0030).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Worded {
    /// Words the same in every language: a name, notes as typed, a time ("19:05").
    Text { text: String },
    /// A message of `minutes.ftl` (`correction-…`, a rule's or a role's word) and its
    /// values.
    Said(Said),
    /// A decision's outcome and what the room counted, said by `decision::Sentences`.
    Decision(Counted),
}

/// A decision as a correction's value: what its "what the room counted" is said from
/// (the quorum and the limit are the rule's value, not this one's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counted {
    pub outcome: Outcome,
    pub rule: String,
    pub support: u32,
    pub against: u32,
    pub stand_asides: u32,
    pub blocks: u32,
    pub named_blocks: u32,
}

impl Worded {
    /// The words in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        match self {
            Worded::Text { text } => text.clone(),
            Worded::Said(said) => said.said_in(lang),
            Worded::Decision(d) => d.said_in(lang),
        }
    }

    /// As kept in the `*_said` columns: `None` for plain text (the English column is it).
    fn stored(&self) -> Option<String> {
        match self {
            Worded::Text { .. } => None,
            _ => serde_json::to_string(self).ok(),
        }
    }

    /// A kept value: its words when there are any (a row of a newer Plenary whose words
    /// this one cannot read, or one kept before 0030: the English as it was).
    fn read(english: String, stored: Option<String>) -> Worded {
        stored
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or(Worded::Text { text: english })
    }
}

impl From<String> for Worded {
    fn from(text: String) -> Worded {
        Worded::Text { text }
    }
}

impl From<&str> for Worded {
    fn from(text: &str) -> Worded {
        Worded::Text {
            text: text.to_string(),
        }
    }
}

impl From<Said> for Worded {
    fn from(said: Said) -> Worded {
        Worded::Said(said)
    }
}

impl Counted {
    /// "passed (30 support, 2 stand-asides)"; the counted sentence alone when it starts
    /// with the outcome ("blocked: …").
    fn said_in(&self, lang: Lang) -> String {
        let counts = Counts {
            support: self.support,
            against: self.against,
            stand_asides: self.stand_asides,
            blocks: self.blocks,
        };
        let sentences = Sentences::read(
            counts,
            &self.rule,
            None,
            None,
            self.outcome,
            self.named_blocks,
            Vec::new(),
        );
        let counted = sentences.counted(lang);
        let outcome = crate::decision::outcome_words(self.outcome, lang);
        if counted.starts_with(&outcome) {
            counted
        } else {
            crate::t!(
                lang,
                "correction-outcome",
                outcome = outcome,
                counted = counted
            )
        }
    }
}

/// What changed in an agenda item's record: "item 3.2: notes" (`what` is a
/// `correction-…` id without values).
pub fn of_item(item: &str, what: &str) -> Said {
    of_item_said(item, Said::new(what, []))
}

/// [`of_item`] with a `what` that has values ("item 3.2: friendly amendment by Ana").
pub fn of_item_said(item: &str, what: Said) -> Said {
    Said::new(
        "correction-of-item",
        [
            ("item", SaidArg::Text(item.to_string())),
            ("what", SaidArg::Said(what)),
        ],
    )
}

/// A kept correction, as the minutes and the meeting view list it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Correction {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub what: String,
    pub before: String,
    pub after: String,
    pub names_person: bool,
    /// The agenda item whose record was corrected (its notes, times, report-back,
    /// announcements, decision or amendments), so the meeting view shows the correction
    /// beside it; `None` for the meeting's own record (times, attendance, roles).
    pub item_id: Option<Uuid>,
    /// The role at the keyboard.
    pub actor: Actor,
    pub at: DateTime<Utc>,
}

impl Tx<'_> {
    /// **The** rule for changing a meeting's record (see the module's documentation).
    /// Refuses another assembly's meeting and a meeting whose minutes are approved.
    pub fn ensure_meeting_writable(&self, meeting: Uuid) -> Result<Writable> {
        meeting_writable(self, self.origin, meeting)
    }

    /// For live actions (the stack, taking up or tabling items, a hearing's steps): the
    /// meeting must not be closed. Returns its status (planned or open).
    pub fn ensure_meeting_live(&self, meeting: Uuid) -> Result<MeetingStatus> {
        match self.ensure_meeting_writable(meeting) {
            Ok(Writable::Live(s)) => Ok(s),
            Ok(Writable::Correction) => {
                let number: i64 = self.query_row(
                    "SELECT number FROM meetings WHERE id = ?1",
                    [meeting],
                    |r| r.get(0),
                )?;
                Err(not_allowed!("correction-meeting-closed", number = number))
            }
            Err(e) => Err(e),
        }
    }

    /// An edit of a meeting's record: checks the rule and, when the meeting is closed,
    /// keeps `change` as a correction (nothing is kept when before and after are equal).
    /// Call it before making the change, inside the same action.
    pub fn edit_meeting(&self, meeting: Uuid, change: Change) -> Result<()> {
        let how = self.ensure_meeting_writable(meeting)?;
        if how.is_correction() && change.before != change.after {
            self.prepare_cached(
                "INSERT INTO corrections (id, origin, meeting_id, record_table, record_id, what, before, after,
                                          what_said, before_said, after_said,
                                          names_person, actor, corrected_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?14)",
            )?
            .execute(params![
                self.new_id(),
                self.origin,
                meeting,
                change.table,
                change.record,
                change.what.said_in(Lang::En),
                change.before.said_in(Lang::En),
                change.after.said_in(Lang::En),
                change.what.stored(),
                change.before.stored(),
                change.after.stored(),
                change.names_person,
                self.actor,
                self.now
            ])?;
        }
        Ok(())
    }

    /// The time of something that happened at `meeting`. **The** rule for times: the
    /// clock is used only for a meeting held today; otherwise the time is the one given
    /// (`at`, local time on the meeting's date), or unknown (`None`, never printed). A
    /// time given that falls before `not_before` (a GA running past midnight) is taken
    /// on the next day.
    pub fn meeting_time(
        &self,
        meeting: Uuid,
        at: Option<NaiveTime>,
        not_before: Option<DateTime<Utc>>,
    ) -> Result<Option<DateTime<Utc>>> {
        let date: NaiveDate = self
            .prepare_cached("SELECT date FROM meetings WHERE id = ?1")?
            .query_row([meeting], |r| r.get(0))
            .optional()?
            .ok_or_else(|| not_found!("meeting-not-found", id = meeting))?;
        let Some(at) = at else {
            let today = self.now.with_timezone(&chrono::Local).date_naive();
            return Ok((today == date).then_some(self.now));
        };
        let mut t = local_to_utc(date, at)?;
        if let Some(floor) = not_before {
            if t < floor && t + chrono::Duration::days(1) >= floor {
                t += chrono::Duration::days(1);
            }
        }
        Ok(Some(t))
    }
}

/// `date` at `at` on this computer's clock, in UTC (the minutes print it back in local
/// time). A time that does not exist (a spring-forward gap) is refused.
fn local_to_utc(date: NaiveDate, at: NaiveTime) -> Result<DateTime<Utc>> {
    chrono::Local
        .from_local_datetime(&date.and_time(at))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| {
            invalid!(
                "correction-time-skipped",
                time = at.format("%H:%M").to_string(),
                date = date.to_string()
            )
        })
}

/// [`Tx::ensure_meeting_writable`] on any connection, for `local` (this assembly): the
/// meeting view asks it too, to say why a record is read-only before anyone edits.
pub(crate) fn meeting_writable(
    conn: &rusqlite::Connection,
    local: Uuid,
    meeting: Uuid,
) -> Result<Writable> {
    let (origin, number, status, approved_in): (Uuid, i64, MeetingStatus, Option<Uuid>) = conn
        .prepare_cached(
            "SELECT origin, number, status, minutes_approved_in FROM meetings WHERE id = ?1",
        )?
        .query_row([meeting], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?
        .ok_or_else(|| not_found!("meeting-not-found", id = meeting))?;
    crate::db::ensure_owned(crate::db::Owned::Ga(number), origin, local)?;
    if let Some(by) = approved_in {
        let by: i64 = conn
            .query_row("SELECT number FROM meetings WHERE id = ?1", [by], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or_default();
        return Err(not_allowed!(
            "correction-minutes-approved",
            number = number,
            by = by
        ));
    }
    Ok(match status {
        MeetingStatus::Closed => Writable::Correction,
        s => Writable::Live(s),
    })
}

/// A time of day as a person typed it, "HH:MM" or "H:MM" (24-hour).
pub fn parse_time(value: &str) -> Result<NaiveTime> {
    let hhmm = crate::meeting::parse_start_time(value)?
        .ok_or_else(|| invalid!("correction-time-needed"))?;
    NaiveTime::parse_from_str(&hhmm, "%H:%M")
        .map_err(|_| invalid!("correction-bad-time", time = value))
}

/// An optional time as typed: empty or absent → `None`.
pub fn parse_optional_time(value: Option<&str>) -> Result<Option<NaiveTime>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => parse_time(v).map(Some),
        None => Ok(None),
    }
}

impl Db {
    /// How `meeting`'s record may change now, or why it may not (the refusal's words):
    /// what the meeting view shows before anyone edits.
    pub fn meeting_writable(
        &self,
        meeting: Uuid,
    ) -> Result<std::result::Result<Writable, crate::error::Message>> {
        match meeting_writable(&self.conn, self.local_id()?, meeting) {
            Ok(w) => Ok(Ok(w)),
            Err(crate::Error::NotAllowed(why)) => Ok(Err(why)),
            Err(e) => Err(e),
        }
    }

    /// The corrections of a meeting, oldest first, in English.
    pub fn corrections(&self, meeting: Uuid) -> Result<Vec<Correction>> {
        self.corrections_in(meeting, Lang::En)
    }

    /// The corrections of a meeting, oldest first: what changed and its values said in
    /// `lang` (a correction kept before migration 0030 is its English).
    pub fn corrections_in(&self, meeting: Uuid, lang: Lang) -> Result<Vec<Correction>> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.id, c.meeting_id, c.what, c.before, c.after, c.names_person, c.actor, c.corrected_at,
                    CASE c.record_table
                        WHEN 'agenda_items' THEN c.record_id
                        WHEN 'report_backs' THEN c.record_id
                        WHEN 'announcements' THEN c.record_id
                        WHEN 'decisions' THEN (SELECT d.agenda_item_id FROM decisions d WHERE d.id = c.record_id)
                        WHEN 'amendments' THEN (SELECT a.agenda_item_id FROM amendments a WHERE a.id = c.record_id)
                    END,
                    c.what_said, c.before_said, c.after_said
             FROM corrections c WHERE c.meeting_id = ?1 ORDER BY c.corrected_at, c.rowid",
        )?;
        let rows = st.query_map([meeting], |r| {
            let word = |english: usize, stored: usize| -> rusqlite::Result<String> {
                Ok(Worded::read(r.get(english)?, r.get(stored)?).said_in(lang))
            };
            Ok(Correction {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                what: word(2, 9)?,
                before: word(3, 10)?,
                after: word(4, 11)?,
                names_person: r.get(5)?,
                actor: r.get(6)?,
                at: r.get(7)?,
                item_id: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A stored time as the minutes print it (local "HH:MM"), or "" when unknown: the
/// before/after of a corrected time.
pub fn clock(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.with_timezone(&chrono::Local).format("%H:%M").to_string())
        .unwrap_or_default()
}
