//! Meetings (GAs): number, date, place, roles, attendance, stack policy, and the
//! `planned → open → closed` lifecycle. A closed meeting takes corrections until its
//! minutes are approved (`correction.rs` has the rule).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::agenda::AgendaItem;
pub use crate::attendance::Attendance;
use crate::correction::{clock, Change, Correction, Worded, Writable};
use crate::error::{Said, SaidArg};
use crate::journal::Actor;
use crate::paging::{Listing, Order, Page, PageRequest};
use crate::refs::meeting_ref;
use crate::{conflict, invalid, not_found, text_enum, validate, Db, Result};

text_enum! {
    MeetingStatus, "meeting status" {
        Planned = "planned",
        Open = "open",
        Closed = "closed",
    }
}

text_enum! {
    /// How the `speak` band of a stack is ordered (ga-process.md, "The stack").
    StackPolicy, "stack policy" {
        Progressive = "progressive",
        Fifo = "fifo",
    }
}

text_enum! {
    /// How a meeting is run (ga-process.md, "Spokes council"): an open assembly, or a
    /// council where each WG sends one spoke, only spokes take the stack and the call
    /// for consensus counts one voice per WG. Part of the record: it travels with the
    /// meeting.
    MeetingFormat, "meeting format" {
        GeneralAssembly = "general-assembly",
        SpokesCouncil = "spokes-council",
    }
}

impl MeetingFormat {
    /// "general assembly", "spokes council".
    pub fn label(self) -> &'static str {
        match self {
            MeetingFormat::GeneralAssembly => "general assembly",
            MeetingFormat::SpokesCouncil => "spokes council",
        }
    }
}

/// A role at a meeting: an open list of words (ga-process.md, "Real GAs"). The usual
/// five are offered first; an assembly adds its own (stack reader, livestream, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, ts_rs::TS)]
#[ts(type = "string")]
pub struct MeetingRole(String);

impl Serialize for MeetingRole {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Read as typed by a person: checked and normalised like [`str::parse`].
impl<'de> Deserialize<'de> for MeetingRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl MeetingRole {
    /// The roles offered first, in the order minutes list them.
    pub const USUAL: &'static [&'static str] = &[
        "facilitator",
        "stack-keeper",
        "timekeeper",
        "minute-taker",
        "vibes-watcher",
    ];

    pub fn facilitator() -> MeetingRole {
        MeetingRole("facilitator".into())
    }
    pub fn stack_keeper() -> MeetingRole {
        MeetingRole("stack-keeper".into())
    }
    pub fn timekeeper() -> MeetingRole {
        MeetingRole("timekeeper".into())
    }
    pub fn minute_taker() -> MeetingRole {
        MeetingRole("minute-taker".into())
    }
    pub fn vibes_watcher() -> MeetingRole {
        MeetingRole("vibes-watcher".into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where the role comes in the minutes: the usual ones first, in their order.
    pub fn rank(&self) -> usize {
        Self::USUAL
            .iter()
            .position(|u| *u == self.0)
            .unwrap_or(Self::USUAL.len())
    }

    /// "Facilitator", "Stack reader"; with `n > 1`, "Facilitators".
    pub fn label(&self, n: usize) -> String {
        let mut chars = self.0.chars();
        let one: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        if n > 1 {
            format!("{one}s")
        } else {
            one
        }
    }
}

impl std::str::FromStr for MeetingRole {
    type Err = crate::Error;
    /// Any role word, one line, up to 60 characters; lower-cased with single spaces, and
    /// "stack keeper" read as the usual "stack-keeper".
    fn from_str(s: &str) -> Result<Self> {
        let v = validate::line(crate::word!("field-role"), s)?.to_lowercase();
        let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
        if v.chars().count() > 60 {
            return Err(invalid!("meeting-role-too-long", role = &v, max = 60));
        }
        let hyphenated = v.replace(' ', "-");
        if Self::USUAL.contains(&hyphenated.as_str()) {
            return Ok(MeetingRole(hyphenated));
        }
        Ok(MeetingRole(v))
    }
}

impl std::fmt::Display for MeetingRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl rusqlite::types::ToSql for MeetingRole {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::from(self.0.as_str()))
    }
}

