//! The speaking log — every speech with its start, end, pauses, the limit in force and
//! the overrun — and the speaking statistics of a meeting (who spoke how much, how many
//! for the first time), the basis of the distribution chart.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::order::EntryKind;
use crate::i18n::Lang;
use crate::{not_found, Db, Result};

/// Speaking time in milliseconds from `started` to `until`, without the pauses
/// (`(paused at, resumed at)`; a pause not resumed yet runs until `until`).
pub fn spoken_ms(
    started: DateTime<Utc>,
    until: DateTime<Utc>,
    pauses: &[(DateTime<Utc>, Option<DateTime<Utc>>)],
) -> i64 {
    let total = (until - started).num_milliseconds();
    let paused: i64 = pauses
        .iter()
        .map(|(p, r)| {
            let end = r.unwrap_or(until).min(until);
            (end - (*p).max(started)).num_milliseconds().max(0)
        })
        .sum();
    (total - paused).max(0)
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Pause {
    pub paused_at: DateTime<Utc>,
    /// `None` while the speech is paused.
    pub resumed_at: Option<DateTime<Utc>>,
}

/// One speech of the speaking log.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SpeechRecord {
    pub speech_id: Uuid,
    pub entry_id: Uuid,
    pub agenda_item_id: Uuid,
    pub person_id: Uuid,
    pub name: String,
    pub kind: EntryKind,
    pub prioritized: bool,
    pub started_at: DateTime<Utc>,
    /// `None` while the speech is under way.
    pub ended_at: Option<DateTime<Utc>>,
    pub pauses: Vec<Pause>,
    /// Speaking time without pauses; set when the speech ends.
    pub spoken_ms: Option<i64>,
    /// The item's per-speaker limit when the speech ended.
    pub limit_seconds: Option<i64>,
    /// Time spoken beyond that limit (`None`: within it, or no limit).
    pub overrun_ms: Option<i64>,
}

/// One person's speaking at a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SpeakerStats {
    pub person_id: Uuid,
    pub name: String,
    pub speeches: i64,
    pub spoken_ms: i64,
    /// Fraction (0 to 1) of the meeting's total speaking time.
    pub share: f64,
    /// This meeting is the first at which they finished a speech.
    pub first_time: bool,
    /// Speeches from entries the stack-keeper prioritized.
    pub prioritized: i64,
    pub overruns: i64,
    pub overrun_ms: i64,
}

/// Speaking per kind of entry (how much time went to points of process, …).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct KindStats {
    pub kind: EntryKind,
    pub label: String,
    pub speeches: i64,
    pub spoken_ms: i64,
}

/// Who spoke how much at a meeting: the data of the distribution chart. Finished
/// speeches only (a speech under way is not counted until it ends).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SpeakingStats {
    pub meeting_id: Uuid,
    pub meeting_reference: String,
    pub speeches: i64,
    pub speakers: i64,
    pub spoken_ms: i64,
    /// People whose first finished speech at any of the assembly's GAs was at this one.
    pub first_time_speakers: i64,
    pub overruns: i64,
    pub overrun_ms: i64,
    /// Every speaker, most speaking time first (then by name).
    pub people: Vec<SpeakerStats>,
    /// Per kind, in band order (kinds nobody used are listed with zeros).
    pub by_kind: Vec<KindStats>,
}

