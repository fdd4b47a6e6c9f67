//! The spokes council (ga-process.md, "Spokes council"): a meeting format in which each
//! working group (or caucus) sends one spoke, rotating from meeting to meeting; only
//! spokes take the stack, speaking for their WG; a spoke may call a timed consult break
//! for the groups to talk among themselves; and the call for consensus and the vote
//! count one voice per WG (the rule is `decision::check_council`, recorded by
//! `Db::record_council_decision`).
//!
//! Here: choosing a WG's spoke for a meeting (a new one ends the previous one's turn; both
//! stay in the record), consult breaks with their times, and the council's view model.
//! The stack asks [`spoke_for`] whether a person may take it.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use crate::db::Tx;
use crate::journal::Actor;
use crate::meeting::MeetingFormat;
use crate::refs::item_ref;
use crate::{conflict, invalid, not_found, validate, Db, Result};

/// The longest consult break one can call, in minutes: a consult is "a few minutes".
pub const MAX_BREAK_MINUTES: u32 = 30;

/// A WG's spoke at a meeting, for as long as they spoke for it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Spoke {
    pub wg_id: Uuid,
    pub wg: String,
    pub person_id: Uuid,
    pub name: String,
    pub from: DateTime<Utc>,
    /// When another spoke took over for the WG; `None` while this one speaks for it.
    pub until: Option<DateTime<Utc>>,
}

/// A consult break a spoke called.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ConsultBreak {
    pub id: Uuid,
    /// The WG whose spoke called it.
    pub wg: String,
    /// The spoke who called it.
    pub called_by: String,
    /// How long it was to last.
    pub minutes: u32,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    /// The item under way then (`LDN-GA-39.3`), if any.
    pub item_reference: Option<String>,
    /// Time since it started at the view's `as_of` (to its end once ended).
    pub elapsed_ms: i64,
    /// `minutes − elapsed`, negative once over time.
    pub remaining_ms: i64,
}

/// A working group at the council: its current spoke, if it has sent one.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CouncilWg {
    pub wg_id: Uuid,
    pub name: String,
    pub spoke: Option<String>,
}

/// What meeting mode and the minutes show of a meeting's format.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Council {
    pub meeting_id: Uuid,
    pub format: MeetingFormat,
    /// "general assembly", "spokes council".
    pub format_label: String,
    /// The working groups that may send a spoke (not dissolved), by name, each with its
    /// current spoke.
    pub wgs: Vec<CouncilWg>,
    /// Every spoke of the meeting, by WG and then in turn (those replaced included).
    pub spokes: Vec<Spoke>,
    /// The consult break under way, if any.
    pub consult_break: Option<ConsultBreak>,
    /// Every consult break of the meeting, in order.
    pub breaks: Vec<ConsultBreak>,
    /// When this view was made: the break's timer runs from `elapsed_ms` at this moment.
    pub as_of: DateTime<Utc>,
}