impl rusqlite::types::FromSql for MeetingRole {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Ok(MeetingRole(v.as_str()?.to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Meeting {
    pub id: Uuid,
    pub origin: Uuid,
    /// `LDN-GA-39`.
    pub reference: String,
    pub number: i64,
    pub date: NaiveDate,
    pub place: String,
    pub attendance: Option<Attendance>,
    /// `attendance` as the minutes print it: "55", "50–60", "about 50".
    pub attendance_label: Option<String>,
    pub policy: StackPolicy,
    /// A general assembly or a spokes council.
    pub format: MeetingFormat,
    pub status: MeetingStatus,
    pub opened_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: i64,
    /// Planned start, local time "HH:MM" on `date` (None: not set).
    pub starts_at: Option<String>,
}

/// The filters of the list of GAs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct MeetingFilter {
    pub status: Option<MeetingStatus>,
    /// Held in this year.
    pub year: Option<i32>,
}

/// A person in a role at a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RoleHolder {
    pub role: MeetingRole,
    pub person_id: Uuid,
    pub name: String,
    /// Held from this time of the meeting ("stepped up at 20:10"), local "HH:MM".
    pub from: Option<String>,
    /// Held until this time ("stepped down at 20:10").
    pub until: Option<String>,
}

/// Someone in a role, with the times of a hand-over. Re-entering a holder changes only
/// the times given (`Some("")` clears one).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct RoleInput {
    pub role: String,
    pub name: String,
    pub from: Option<String>,
    pub until: Option<String>,
}

/// A meeting with its roles and agenda: what the meeting page shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub roles: Vec<RoleHolder>,
    pub agenda: Vec<AgendaItem>,
    /// Sum of the allotted minutes of the items not tabled.
    pub planned_minutes: i64,
    /// `starts_at` + `planned_minutes`, "HH:MM" (None without a start time).
    pub planned_end: Option<String>,
    /// Days `planned_end` lies after `date` (1 when the GA runs past midnight).
    pub planned_end_day: i64,
    /// Allotted minutes of the items still to take up (pending, not the one under way):
    /// with what is left of the item under way, how long the rest of the GA should take.
    pub pending_minutes: i64,
    /// The GA is closed and its minutes are not approved: every edit is kept as a
    /// correction and listed in the minutes (the app says so before saving).
    pub correcting: bool,
    /// Why the record can no longer change (approved minutes, another assembly's GA),
    /// in the words of the refusal; `None` when it can.
    pub read_only: Option<String>,
    /// The minutes are approved: the record no longer changes.
    pub minutes_approved: bool,
    /// Corrections made after the meeting closed, oldest first.
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewMeeting {
    /// YYYY-MM-DD.
    pub date: String,
    pub place: String,
    /// `progressive` (default) or `fifo`.
    pub policy: Option<String>,
    /// Defaults to one more than the assembly's highest GA number.
    pub number: Option<i64>,
    /// Planned start, "HH:MM" (24-hour, local time); empty or absent: not set.
    pub starts_at: Option<String>,
    /// `general-assembly` (default) or `spokes-council`.
    pub format: Option<String>,
}

/// A planned start time as a person typed it: "HH:MM" or "H:MM", 24-hour. Empty → None.
pub fn parse_start_time(value: &str) -> Result<Option<String>> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let parsed = v
        .split_once(':')
        .filter(|(h, m)| digits(h, 1..=2) && digits(m, 2..=2))
        .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))
        .filter(|(h, m)| *h < 24 && *m < 60);
    match parsed {
        Some((h, m)) => Ok(Some(format!("{h:02}:{m:02}"))),
        None => Err(invalid!("meeting-bad-start-time", time = v)),
    }
}

/// "HH:MM" plus minutes → ("HH:MM", days later).
fn add_minutes(start: &str, minutes: i64) -> Option<(String, i64)> {
    let t = chrono::NaiveTime::parse_from_str(start, "%H:%M").ok()?;
    let from_midnight = i64::from(chrono::Timelike::num_seconds_from_midnight(&t)) / 60 + minutes;
    let (day, m) = (
        from_midnight.div_euclid(1440),
        from_midnight.rem_euclid(1440),
    );
    Some((format!("{:02}:{:02}", m / 60, m % 60), day))
}

const MEETING_COLUMNS: &str =
    "m.id, m.origin, a.code, m.number, m.date, m.place, m.attendance, m.policy, m.status,
     m.opened_at, m.closed_at, m.created_at, m.updated_at, m.revision, m.starts_at,
     m.attendance_max, m.attendance_about, m.format";