impl Db {
    /// The speaking log of an item: its speeches in the order they started.
    pub fn speaking_log(&self, item: Uuid) -> Result<Vec<SpeechRecord>> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.id, s.entry_id, s.agenda_item_id, s.person_id, p.name, e.kind, e.prioritized,
                    s.started_at, s.ended_at, s.spoken_ms, s.limit_seconds, s.overrun_ms
             FROM speeches s JOIN stack_entries e ON e.id = s.entry_id JOIN people p ON p.id = s.person_id
             WHERE s.agenda_item_id = ?1 ORDER BY s.started_at, e.added_no",
        )?;
        let rows = st.query_map([item], |r| {
            Ok(SpeechRecord {
                speech_id: r.get(0)?,
                entry_id: r.get(1)?,
                agenda_item_id: r.get(2)?,
                person_id: r.get(3)?,
                name: r.get(4)?,
                kind: r.get(5)?,
                prioritized: r.get(6)?,
                started_at: r.get(7)?,
                ended_at: r.get(8)?,
                pauses: Vec::new(),
                spoken_ms: r.get(9)?,
                limit_seconds: r.get(10)?,
                overrun_ms: r.get(11)?,
            })
        })?;
        let mut log: Vec<SpeechRecord> = rows.collect::<rusqlite::Result<_>>()?;
        let mut st = self.conn.prepare_cached(
            "SELECT sp.speech_id, sp.paused_at, sp.resumed_at FROM speech_pauses sp
             JOIN speeches s ON s.id = sp.speech_id
             WHERE s.agenda_item_id = ?1 ORDER BY sp.paused_at, sp.created_at",
        )?;
        let mut by_speech: HashMap<Uuid, Vec<Pause>> = HashMap::new();
        let rows = st.query_map([item], |r| {
            Ok((
                r.get::<_, Uuid>(0)?,
                Pause {
                    paused_at: r.get(1)?,
                    resumed_at: r.get(2)?,
                },
            ))
        })?;
        for row in rows {
            let (speech, pause) = row?;
            by_speech.entry(speech).or_default().push(pause);
        }
        for s in &mut log {
            s.pauses = by_speech.remove(&s.speech_id).unwrap_or_default();
        }
        Ok(log)
    }

    /// Who spoke how much at a meeting (finished speeches).
    pub fn speaking_stats(&self, meeting: Uuid) -> Result<SpeakingStats> {
        self.speaking_stats_in(meeting, Lang::En)
    }

    /// [`Db::speaking_stats`], the kinds' labels in `lang` (the app's language).
    pub fn speaking_stats_in(&self, meeting: Uuid, lang: Lang) -> Result<SpeakingStats> {
        let m = self
            .meeting(meeting)
            .map_err(|_| not_found!("meeting-not-found", id = meeting))?;
        let mut st = self.conn.prepare_cached(
            "SELECT s.person_id, p.name, count(*), sum(s.spoken_ms), sum(e.prioritized),
                    count(s.overrun_ms), coalesce(sum(s.overrun_ms), 0),
                    NOT EXISTS (
                        SELECT 1 FROM speeches s2 JOIN meetings m2 ON m2.id = s2.meeting_id
                        WHERE s2.person_id = s.person_id AND s2.ended_at IS NOT NULL
                          AND m2.origin = ?2 AND (m2.date < ?3 OR (m2.date = ?3 AND m2.number < ?4)))
             FROM speeches s JOIN people p ON p.id = s.person_id JOIN stack_entries e ON e.id = s.entry_id
             WHERE s.meeting_id = ?1 AND s.ended_at IS NOT NULL
             GROUP BY s.person_id",
        )?;
        let rows = st.query_map(
            rusqlite::params![meeting, m.origin, m.date, m.number],
            |r| {
                Ok(SpeakerStats {
                    person_id: r.get(0)?,
                    name: r.get(1)?,
                    speeches: r.get(2)?,
                    spoken_ms: r.get(3)?,
                    share: 0.0,
                    prioritized: r.get(4)?,
                    overruns: r.get(5)?,
                    overrun_ms: r.get(6)?,
                    first_time: r.get(7)?,
                })
            },
        )?;
        let mut people: Vec<SpeakerStats> = rows.collect::<rusqlite::Result<_>>()?;
        let spoken_ms: i64 = people.iter().map(|p| p.spoken_ms).sum();
        for p in &mut people {
            p.share = if spoken_ms > 0 {
                p.spoken_ms as f64 / spoken_ms as f64
            } else {
                0.0
            };
        }
        people.sort_by(|a, b| {
            b.spoken_ms
                .cmp(&a.spoken_ms)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let mut kinds: HashMap<EntryKind, (i64, i64)> = HashMap::new();
        let mut st = self.conn.prepare_cached(
            "SELECT e.kind, count(*), sum(s.spoken_ms) FROM speeches s JOIN stack_entries e ON e.id = s.entry_id
             WHERE s.meeting_id = ?1 AND s.ended_at IS NOT NULL GROUP BY e.kind",
        )?;
        let rows = st.query_map([meeting], |r| {
            Ok((r.get::<_, EntryKind>(0)?, r.get(1)?, r.get(2)?))
        })?;
        for row in rows {
            let (k, n, ms) = row?;
            kinds.insert(k, (n, ms));
        }
        let by_kind = EntryKind::ALL
            .iter()
            .map(|k| {
                let (speeches, spoken_ms) = kinds.get(k).copied().unwrap_or((0, 0));
                KindStats {
                    kind: *k,
                    label: k.label_in(lang),
                    speeches,
                    spoken_ms,
                }
            })
            .collect();
        Ok(SpeakingStats {
            meeting_id: meeting,
            meeting_reference: m.reference,
            speeches: people.iter().map(|p| p.speeches).sum(),
            speakers: people.len() as i64,
            spoken_ms,
            first_time_speakers: people.iter().filter(|p| p.first_time).count() as i64,
            overruns: people.iter().map(|p| p.overruns).sum(),
            overrun_ms: people.iter().map(|p| p.overrun_ms).sum(),
            people,
            by_kind,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + s, 0).unwrap()
    }

    #[test]
    fn spoken_time_leaves_out_pauses() {
        assert_eq!(spoken_ms(t(0), t(90), &[]), 90_000);
        assert_eq!(spoken_ms(t(0), t(90), &[(t(10), Some(t(40)))]), 60_000);
        // A pause still running counts until `until`.
        assert_eq!(
            spoken_ms(t(0), t(90), &[(t(10), Some(t(20))), (t(60), None)]),
            50_000
        );
        assert_eq!(spoken_ms(t(0), t(0), &[(t(0), None)]), 0);
    }
}