/// The WG `person` speaks for at `meeting` now, if they are one of its spokes.
pub(crate) fn spoke_for(
    conn: &Connection,
    meeting: Uuid,
    person: Uuid,
) -> Result<Option<(Uuid, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.wg_id, w.name FROM spokes s JOIN working_groups w ON w.id = s.wg_id
             WHERE s.meeting_id = ?1 AND s.person_id = ?2 AND s.until_at IS NULL",
        )?
        .query_row([meeting, person], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// A meeting's number and format.
pub(crate) fn format_of(conn: &Connection, meeting: Uuid) -> Result<(i64, MeetingFormat)> {
    conn.prepare_cached("SELECT number, format FROM meetings WHERE id = ?1")?
        .query_row([meeting], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| not_found!("meeting-not-found", id = meeting))
}

/// What only a spokes council has (the code is the refusal's selector in errors.ftl).
#[derive(Clone, Copy)]
enum CouncilOnly {
    Spokes,
    ConsultBreaks,
}

/// Refuses what only a spokes council has, on a general assembly.
fn ensure_council(tx: &Tx, meeting: Uuid, what: CouncilOnly) -> Result<i64> {
    tx.ensure_meeting_live(meeting)?;
    match format_of(tx, meeting)? {
        (n, MeetingFormat::SpokesCouncil) => Ok(n),
        (n, MeetingFormat::GeneralAssembly) => Err(match what {
            CouncilOnly::Spokes => invalid!("spokes-assembly-no-spokes", number = n),
            CouncilOnly::ConsultBreaks => invalid!("spokes-assembly-no-breaks", number = n),
        }),
    }
}

fn spokes(conn: &Connection, meeting: Uuid) -> Result<Vec<Spoke>> {
    let mut st = conn.prepare_cached(
        "SELECT s.wg_id, w.name, s.person_id, p.name, s.from_at, s.until_at
         FROM spokes s JOIN working_groups w ON w.id = s.wg_id JOIN people p ON p.id = s.person_id
         WHERE s.meeting_id = ?1 ORDER BY w.name COLLATE NOCASE, s.from_at, s.rowid",
    )?;
    let rows = st.query_map([meeting], |r| {
        Ok(Spoke {
            wg_id: r.get(0)?,
            wg: r.get(1)?,
            person_id: r.get(2)?,
            name: r.get(3)?,
            from: r.get(4)?,
            until: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn breaks(conn: &Connection, meeting: Uuid, as_of: DateTime<Utc>) -> Result<Vec<ConsultBreak>> {
    let mut st = conn.prepare_cached(
        "SELECT b.id, w.name, p.name, b.minutes, b.started_at, b.ended_at, a.code, m.number, i.position
         FROM consult_breaks b JOIN working_groups w ON w.id = b.wg_id JOIN people p ON p.id = b.person_id
         JOIN meetings m ON m.id = b.meeting_id JOIN assemblies a ON a.id = m.origin
         LEFT JOIN agenda_items i ON i.id = b.agenda_item_id
         WHERE b.meeting_id = ?1 ORDER BY b.started_at, b.rowid",
    )?;
    let rows = st.query_map([meeting], |r| {
        let started_at: DateTime<Utc> = r.get(4)?;
        let ended_at: Option<DateTime<Utc>> = r.get(5)?;
        let minutes: u32 = r.get(3)?;
        let code: String = r.get(6)?;
        let number: i64 = r.get(7)?;
        let position: Option<i64> = r.get(8)?;
        let elapsed_ms = (ended_at.unwrap_or(as_of) - started_at)
            .num_milliseconds()
            .max(0);
        Ok(ConsultBreak {
            id: r.get(0)?,
            wg: r.get(1)?,
            called_by: r.get(2)?,
            minutes,
            started_at,
            ended_at,
            item_reference: position.map(|p| item_ref(&code, number, p)),
            elapsed_ms,
            remaining_ms: i64::from(minutes) * 60_000 - elapsed_ms,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Db {
    /// The council of a meeting: its format, its WGs and their spokes, its consult
    /// breaks. For a general assembly, the format with empty lists.
    pub fn council(&self, meeting: Uuid) -> Result<Council> {
        let as_of = self.now();
        let (_, format) = format_of(&self.conn, meeting)?;
        let spokes = spokes(&self.conn, meeting)?;
        let wgs = if format == MeetingFormat::SpokesCouncil {
            let mut st = self.conn.prepare_cached(
                "SELECT w.id, w.name FROM working_groups w JOIN meetings m ON m.origin = w.origin
                 WHERE m.id = ?1 AND w.status <> 'dissolved' ORDER BY w.name COLLATE NOCASE",
            )?;
            let rows = st.query_map([meeting], |r| {
                Ok((r.get::<_, Uuid>(0)?, r.get::<_, String>(1)?))
            })?;
            rows.map(|row| {
                let (wg_id, name) = row?;
                let spoke = spokes
                    .iter()
                    .find(|s| s.wg_id == wg_id && s.until.is_none())
                    .map(|s| s.name.clone());
                Ok(CouncilWg { wg_id, name, spoke })
            })
            .collect::<Result<_>>()?
        } else {
            Vec::new()
        };
        let breaks = breaks(&self.conn, meeting, as_of)?;
        Ok(Council {
            meeting_id: meeting,
            format,
            format_label: format.label().into(),
            wgs,
            spokes,
            consult_break: breaks.iter().find(|b| b.ended_at.is_none()).cloned(),
            breaks,
            as_of,
        })
    }

    /// Makes `name` (created if new to the assembly) the spoke of working group `wg` (its
    /// name or id) at a spokes council. A WG has one spoke at a time: a new one ends the
    /// previous one's turn, and both stay in the record. A person speaks for one WG.
    pub fn set_spoke(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        wg: &str,
        name: &str,
    ) -> Result<Spoke> {
        let name = validate::line(crate::word!("field-name"), name)?;
        let wg_text = validate::line(crate::word!("field-working-group"), wg)?;
        self.write(actor, |tx| {
            let number = ensure_council(tx, meeting, CouncilOnly::Spokes)?;
            let found: Option<(Uuid, String, String)> = match Uuid::parse_str(&wg_text) {
                Ok(id) => tx
                    .prepare_cached("SELECT id, name, status FROM working_groups WHERE origin = ?1 AND id = ?2")?
                    .query_row(params![tx.origin, id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .optional()?,
                Err(_) => tx
                    .prepare_cached(
                        "SELECT id, name, status FROM working_groups WHERE origin = ?1 AND name = ?2 COLLATE NOCASE",
                    )?
                    .query_row(params![tx.origin, wg_text], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .optional()?,
            };
            let (wg, wg_name, status) = found.ok_or_else(|| {
                not_found!("spokes-no-such-wg", wg = &wg_text)
            })?;
            if status == "dissolved" {
                return Err(conflict!("spokes-wg-dissolved", wg = &wg_name));
            }
            let person = tx.person_by_name(&name)?;
            let name: String = tx.query_row("SELECT name FROM people WHERE id = ?1", [person], |r| r.get(0))?;
            match spoke_for(tx, meeting, person)? {
                Some((w, _)) if w == wg => {
                    return Err(conflict!(
                        "spokes-already-spoke",
                        name = &name,
                        wg = &wg_name,
                        number = number
                    ))
                }
                Some((_, other)) => {
                    return Err(conflict!(
                        "spokes-speaks-for-other",
                        name = &name,
                        other = &other,
                        number = number
                    ))
                }
                None => {}
            }
            let before: Option<(Uuid, String)> = tx
                .prepare_cached(
                    "SELECT s.id, p.name FROM spokes s JOIN people p ON p.id = s.person_id
                     WHERE s.meeting_id = ?1 AND s.wg_id = ?2 AND s.until_at IS NULL",
                )?
                .query_row([meeting, wg], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((id, _)) = &before {
                tx.prepare_cached(
                    "UPDATE spokes SET until_at = ?1, updated_at = ?1, revision = revision + 1 WHERE id = ?2",
                )?
                .execute(params![tx.now, id])?;
            }
            let id = tx.new_id();
            tx.prepare_cached(
                "INSERT INTO spokes (id, origin, meeting_id, wg_id, person_id, from_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
            )?
            .execute(params![id, tx.origin, meeting, wg, person, tx.now])?;
            tx.journal(
                "meeting.spoke",
                "spokes",
                id,
                Some(meeting),
                serde_json::json!({"wg": wg, "person": person, "replaces": before.as_ref().map(|(_, n)| n)}),
            )?;
            Ok(Spoke {
                wg_id: wg,
                wg: wg_name,
                person_id: person,
                name,
                from: tx.now,
                until: None,
            })
        })
    }

    /// A consult break called by the spoke `by` (their name), to last `minutes` (1 to
    /// [`MAX_BREAK_MINUTES`]). One break at a time; the item under way, if any, is noted.
    pub fn call_consult_break(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        by: &str,
        minutes: u32,
    ) -> Result<ConsultBreak> {
        let by = validate::line(crate::word!("field-break-spoke"), by)?;
        if !(1..=MAX_BREAK_MINUTES).contains(&minutes) {
            return Err(invalid!(
                "spokes-break-length",
                minutes = minutes,
                max = MAX_BREAK_MINUTES
            ));
        }
        let id = self.write(actor, |tx| {
            let number = ensure_council(tx, meeting, CouncilOnly::ConsultBreaks)?;
            let person: Option<(Uuid, String)> = tx
                .prepare_cached("SELECT id, name FROM people WHERE origin = ?1 AND name = ?2 COLLATE NOCASE")?
                .query_row(params![tx.origin, by], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let spoke = match &person {
                Some((p, _)) => spoke_for(tx, meeting, *p)?,
                None => None,
            };
            let (Some((person, name)), Some((wg, _))) = (person, spoke) else {
                return Err(conflict!("spokes-break-not-a-spoke", name = &by, number = number));
            };
            let under_way: Option<String> = tx
                .prepare_cached(
                    "SELECT w.name FROM consult_breaks b JOIN working_groups w ON w.id = b.wg_id
                     WHERE b.meeting_id = ?1 AND b.ended_at IS NULL",
                )?
                .query_row([meeting], |r| r.get(0))
                .optional()?;
            if let Some(w) = under_way {
                return Err(conflict!("spokes-break-under-way", wg = &w, number = number));
            }
            let active: Vec<Uuid> = tx
                .prepare_cached("SELECT id FROM agenda_items WHERE meeting_id = ?1 AND status = 'active' LIMIT 2")?
                .query_map([meeting], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let item = match active.as_slice() {
                [one] => Some(*one),
                _ => None,
            };
            let id = tx.new_id();
            tx.prepare_cached(
                "INSERT INTO consult_breaks (id, origin, meeting_id, agenda_item_id, wg_id, person_id, minutes, started_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8)",
            )?
            .execute(params![id, tx.origin, meeting, item, wg, person, minutes, tx.now])?;
            tx.journal(
                "meeting.consult",
                "consult_breaks",
                id,
                Some(meeting),
                serde_json::json!({"wg": wg, "by": name, "minutes": minutes, "item": item}),
            )?;
            Ok(id)
        })?;
        self.consult_break(meeting, id)
    }

    /// Ends the consult break under way.
    pub fn end_consult_break(&mut self, actor: Actor, meeting: Uuid) -> Result<ConsultBreak> {
        let id = self.write(actor, |tx| {
            let number = ensure_council(tx, meeting, CouncilOnly::ConsultBreaks)?;
            let id: Uuid = tx
                .prepare_cached("SELECT id FROM consult_breaks WHERE meeting_id = ?1 AND ended_at IS NULL")?
                .query_row([meeting], |r| r.get(0))
                .optional()?
                .ok_or_else(|| conflict!("spokes-no-break", number = number))?;
            tx.prepare_cached(
                "UPDATE consult_breaks SET ended_at = ?1, updated_at = ?1, revision = revision + 1 WHERE id = ?2",
            )?
            .execute(params![tx.now, id])?;
            tx.journal("meeting.consult-end", "consult_breaks", id, Some(meeting), serde_json::json!({}))?;
            Ok(id)
        })?;
        self.consult_break(meeting, id)
    }

    fn consult_break(&self, meeting: Uuid, id: Uuid) -> Result<ConsultBreak> {
        breaks(&self.conn, meeting, self.now())?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or_else(|| not_found!("spokes-break-not-found", id = id))
    }
}

impl Tx<'_> {
    /// When a meeting closes, a consult break still under way ends then.
    pub(crate) fn end_consult_breaks(&self, meeting: Uuid) -> Result<()> {
        self.prepare_cached(
            "UPDATE consult_breaks SET ended_at = ?1, updated_at = ?1, revision = revision + 1
             WHERE meeting_id = ?2 AND ended_at IS NULL",
        )?
        .execute(params![self.now, meeting])?;
        Ok(())
    }
}