fn meeting_from_row(r: &rusqlite::Row) -> rusqlite::Result<Meeting> {
    let code: String = r.get(2)?;
    let number: i64 = r.get(3)?;
    let attendance = r.get::<_, Option<i64>>(6)?.map(|count| Attendance {
        count,
        up_to: r.get(15).ok().flatten(),
        about: r.get(16).unwrap_or(false),
    });
    Ok(Meeting {
        id: r.get(0)?,
        origin: r.get(1)?,
        reference: meeting_ref(&code, number),
        number,
        date: r.get(4)?,
        place: r.get(5)?,
        attendance_label: attendance.map(|a| a.label()),
        attendance,
        policy: r.get(7)?,
        format: r.get(17)?,
        status: r.get(8)?,
        opened_at: r.get(9)?,
        closed_at: r.get(10)?,
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
        revision: r.get(13)?,
        starts_at: r.get(14)?,
    })
}

impl Db {
    pub fn new_meeting(&mut self, actor: Actor, input: &NewMeeting) -> Result<Meeting> {
        let date = validate::date(crate::word!("field-date"), &input.date)?;
        let place = validate::optional_line(crate::word!("field-place"), &input.place)?;
        let policy: StackPolicy = input.policy.as_deref().unwrap_or("progressive").parse()?;
        let format: MeetingFormat = input
            .format
            .as_deref()
            .filter(|f| !f.trim().is_empty())
            .unwrap_or("general-assembly")
            .trim()
            .parse()?;
        let starts_at = parse_start_time(input.starts_at.as_deref().unwrap_or(""))?;
        if let Some(n) = input.number.filter(|n| *n <= 0) {
            return Err(invalid!("meeting-bad-number", number = n));
        }
        let id = self.write(actor, |tx| {
            let number = match input.number {
                Some(n) => {
                    let taken: bool = tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM meetings WHERE origin = ?1 AND number = ?2)",
                        params![tx.origin, n],
                        |r| r.get(0),
                    )?;
                    if taken {
                        return Err(conflict!("meeting-number-taken", number = n));
                    }
                    n
                }
                None => tx.query_row(
                    "SELECT coalesce(max(number), 0) + 1 FROM meetings WHERE origin = ?1",
                    [tx.origin],
                    |r| r.get(0),
                )?,
            };
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO meetings (id, origin, number, date, place, policy, created_at, updated_at, starts_at, format)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9)",
                params![id, tx.origin, number, date, place, policy, tx.now, starts_at, format],
            )?;
            tx.journal("meeting.new", "meetings", id, Some(id), serde_json::json!({"number": number, "date": date, "starts_at": starts_at, "format": format}))?;
            Ok(id)
        })?;
        self.meeting(id)
    }

    /// `planned → open`, at the clock's time (see [`Db::open_meeting_at`]).
    pub fn open_meeting(&mut self, actor: Actor, id: Uuid) -> Result<Meeting> {
        self.open_meeting_at(actor, id, None)
    }

    /// `planned → open`. The opening time is `at` (local, on the meeting's date), or the
    /// clock's for a meeting held today, or unknown (`Tx::meeting_time`). With `at`, an
    /// open meeting's opening time is set, and a closed one's corrected.
    pub fn open_meeting_at(
        &mut self,
        actor: Actor,
        id: Uuid,
        at: Option<NaiveTime>,
    ) -> Result<Meeting> {
        self.write(actor, |tx| {
            let status = tx.ensure_meeting_writable(id)?;
            let (opened, closed): (Option<DateTime<Utc>>, Option<DateTime<Utc>>) = tx.query_row(
                "SELECT opened_at, closed_at FROM meetings WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if at.is_none() && status != Writable::Live(MeetingStatus::Planned) {
                return Err(if status.is_correction() {
                    conflict!("meeting-already-open-and-closed")
                } else {
                    conflict!("meeting-already-open")
                });
            }
            let when = tx.meeting_time(id, at, None)?;
            if let (Some(w), Some(c)) = (when, closed) {
                if w > c {
                    return Err(invalid!(
                        "meeting-opens-after-close",
                        opened = clock(Some(w)),
                        closed = clock(Some(c))
                    ));
                }
            }
            tx.edit_meeting(id, Change::new("meetings", id, Said::new("correction-opened", []), clock(opened), clock(when)))?;
            tx.execute(
                "UPDATE meetings SET status = CASE status WHEN 'planned' THEN 'open' ELSE status END,
                        opened_at = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![when, tx.now, id],
            )?;
            tx.journal("meeting.open", "meetings", id, Some(id), serde_json::json!({"at": when}))
        })?;
        self.meeting(id)
    }

    /// `open → closed`, at the clock's time (see [`Db::close_meeting_at`]).
    pub fn close_meeting(&mut self, actor: Actor, id: Uuid) -> Result<Meeting> {
        self.close_meeting_at(actor, id, None)
    }

    /// `open → closed`; from then on the meeting's record takes corrections only. The
    /// closing time follows the same rule as the opening's; with `at`, a closed
    /// meeting's closing time is corrected.
    pub fn close_meeting_at(
        &mut self,
        actor: Actor,
        id: Uuid,
        at: Option<NaiveTime>,
    ) -> Result<Meeting> {
        self.write(actor, |tx| {
            let status = tx.ensure_meeting_writable(id)?;
            if status == Writable::Live(MeetingStatus::Planned) {
                return Err(conflict!("meeting-not-open-yet"));
            }
            if status.is_correction() && at.is_none() {
                return Err(conflict!("meeting-already-closed"));
            }
            let (opened, closed): (Option<DateTime<Utc>>, Option<DateTime<Utc>>) = tx.query_row(
                "SELECT opened_at, closed_at FROM meetings WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let when = tx.meeting_time(id, at, opened)?;
            tx.edit_meeting(id, Change::new("meetings", id, Said::new("correction-closed", []), clock(closed), clock(when)))?;
            tx.execute(
                "UPDATE meetings SET status = 'closed', closed_at = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![when, tx.now, id],
            )?;
            if !status.is_correction() {
                tx.close_stacks(id)?;
            }
            tx.journal("meeting.close", "meetings", id, Some(id), serde_json::json!({"at": when}))
        })?;
        self.meeting(id)
    }

    /// Records attendance as typed: a count, a range or about a count ("55", "50-60",
    /// "~50"); empty clears it.
    pub fn set_attendance(&mut self, actor: Actor, id: Uuid, attendance: &str) -> Result<Meeting> {
        let a = Attendance::parse(attendance)?;
        self.write(actor, |tx| {
            let before: Option<Attendance> = tx
                .query_row(
                    "SELECT attendance, attendance_max, attendance_about FROM meetings WHERE id = ?1",
                    [id],
                    |r| {
                        Ok(r.get::<_, Option<i64>>(0)?.map(|count| Attendance {
                            count,
                            up_to: r.get(1).ok().flatten(),
                            about: r.get(2).unwrap_or(false),
                        }))
                    },
                )
                .optional()?
                .ok_or_else(|| not_found!("meeting-not-found", id = id))?;
            let show = |a: Option<Attendance>| a.map(attendance_worded).unwrap_or_else(|| "".into());
            tx.edit_meeting(id, Change::new("meetings", id, Said::new("correction-attendance", []), show(before), show(a)))?;
            tx.execute(
                "UPDATE meetings SET attendance = ?1, attendance_max = ?2, attendance_about = ?3,
                        updated_at = ?4, revision = revision + 1 WHERE id = ?5",
                params![
                    a.map(|a| a.count),
                    a.and_then(|a| a.up_to),
                    a.is_some_and(|a| a.about),
                    tx.now,
                    id
                ],
            )?;
            tx.journal(
                "meeting.attendance",
                "meetings",
                id,
                Some(id),
                serde_json::json!({"attendance": a.map(|a| a.label())}),
            )
        })?;
        self.meeting(id)
    }

    /// Sets (or, with an empty `starts_at`, clears) the planned start time, "HH:MM".
    pub fn set_meeting_start(
        &mut self,
        actor: Actor,
        id: Uuid,
        starts_at: &str,
    ) -> Result<Meeting> {
        let starts_at = parse_start_time(starts_at)?;
        self.write(actor, |tx| {
            let before: Option<String> = tx
                .query_row("SELECT starts_at FROM meetings WHERE id = ?1", [id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| not_found!("meeting-not-found", id = id))?;
            let after = starts_at.clone().unwrap_or_default();
            tx.edit_meeting(id, Change::new("meetings", id, Said::new("correction-planned-start", []), before.unwrap_or_default(), after))?;
            tx.execute(
                "UPDATE meetings SET starts_at = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![starts_at, tx.now, id],
            )?;
            tx.journal("meeting.start-time", "meetings", id, Some(id), serde_json::json!({"starts_at": starts_at}))
        })?;
        self.meeting(id)
    }

    /// Puts a person (by name, created if new) in a role at a meeting.
    pub fn assign_role(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        role: MeetingRole,
        name: &str,
    ) -> Result<Vec<RoleHolder>> {
        self.hold_role(
            actor,
            meeting,
            &RoleInput {
                role: role.to_string(),
                name: name.to_string(),
                ..RoleInput::default()
            },
        )
    }

    /// Puts a person in a role, from and until the times given (a hand-over during the
    /// meeting: "stepped down at 20:10; Evan stepped up"). For someone already in that
    /// role, changes only the times given; with no time given, that is a conflict.
    pub fn hold_role(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        input: &RoleInput,
    ) -> Result<Vec<RoleHolder>> {
        let role: MeetingRole = input.role.parse()?;
        let time = |t: &Option<String>| t.as_deref().map(parse_start_time).transpose();
        let (from, until) = (time(&input.from)?, time(&input.until)?);
        if let (Some(Some(f)), Some(Some(u))) = (&from, &until) {
            if u < f {
                return Err(invalid!("meeting-role-ends-before", from = f, until = u));
            }
        }
        self.write(actor, |tx| {
            let person = tx.person_by_name(&input.name)?;
            let name: String = tx.query_row("SELECT name FROM people WHERE id = ?1", [person], |r| r.get(0))?;
            let held: Option<(Uuid, Option<String>, Option<String>)> = tx
                .query_row(
                    "SELECT id, from_time, until_time FROM meeting_roles WHERE meeting_id = ?1 AND role = ?2 AND person_id = ?3",
                    params![meeting, role, person],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let held_by = |f: &Option<String>, u: &Option<String>| role_holder(&name, f.as_deref(), u.as_deref());
            match held {
                None => {
                    let (f, u) = (from.clone().flatten(), until.clone().flatten());
                    // A bare name is labelled as a name when redacted; with times, the
                    // name is replaced inside the text.
                    let change = Change::new("meeting_roles", person, role_change("correction-role-added", &role), "", held_by(&f, &u));
                    tx.edit_meeting(meeting, if f.is_none() && u.is_none() { change.of_names() } else { change })?;
                    tx.execute(
                        "INSERT INTO meeting_roles (id, origin, meeting_id, role, person_id, from_time, until_time, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                        params![tx.new_id(), tx.origin, meeting, role, person, from.clone().flatten(), until.clone().flatten(), tx.now],
                    )?;
                }
                Some(_) if from.is_none() && until.is_none() => {
                    return Err(conflict!(
                        "meeting-role-already-held",
                        name = input.name.trim(),
                        role = role.as_str()
                    ));
                }
                Some((id, old_from, old_until)) => {
                    let from = from.clone().unwrap_or(old_from.clone());
                    let until = until.clone().unwrap_or(old_until.clone());
                    tx.edit_meeting(
                        meeting,
                        Change::new(
                            "meeting_roles",
                            id,
                            role_change("correction-role-times", &role),
                            held_by(&old_from, &old_until),
                            held_by(&from, &until),
                        ),
                    )?;
                    if let (Some(f), Some(u)) = (&from, &until) {
                        if u < f {
                            return Err(invalid!("meeting-role-ends-before", from = f, until = u));
                        }
                    }
                    tx.execute(
                        "UPDATE meeting_roles SET from_time = ?1, until_time = ?2, updated_at = ?3, revision = revision + 1 WHERE id = ?4",
                        params![from, until, tx.now, id],
                    )?;
                }
            }
            tx.journal("meeting.role", "meetings", meeting, Some(meeting), serde_json::json!({"role": role, "person": person, "from": from, "until": until}))
        })?;
        self.roles(meeting)
    }

    pub fn unassign_role(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        role: MeetingRole,
        person: Uuid,
    ) -> Result<Vec<RoleHolder>> {
        self.write(actor, |tx| {
            let name: String = tx
                .query_row("SELECT name FROM people WHERE id = ?1", [person], |r| {
                    r.get(0)
                })
                .optional()?
                .ok_or_else(|| not_found!("person-not-found", id = person))?;
            tx.edit_meeting(
                meeting,
                Change::new(
                    "meeting_roles",
                    person,
                    role_change("correction-role-removed", &role),
                    name,
                    "",
                )
                .of_names(),
            )?;
            let gone = tx.execute(
                "DELETE FROM meeting_roles WHERE meeting_id = ?1 AND role = ?2 AND person_id = ?3",
                params![meeting, role, person],
            )?;
            if gone == 0 {
                return Err(not_found!("meeting-role-not-held", role = role.as_str()));
            }
            tx.journal(
                "meeting.unrole",
                "meetings",
                meeting,
                Some(meeting),
                serde_json::json!({"role": role, "person": person}),
            )
        })?;
        self.roles(meeting)
    }

    pub fn meeting(&self, id: Uuid) -> Result<Meeting> {
        // Cached statements: minutes and bundles read many meetings in a row.
        self.conn
            .prepare_cached(&format!(
                "SELECT {MEETING_COLUMNS} FROM meetings m JOIN assemblies a ON a.id = m.origin WHERE m.id = ?1"
            ))?
            .query_row([id], meeting_from_row)
            .optional()?
            .ok_or_else(|| not_found!("meeting-not-found", id = id))
    }

    /// The local assembly's meetings, newest first.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {MEETING_COLUMNS} FROM meetings m JOIN assemblies a ON a.id = m.origin
             WHERE m.origin = ?1 ORDER BY m.date DESC, m.number DESC"
        ))?;
        let rows = st.query_map([self.local_id()?], meeting_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The meetings of every assembly known here — this one's and those imported from
    /// bundles — grouped by assembly (this one first, then by code), newest first in each.
    pub fn all_meetings(&self) -> Result<Vec<Meeting>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {MEETING_COLUMNS} FROM meetings m JOIN assemblies a ON a.id = m.origin
             ORDER BY a.is_local DESC, a.code, a.id, m.date DESC, m.number DESC"
        ))?;
        let rows = st.query_map([], meeting_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A window of the local assembly's meetings, newest first (date, then number).
    pub fn meetings_page(
        &self,
        filter: &MeetingFilter,
        req: &PageRequest,
    ) -> Result<Page<Meeting>> {
        let list = Listing::new(
            MEETING_COLUMNS,
            "meetings m JOIN assemblies a ON a.id = m.origin",
            Order {
                keys: &["m.date", "m.number", "m.id"],
                descending: true,
            },
        )
        .filter("m.origin = ?", self.local_id()?)
        .filter_opt("m.status = ?", filter.status.map(|s| s.to_string()))
        .filter_opt(
            "substr(m.date, 1, 4) = ?",
            filter.year.map(|y| format!("{y:04}")),
        );
        self.page(&list, req, meeting_from_row)
    }

    /// The local assembly's GAs still to be held or under way (not closed), soonest
    /// first: the dashboard's "upcoming".
    pub fn upcoming_meetings(&self, req: &PageRequest) -> Result<Page<Meeting>> {
        let list = Listing::new(
            MEETING_COLUMNS,
            "meetings m JOIN assemblies a ON a.id = m.origin",
            Order {
                keys: &["m.date", "m.number", "m.id"],
                descending: false,
            },
        )
        .filter("m.origin = ?", self.local_id()?)
        .filter("m.status <> ?", MeetingStatus::Closed.to_string());
        self.page(&list, req, meeting_from_row)
    }

    pub fn roles(&self, meeting: Uuid) -> Result<Vec<RoleHolder>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.role, p.id, p.name, r.from_time, r.until_time FROM meeting_roles r JOIN people p ON p.id = r.person_id
             WHERE r.meeting_id = ?1
             ORDER BY coalesce(r.from_time, ''), r.created_at",
        )?;
        let rows = st.query_map([meeting], |r| {
            Ok(RoleHolder {
                role: r.get(0)?,
                person_id: r.get(1)?,
                name: r.get(2)?,
                from: r.get(3)?,
                until: r.get(4)?,
            })
        })?;
        let mut holders: Vec<RoleHolder> = rows.collect::<rusqlite::Result<_>>()?;
        // The usual roles first, in their order; the assembly's own after, by name.
        holders.sort_by(|a, b| (a.role.rank(), &a.role).cmp(&(b.role.rank(), &b.role)));
        Ok(holders)
    }

    pub fn meeting_detail(&self, id: Uuid) -> Result<MeetingDetail> {
        self.meeting_detail_in(id, crate::i18n::Lang::En)
    }

    /// [`Db::meeting_detail`], why the record is read-only (if it is) said in `lang`.
    pub fn meeting_detail_in(&self, id: Uuid, lang: crate::i18n::Lang) -> Result<MeetingDetail> {
        let meeting = self.meeting(id)?;
        let agenda = self.agenda(id)?;
        let planned_minutes = agenda
            .iter()
            .filter(|i| i.status != crate::agenda::ItemStatus::Tabled)
            .filter_map(|i| i.allotted_minutes)
            .sum();
        let pending_minutes = agenda
            .iter()
            .filter(|i| i.status == crate::agenda::ItemStatus::Pending)
            .filter_map(|i| i.allotted_minutes)
            .sum();
        let end = meeting
            .starts_at
            .as_deref()
            .and_then(|s| add_minutes(s, planned_minutes));
        let minutes_approved = matches!(
            self.minutes_status(id)?,
            crate::minutes::approval::MinutesStatus::Approved { .. }
        );
        let writable = self.meeting_writable(id)?;
        Ok(MeetingDetail {
            correcting: writable == Ok(crate::correction::Writable::Correction),
            read_only: writable.err().map(|why| why.said_in(lang)),
            minutes_approved,
            corrections: self.corrections_in(id, lang)?,
            roles: self.roles(id)?,
            meeting,
            agenda,
            planned_minutes,
            planned_end_day: end.as_ref().map_or(0, |e| e.1),
            planned_end: end.map(|e| e.0),
            pending_minutes,
        })
    }
}

