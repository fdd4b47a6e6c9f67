//! The order of a stack: ONE pure function, [`order`], used by everything that needs to
//! know who is next (`next`, the stack view, the CLI, the tests).
//!
//! The rule (ga-process.md, "The stack"): bands first — `process`, `information`,
//! `clarifying`, `direct-response`, `speak`, a higher band always before a lower one.
//! Within a band, entries go in the order they were added, except in the `speak` band
//! under the `progressive` policy, where the key is (not prioritized, has already spoken
//! in this meeting, time added). Each entry gets the reason for its place.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::meeting::StackPolicy;
use crate::text_enum;

text_enum! {
    /// The kind of a stack entry, in band order: a higher band always goes first.
    EntryKind, "stack entry kind" {
        Process = "process",
        Information = "information",
        Clarifying = "clarifying",
        DirectResponse = "direct-response",
        Speak = "speak",
    }
}

impl EntryKind {
    /// 1 (`process`, first) to 5 (`speak`, last).
    pub fn band(self) -> u8 {
        match self {
            EntryKind::Process => 1,
            EntryKind::Information => 2,
            EntryKind::Clarifying => 3,
            EntryKind::DirectResponse => 4,
            EntryKind::Speak => 5,
        }
    }

    /// What the kind is called in a meeting: "point of process", "raised hand", …
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Process => "point of process",
            EntryKind::Information => "point of information",
            EntryKind::Clarifying => "clarifying question",
            EntryKind::DirectResponse => "direct response",
            EntryKind::Speak => "to speak",
        }
    }

    /// How a message says what someone waits for: "Sam is on the stack {purpose}".
    pub fn purpose(self) -> &'static str {
        match self {
            EntryKind::Process => "for a point of process",
            EntryKind::Information => "for a point of information",
            EntryKind::Clarifying => "with a clarifying question",
            EntryKind::DirectResponse => "with a direct response",
            EntryKind::Speak => "to speak",
        }
    }

    /// The hand signal people make for it.
    pub fn hand_signal(self) -> &'static str {
        match self {
            EntryKind::Process => "triangle",
            EntryKind::Information => "one finger up",
            EntryKind::Clarifying => "\"C\" shape",
            EntryKind::DirectResponse => "two index fingers",
            EntryKind::Speak => "raised hand",
        }
    }

    /// Whether a closed stack still takes entries of this kind (points of process and
    /// information and clarifying questions; not `speak` or `direct-response`).
    pub fn taken_when_closed(self) -> bool {
        self.band() <= EntryKind::Clarifying.band()
    }
}

text_enum! {
    /// Why an entry stands where it does, as a stable code (the label says it in words).
    ReasonCode, "stack reason" {
        PointOfProcess = "point-of-process",
        PointOfInformation = "point-of-information",
        ClarifyingQuestion = "clarifying-question",
        DirectResponse = "direct-response",
        Prioritized = "prioritized",
        FirstTimeToday = "first-time-today",
        SpokenToday = "spoken-today",
        InOrderAdded = "in-order-added",
    }
}

/// Why an entry stands where it does: a code and the words shown next to the name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reason {
    pub code: ReasonCode,
    /// "point of process", "direct response to Sam", "first time speaking today", …
    pub label: String,
}

/// What the ordering needs to know about a waiting entry. Everything else an entry
/// carries (names, times) rides along in `T`.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting<T = ()> {
    pub kind: EntryKind,
    /// The stack-keeper's flag; never inferred.
    pub prioritized: bool,
    /// The person finished at least one speech on any item of this meeting.
    pub has_spoken: bool,
    /// Order added on this item's stack (1, 2, 3…): "time added" without ties.
    pub added_no: i64,
    /// For a direct response: the name of who had the floor when it was added.
    pub responds_to: Option<String>,
    pub data: T,
}

impl Waiting<()> {
    /// A bare entry (tests, benchmarks).
    pub fn new(kind: EntryKind, prioritized: bool, has_spoken: bool, added_no: i64) -> Self {
        Waiting {
            kind,
            prioritized,
            has_spoken,
            added_no,
            responds_to: None,
            data: (),
        }
    }
}

