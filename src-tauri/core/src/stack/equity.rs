//! Airtime equity (ga-process.md, "Fair floor"): from the speaking log of a meeting or of
//! one item — each person's share of speaking time; each sub-list's share of time against
//! its share of the people on it; the Gini coefficient of speaking time over everyone
//! **present** (the silent count as zero); first-time speakers; the last ten speakers
//! with their sub-lists.
//!
//! "Present" is the meeting's attendance as recorded: a count as is; a range (50–60) by
//! its lower bound — the fewest silent people the record is sure of, so the Gini is
//! never made to look worse than the record shows; "about N" as N. Without an attendance
//! (or one below the number of speakers) the Gini is over the speakers only, and
//! `present_note` says so.

use std::collections::HashMap;

use serde::Serialize;
use uuid::Uuid;

use super::order::EntryKind;
use crate::attendance::Attendance;
use crate::i18n::Lang;
use crate::{not_found, t, Db, Result};

/// How many people the Gini counts, and how that was read, in `lang`: the attendance when
/// it is at least the speakers ("55 present", "50–60 present: counted as 50 (the lower
/// bound)"), else the speakers only, saying why.
pub(crate) fn counted_present(
    attendance: Option<&Attendance>,
    speakers: i64,
    lang: Lang,
) -> (i64, String) {
    match attendance {
        Some(a) if a.count >= speakers => {
            let label = a.label_in(lang);
            let note = match (a.up_to, a.about) {
                (Some(_), _) => t!(lang, "present-lower-bound", label = label, n = a.count),
                (None, true) => t!(lang, "present-counted-as", label = label, n = a.count),
                (None, false) => t!(lang, "present", label = label),
            };
            (a.count, note)
        }
        Some(a) => (
            speakers,
            t!(
                lang,
                "present-fewer",
                label = a.label_in(lang),
                speakers = speakers
            ),
        ),
        None => (speakers, t!(lang, "present-not-recorded")),
    }
}

/// One person's airtime.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PersonAirtime {
    pub person_id: Uuid,
    pub name: String,
    pub speeches: i64,
    pub spoken_ms: i64,
    /// Of all speaking time (0 to 1).
    pub share: f64,
    /// Never spoke at an earlier GA of the assembly.
    pub first_time: bool,
    /// The sub-list they chose for the meeting.
    pub list: Option<String>,
}

/// One sub-list's airtime against its people ("" = no list chosen).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ListAirtime {
    pub list: String,
    /// People on it: who chose it (or, for "", chose none) among everyone on a stack here.
    pub people: i64,
    pub people_share: f64,
    pub spoken_ms: i64,
    pub time_share: f64,
}

/// One of the last speakers, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RecentSpeaker {
    pub name: String,
    pub kind: EntryKind,
    pub list: Option<String>,
}

/// The airtime of a meeting, or of one of its items.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Airtime {
    pub meeting_id: Uuid,
    pub meeting_reference: String,
    pub item_id: Option<Uuid>,
    pub item_reference: Option<String>,
    pub speeches: i64,
    /// People who spoke.
    pub speakers: i64,
    pub spoken_ms: i64,
    /// How many people the Gini counts: present (as read from the attendance), or the
    /// speakers when no usable attendance was recorded.
    pub counted: i64,
    /// How `counted` was read: "55 present", "50–60 present: counted as 50", …
    pub present_note: String,
    /// Gini of speaking time over `counted` people (silent = 0); `None` when nobody spoke.
    pub gini: Option<f64>,
    /// Most speaking time first.
    pub people: Vec<PersonAirtime>,
    /// One row per sub-list in use (empty when nobody chose one).
    pub lists: Vec<ListAirtime>,
    pub first_time_speakers: i64,
    /// The last ten speeches' speakers, newest first.
    pub last_ten: Vec<RecentSpeaker>,
}