/// The attendance as a correction keeps it: "about 50" said in the reader's language,
/// a number or a range as it is.
fn attendance_worded(a: Attendance) -> Worded {
    match (a.up_to, a.about) {
        (None, true) => Said::new("attendance-about", [("n", SaidArg::Num(a.count))]).into(),
        _ => a.label().into(),
    }
}

/// A role's word in a correction: a usual role's in the reader's language ("Facilitator"),
/// an assembly's own as typed.
fn role_word(role: &MeetingRole) -> SaidArg {
    if MeetingRole::USUAL.contains(&role.as_str()) {
        SaidArg::Said(Said::new(
            &format!("role-{}", role.as_str()),
            [("n", SaidArg::Num(1))],
        ))
    } else {
        SaidArg::Text(role.label(1))
    }
}

/// "Facilitator added", "Stack-keeper times".
fn role_change(what: &str, role: &MeetingRole) -> Said {
    Said::new(what, [("role", role_word(role))])
}

/// Who held a role, with the times they held it: "Evan", "Evan (from 19:30)".
fn role_holder(name: &str, from: Option<&str>, until: Option<&str>) -> Worded {
    let t = |s: &str| SaidArg::Text(s.to_string());
    match (from, until) {
        (None, None) => name.into(),
        (Some(f), None) => {
            Said::new("correction-role-from", [("name", t(name)), ("from", t(f))]).into()
        }
        (None, Some(u)) => Said::new(
            "correction-role-until",
            [("name", t(name)), ("until", t(u))],
        )
        .into(),
        (Some(f), Some(u)) => Said::new(
            "correction-role-between",
            [("name", t(name)), ("from", t(f)), ("until", t(u))],
        )
        .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_times() {
        assert_eq!(
            parse_start_time(" 18:30 ").unwrap().as_deref(),
            Some("18:30")
        );
        assert_eq!(parse_start_time("9:05").unwrap().as_deref(), Some("09:05"));
        assert_eq!(parse_start_time("").unwrap(), None);
        for bad in ["24:00", "18:60", "1830", "18:30:00", "6pm", "18:3", "-1:00"] {
            let e = parse_start_time(bad).unwrap_err().to_string();
            assert!(e.contains("HH:MM"), "{bad}: {e}");
        }
    }

    #[test]
    fn planned_end_wraps_past_midnight() {
        assert_eq!(add_minutes("18:30", 150), Some(("21:00".into(), 0)));
        assert_eq!(add_minutes("22:45", 90), Some(("00:15".into(), 1)));
        assert_eq!(add_minutes("08:00", 0), Some(("08:00".into(), 0)));
    }
}