/// The sort key of an entry under a policy: smaller goes first. `added_no` is unique
/// within a stack, so the order is total.
pub fn sort_key<T>(e: &Waiting<T>, policy: StackPolicy) -> (u8, bool, bool, i64) {
    let progressive_speak = policy == StackPolicy::Progressive && e.kind == EntryKind::Speak;
    if progressive_speak {
        (e.kind.band(), !e.prioritized, e.has_spoken, e.added_no)
    } else {
        (e.kind.band(), false, false, e.added_no)
    }
}

/// The reason shown for an entry's place under a policy.
pub fn reason<T>(e: &Waiting<T>, policy: StackPolicy) -> Reason {
    let (code, label) = match e.kind {
        EntryKind::Process => (ReasonCode::PointOfProcess, "point of process".to_string()),
        EntryKind::Information => (
            ReasonCode::PointOfInformation,
            "point of information".to_string(),
        ),
        EntryKind::Clarifying => (
            ReasonCode::ClarifyingQuestion,
            "clarifying question".to_string(),
        ),
        EntryKind::DirectResponse => (
            ReasonCode::DirectResponse,
            match &e.responds_to {
                Some(name) => format!("direct response to {name}"),
                None => "direct response".to_string(),
            },
        ),
        EntryKind::Speak => match policy {
            StackPolicy::Fifo => (ReasonCode::InOrderAdded, "in order added".to_string()),
            StackPolicy::Progressive if e.prioritized => {
                (ReasonCode::Prioritized, "prioritized".to_string())
            }
            StackPolicy::Progressive if e.has_spoken => (
                ReasonCode::SpokenToday,
                "has already spoken today".to_string(),
            ),
            StackPolicy::Progressive => (
                ReasonCode::FirstTimeToday,
                "first time speaking today".to_string(),
            ),
        },
    };
    Reason { code, label }
}

/// THE order of a stack's waiting entries under `policy`, each with the reason for its
/// place. Pure: same entries, same policy, same answer.
pub fn order<T>(mut entries: Vec<Waiting<T>>, policy: StackPolicy) -> Vec<(Waiting<T>, Reason)> {
    entries.sort_by_key(|e| sort_key(e, policy));
    entries
        .into_iter()
        .map(|e| {
            let r = reason(&e, policy);
            (e, r)
        })
        .collect()
}

/// The id-carrying entry the database side orders.
pub(crate) type WaitingRow = Waiting<WaitingData>;