/// The Gini coefficient of `values` plus `silent` zeros: 0 when everyone had the same
/// time, (n−1)/n when one of n had all of it. `None` when there is no time at all.
pub fn gini(values: &[i64], silent: i64) -> Option<f64> {
    let total: i64 = values.iter().sum();
    let n = values.len() as i64 + silent.max(0);
    if total <= 0 || n == 0 {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    // With x ascending and ranks i = 1…n (the zeros take ranks 1…silent):
    // G = 2·Σ i·x_i / (n·Σx) − (n+1)/n.
    let offset = silent.max(0);
    let weighted: f64 = sorted
        .iter()
        .enumerate()
        .map(|(i, x)| (offset + i as i64 + 1) as f64 * *x as f64)
        .sum();
    let n = n as f64;
    Some(2.0 * weighted / (n * total as f64) - (n + 1.0) / n)
}

fn share(part: i64, whole: i64) -> f64 {
    if whole > 0 {
        part as f64 / whole as f64
    } else {
        0.0
    }
}

impl Db {
    /// The airtime of a meeting (`item: None`) or of one of its items.
    pub fn airtime(&self, meeting: Uuid, item: Option<Uuid>) -> Result<Airtime> {
        let m = self
            .meeting(meeting)
            .map_err(|_| not_found!("meeting-not-found", id = meeting))?;
        let item_reference = match item {
            None => None,
            Some(i) => {
                let a = self.agenda_item(i)?;
                if a.meeting_id != meeting {
                    return Err(crate::invalid!(
                        "item-not-on-agenda",
                        item = &a.reference,
                        meeting = &m.reference
                    ));
                }
                Some(a.reference)
            }
        };
        // The finished speeches, oldest first, with their speaker's list.
        let mut st = self.conn.prepare_cached(
            "SELECT s.person_id, p.name, e.kind, s.spoken_ms, lc.list
             FROM speeches s JOIN people p ON p.id = s.person_id JOIN stack_entries e ON e.id = s.entry_id
             LEFT JOIN floor_list_choices lc ON lc.meeting_id = s.meeting_id AND lc.person_id = s.person_id
             WHERE s.meeting_id = ?1 AND (?2 IS NULL OR s.agenda_item_id = ?2) AND s.ended_at IS NOT NULL
             ORDER BY s.started_at, s.rowid",
        )?;
        type Row = (Uuid, String, EntryKind, i64, Option<String>);
        let speeches: Vec<Row> = st
            .query_map(rusqlite::params![meeting, item], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let spoken_ms: i64 = speeches.iter().map(|s| s.3).sum();
        let mut by_person: HashMap<Uuid, PersonAirtime> = HashMap::new();
        for (person, name, _, ms, list) in &speeches {
            let p = by_person.entry(*person).or_insert_with(|| PersonAirtime {
                person_id: *person,
                name: name.clone(),
                speeches: 0,
                spoken_ms: 0,
                share: 0.0,
                first_time: false,
                list: list.clone(),
            });
            p.speeches += 1;
            p.spoken_ms += ms;
        }
        let mut earlier = self.conn.prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM speeches s JOIN meetings m ON m.id = s.meeting_id
                            WHERE s.person_id = ?1 AND s.ended_at IS NOT NULL AND m.origin = ?2
                              AND (m.date < ?3 OR (m.date = ?3 AND m.number < ?4)))",
        )?;
        let mut people: Vec<PersonAirtime> = by_person.into_values().collect();
        for p in &mut people {
            p.share = share(p.spoken_ms, spoken_ms);
            let spoke_before: bool = earlier.query_row(
                rusqlite::params![p.person_id, m.origin, m.date, m.number],
                |r| r.get(0),
            )?;
            p.first_time = !spoke_before;
        }
        people.sort_by(|a, b| {
            b.spoken_ms
                .cmp(&a.spoken_ms)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        // Who is on which list: everyone on a stack here (meeting or item), by their choice.
        let mut st = self.conn.prepare_cached(
            "SELECT coalesce(lc.list, ''), count(DISTINCT e.person_id)
             FROM stack_entries e
             LEFT JOIN floor_list_choices lc ON lc.meeting_id = e.meeting_id AND lc.person_id = e.person_id
             WHERE e.meeting_id = ?1 AND (?2 IS NULL OR e.agenda_item_id = ?2)
             GROUP BY 1 ORDER BY 1",
        )?;
        let groups: Vec<(String, i64)> = st
            .query_map(rusqlite::params![meeting, item], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let lists = if groups.iter().all(|(l, _)| l.is_empty()) {
            Vec::new()
        } else {
            let everyone: i64 = groups.iter().map(|g| g.1).sum();
            groups
                .into_iter()
                .map(|(list, n)| {
                    let ms: i64 = people
                        .iter()
                        .filter(|p| p.list.as_deref().unwrap_or("") == list)
                        .map(|p| p.spoken_ms)
                        .sum();
                    ListAirtime {
                        people_share: share(n, everyone),
                        time_share: share(ms, spoken_ms),
                        list,
                        people: n,
                        spoken_ms: ms,
                    }
                })
                .collect()
        };
        let speakers = people.len() as i64;
        let (counted, present_note) = counted_present(m.attendance.as_ref(), speakers, Lang::En);
        let times: Vec<i64> = people.iter().map(|p| p.spoken_ms).collect();
        let last_ten = speeches
            .iter()
            .rev()
            .take(10)
            .map(|(_, name, kind, _, list)| RecentSpeaker {
                name: name.clone(),
                kind: *kind,
                list: list.clone(),
            })
            .collect();
        Ok(Airtime {
            meeting_id: meeting,
            meeting_reference: m.reference,
            item_id: item,
            item_reference,
            speeches: speeches.len() as i64,
            speakers,
            spoken_ms,
            gini: gini(&times, counted - speakers),
            counted,
            present_note,
            first_time_speakers: people.iter().filter(|p| p.first_time).count() as i64,
            people,
            lists,
            last_ten,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::gini;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn gini_on_crafted_data() {
        // Everyone the same: perfectly equal.
        assert!(close(gini(&[60, 60, 60], 0), 0.0));
        // One of four had all the time (three silent): (n−1)/n.
        assert!(close(gini(&[100], 3), 0.75));
        // 1, 2, 3, 4: Σ|xi−xj| over ordered pairs = 20, 2·n²·mean = 2·16·2.5 = 80.
        assert!(close(gini(&[4, 1, 3, 2], 0), 0.25));
        // The silent count: the same speakers among ten present are far less equal.
        let speakers_only = gini(&[30, 30], 0).unwrap();
        let present = gini(&[30, 30], 8).unwrap();
        assert!(close(Some(speakers_only), 0.0));
        assert!(close(Some(present), 0.8));
        // Nobody spoke: no figure.
        assert_eq!(gini(&[], 5), None);
        assert_eq!(gini(&[0, 0], 0), None);
    }
}