/// What the stack view shows of a waiting entry besides its ordering facts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WaitingData {
    pub entry_id: Uuid,
    pub person_id: Uuid,
    pub name: String,
    pub added_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntryKind::*;
    use StackPolicy::*;

    /// Orders bare entries and returns their `added_no`s, first to last.
    fn ordered(policy: StackPolicy, entries: &[(EntryKind, bool, bool, i64)]) -> Vec<i64> {
        let es = entries
            .iter()
            .map(|&(k, p, s, n)| Waiting::new(k, p, s, n))
            .collect();
        order(es, policy).iter().map(|(e, _)| e.added_no).collect()
    }

    #[test]
    fn bands_go_first_whatever_the_order_added() {
        // Added speak, direct-response, clarifying, information, process: served reversed.
        let es = [
            (Speak, false, false, 1),
            (DirectResponse, false, false, 2),
            (Clarifying, false, false, 3),
            (Information, false, false, 4),
            (Process, false, false, 5),
        ];
        assert_eq!(ordered(Progressive, &es), vec![5, 4, 3, 2, 1]);
        assert_eq!(ordered(Fifo, &es), vec![5, 4, 3, 2, 1]);
    }

    #[test]
    fn table_of_ordering_rules() {
        // (policy, entries (kind, prioritized, has spoken, added), expected order, why)
        type Case<'a> = (
            StackPolicy,
            &'a [(EntryKind, bool, bool, i64)],
            &'a [i64],
            &'a str,
        );
        let cases: &[Case] = &[
            (
                Fifo,
                &[(Speak, false, false, 1), (Speak, false, false, 2)],
                &[1, 2],
                "fifo: order added",
            ),
            (
                Fifo,
                &[(Speak, false, true, 1), (Speak, true, false, 2)],
                &[1, 2],
                "fifo ignores prioritized and spoken",
            ),
            (
                Progressive,
                &[(Speak, false, false, 1), (Speak, true, false, 2)],
                &[2, 1],
                "prioritized first",
            ),
            (
                Progressive,
                &[(Speak, false, true, 1), (Speak, false, false, 2)],
                &[2, 1],
                "first-timers before those who spoke",
            ),
            (
                Progressive,
                &[(Speak, true, true, 1), (Speak, false, false, 2)],
                &[1, 2],
                "prioritized beats not having spoken",
            ),
            (
                Progressive,
                &[(Speak, true, true, 1), (Speak, true, false, 2)],
                &[2, 1],
                "among prioritized, first-timers first",
            ),
            (
                Progressive,
                &[
                    (Speak, false, true, 3),
                    (Speak, false, true, 1),
                    (Speak, false, true, 2),
                ],
                &[1, 2, 3],
                "equal keys: order added",
            ),
            (
                Progressive,
                &[(Process, false, true, 1), (Process, true, false, 2)],
                &[1, 2],
                "other bands: order added even under progressive",
            ),
            (
                Progressive,
                &[
                    (DirectResponse, false, true, 1),
                    (DirectResponse, true, false, 2),
                ],
                &[1, 2],
                "direct responses: order added",
            ),
            (
                Progressive,
                &[
                    (Clarifying, true, false, 2),
                    (Information, false, true, 3),
                    (Speak, true, false, 1),
                ],
                &[3, 2, 1],
                "bands before prioritizing",
            ),
            (
                Progressive,
                &[
                    (Speak, false, true, 1),
                    (Speak, false, false, 2),
                    (Speak, true, true, 3),
                    (Speak, true, false, 4),
                ],
                &[4, 3, 2, 1],
                "the full progressive key",
            ),
            (
                Fifo,
                &[
                    (Speak, false, true, 1),
                    (Speak, false, false, 2),
                    (Speak, true, true, 3),
                    (Speak, true, false, 4),
                ],
                &[1, 2, 3, 4],
                "the same under fifo",
            ),
            (Fifo, &[], &[], "an empty stack"),
        ];
        for (policy, entries, want, why) in cases {
            assert_eq!(ordered(*policy, entries), want.to_vec(), "{why} ({policy})");
        }
    }

    #[test]
    fn table_of_reasons() {
        let sam = Some("Sam".to_string());
        let cases: &[(StackPolicy, EntryKind, bool, bool, &str, ReasonCode)] = &[
            (
                Progressive,
                Process,
                false,
                false,
                "point of process",
                ReasonCode::PointOfProcess,
            ),
            (
                Fifo,
                Information,
                true,
                false,
                "point of information",
                ReasonCode::PointOfInformation,
            ),
            (
                Progressive,
                Clarifying,
                false,
                true,
                "clarifying question",
                ReasonCode::ClarifyingQuestion,
            ),
            (
                Fifo,
                DirectResponse,
                false,
                false,
                "direct response to Sam",
                ReasonCode::DirectResponse,
            ),
            (
                Progressive,
                Speak,
                true,
                true,
                "prioritized",
                ReasonCode::Prioritized,
            ),
            (
                Progressive,
                Speak,
                false,
                false,
                "first time speaking today",
                ReasonCode::FirstTimeToday,
            ),
            (
                Progressive,
                Speak,
                false,
                true,
                "has already spoken today",
                ReasonCode::SpokenToday,
            ),
            (
                Fifo,
                Speak,
                true,
                false,
                "in order added",
                ReasonCode::InOrderAdded,
            ),
        ];
        for (policy, kind, p, s, label, code) in cases {
            let mut e = Waiting::new(*kind, *p, *s, 1);
            e.responds_to = sam.clone();
            let r = reason(&e, *policy);
            assert_eq!(
                (r.label.as_str(), r.code),
                (*label, *code),
                "{kind} under {policy}"
            );
        }
    }

    #[test]
    fn kinds_closed_stacks_take() {
        let taken: Vec<EntryKind> = EntryKind::ALL
            .iter()
            .copied()
            .filter(|k| k.taken_when_closed())
            .collect();
        assert_eq!(taken, vec![Process, Information, Clarifying]);
        let bands: Vec<u8> = EntryKind::ALL.iter().map(|k| k.band()).collect();
        assert_eq!(bands, vec![1, 2, 3, 4, 5]);
    }
}
