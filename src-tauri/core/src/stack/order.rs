//! The order of a stack: ONE pure function, [`order`], used by everything that needs to
//! know who is next (`next`, the stack view, the CLI, the tests).
//!
//! The rule (ga-process.md, "The stack" and "Fair floor"): bands first — `process`,
//! `information`, `clarifying`, `direct-response`, `speak`, a higher band always before a
//! lower one. Within a band, entries go in the order they were added, except in the
//! `speak` band, which the meeting's [`FloorPolicy`] orders:
//! - the key: `progressive` (not prioritized, has already spoken in this meeting, time
//!   added) or `fifo` (time added); `first-time-first` puts "has already spoken" first;
//! - `alternate`: one queue per sub-list, each by that key, taken in turn starting after
//!   the list of the last `speak` speech on the item, skipping an empty one;
//! - `cap:N`: someone who has had N speeches on the item waits behind everyone (and
//!   `next` passes them by: see [`Reason::passed_by`]);
//! - `no-repeat`: the next place goes to the first in turn who is not the person before
//!   (the last speaker, for the first place), unless nobody else waits in the band.
//!
//! Each entry gets the reason for its place.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::policy::FloorPolicy;
use crate::i18n::Lang;
use crate::meeting::StackPolicy;
use crate::{t, text_enum};

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

    /// What the kind is called in a meeting: "point of process", "to speak", …
    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// [`Self::label`] in `lang` (the minutes' words: `entry-…`).
    pub fn label_in(self, lang: Lang) -> String {
        t!(lang, &format!("entry-{self}"))
    }

    /// The hand signal people make for it: "triangle", "raised hand", …
    pub fn hand_signal(self) -> String {
        self.hand_signal_in(Lang::En)
    }

    /// [`Self::hand_signal`] in `lang` (`stack-signal-…`, stack.ftl).
    pub fn hand_signal_in(self, lang: Lang) -> String {
        t!(lang, &format!("stack-signal-{self}"))
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
        ListTurn = "list-turn",
        NoRepeat = "no-repeat",
        OverCap = "over-cap",
    }
}

/// Why an entry stands where it does: a code and the words shown next to the name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reason {
    pub code: ReasonCode,
    /// "point of process", "direct response to Sam", "first time speaking today",
    /// "open list's turn", …
    pub label: String,
}

impl Reason {
    /// The reason `code` of entry `e`, with its words in English ([`reason_words`]).
    fn new<T>(code: ReasonCode, e: &Waiting<T>, policy: &FloorPolicy) -> Self {
        Reason {
            code,
            label: reason_words(code, e, policy, Lang::En),
        }
    }

    /// The entry waits but `next` passes it by: its person has reached the cap.
    pub fn passed_by(&self) -> bool {
        self.code == ReasonCode::OverCap
    }
}

/// What the ordering needs to know about a waiting entry. Everything else an entry
/// carries (names, times) rides along in `T`.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting<T = ()> {
    pub kind: EntryKind,
    /// Who waits (no-repeat compares people).
    pub person: Uuid,
    /// The stack-keeper's flag; never inferred.
    pub prioritized: bool,
    /// The person finished at least one speech on any item of this meeting.
    pub has_spoken: bool,
    /// Order added on this item's stack (1, 2, 3…): "time added" without ties.
    pub added_no: i64,
    /// For a direct response: the name of who had the floor when it was added.
    pub responds_to: Option<String>,
    /// The sub-list the person chose for this meeting, if any.
    pub list: Option<String>,
    /// The person's speeches in the `speak` band on this item so far (the cap counts them).
    pub item_speeches: u32,
    pub data: T,
}

impl Waiting<()> {
    /// A bare entry of its own person (tests, benchmarks).
    pub fn new(kind: EntryKind, prioritized: bool, has_spoken: bool, added_no: i64) -> Self {
        Waiting {
            kind,
            person: Uuid::from_u128(added_no as u128),
            prioritized,
            has_spoken,
            added_no,
            responds_to: None,
            list: None,
            item_speeches: 0,
            data: (),
        }
    }
}

impl<T> Waiting<T> {
    /// The same entry, by `person` (tests: several entries of one person).
    pub fn by(mut self, person: u128) -> Self {
        self.person = Uuid::from_u128(person);
        self
    }

    /// The same entry, its person on the sub-list `list`.
    pub fn on_list(mut self, list: &str) -> Self {
        self.list = Some(list.to_string());
        self
    }

    /// The same entry, its person having had `n` speeches on the item.
    pub fn after_speeches(mut self, n: u32) -> Self {
        self.item_speeches = n;
        self
    }
}

/// What happened on the item before now, as far as the order depends on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Who took the floor last on this item (speaking now, or the last speech).
    pub last_speaker: Option<Uuid>,
    /// The sub-list chosen by whoever had the last `speak` speech on this item.
    /// `Some("")`: that speaker chose no list (they spoke on the last list).
    pub last_list: Option<String>,
}

/// The reason of an entry outside the `speak` band: its kind.
fn kind_reason<T>(e: &Waiting<T>, policy: &FloorPolicy) -> Reason {
    let code = match e.kind {
        EntryKind::Process => ReasonCode::PointOfProcess,
        EntryKind::Information => ReasonCode::PointOfInformation,
        EntryKind::Clarifying => ReasonCode::ClarifyingQuestion,
        EntryKind::DirectResponse => ReasonCode::DirectResponse,
        EntryKind::Speak => ReasonCode::InOrderAdded,
    };
    Reason::new(code, e, policy)
}

/// The key of a `speak` entry within its queue: smaller goes first. `added_no` is unique
/// within a stack, so the order is total.
fn speak_key<T>(e: &Waiting<T>, policy: &FloorPolicy) -> (bool, bool, i64) {
    match (policy.base, policy.first_time_first) {
        (StackPolicy::Progressive, false) => (!e.prioritized, e.has_spoken, e.added_no),
        (StackPolicy::Progressive, true) => (e.has_spoken, !e.prioritized, e.added_no),
        (StackPolicy::Fifo, true) => (e.has_spoken, false, e.added_no),
        (StackPolicy::Fifo, false) => (false, false, e.added_no),
    }
}

/// Why a `speak` entry stands where it does within its queue.
fn speak_code<T>(e: &Waiting<T>, policy: &FloorPolicy) -> ReasonCode {
    use ReasonCode::*;
    match (policy.base, policy.first_time_first) {
        (StackPolicy::Fifo, false) => InOrderAdded,
        (StackPolicy::Progressive, _) if e.prioritized => Prioritized,
        _ if e.has_spoken => SpokenToday,
        _ => FirstTimeToday,
    }
}

fn speak_reason<T>(e: &Waiting<T>, policy: &FloorPolicy) -> Reason {
    Reason::new(speak_code(e, policy), e, policy)
}

/// **The** words of a reason (`code`, as [`order`] gave it to entry `e` under `policy`)
/// in `lang`: "point of process", "direct response to Sam", "prioritized, first time
/// speaking today", "women list's turn", … The stack view says them in the app's
/// language; [`Reason::label`] is them in English.
pub fn reason_words<T>(
    code: ReasonCode,
    e: &Waiting<T>,
    policy: &FloorPolicy,
    lang: Lang,
) -> String {
    use ReasonCode::*;
    let today = |has_spoken: bool| {
        if has_spoken {
            t!(lang, "stack-reason-spoken-today")
        } else {
            t!(lang, "stack-reason-first-time-today")
        }
    };
    match code {
        PointOfProcess | PointOfInformation | ClarifyingQuestion => e.kind.label_in(lang),
        DirectResponse => match &e.responds_to {
            Some(name) => t!(lang, "stack-reason-direct-response-to", name = name),
            None => EntryKind::DirectResponse.label_in(lang),
        },
        Prioritized if policy.first_time_first => {
            t!(
                lang,
                "stack-reason-prioritized-and",
                why = today(e.has_spoken)
            )
        }
        Prioritized => t!(lang, "stack-reason-prioritized"),
        FirstTimeToday => today(false),
        SpokenToday => today(true),
        InOrderAdded => t!(lang, "stack-reason-in-order-added"),
        NoRepeat => t!(lang, "stack-reason-no-repeat"),
        ListTurn => {
            let q = policy.list_index(e.list.as_deref()).unwrap_or(0);
            let list = policy
                .alternate
                .get(q)
                .map(String::as_str)
                .unwrap_or_default();
            match speak_code(e, policy) {
                InOrderAdded => t!(lang, "stack-reason-list-turn", list = list),
                own => t!(
                    lang,
                    "stack-reason-list-turn-and",
                    list = list,
                    why = reason_words(own, e, policy, lang)
                ),
            }
        }
        OverCap => t!(
            lang,
            "stack-reason-over-cap",
            n = e.item_speeches,
            cap = policy.cap.unwrap_or_default()
        ),
    }
}

/// The reason an entry would get on its own, outside any turn or cap (the kind, or the
/// `speak` key's reason).
pub fn reason<T>(e: &Waiting<T>, policy: &FloorPolicy) -> Reason {
    if e.kind == EntryKind::Speak {
        speak_reason(e, policy)
    } else {
        kind_reason(e, policy)
    }
}

/// THE order of a stack's waiting entries under `policy`, after `history`, each with the
/// reason for its place. Pure: same entries, policy and history, same answer.
pub fn order<T>(
    entries: Vec<Waiting<T>>,
    policy: &FloorPolicy,
    history: &History,
) -> Vec<(Waiting<T>, Reason)> {
    let mut out = Vec::with_capacity(entries.len());
    let mut bands: [Vec<Waiting<T>>; 5] = Default::default();
    for e in entries {
        bands[usize::from(e.kind.band() - 1)].push(e);
    }
    let [process, information, clarifying, direct, speak] = bands;
    // The person before each place: no-repeat keeps them from the next one.
    let mut prev = history.last_speaker;
    for mut band in [process, information, clarifying, direct] {
        band.sort_by_key(|e| e.added_no);
        while !band.is_empty() {
            let at = if policy.no_repeat {
                band.iter()
                    .position(|e| Some(e.person) != prev)
                    .unwrap_or(0)
            } else {
                0
            };
            let e = band.remove(at);
            prev = Some(e.person);
            let r = kind_reason(&e, policy);
            out.push((e, r));
        }
    }
    order_speak(speak, policy, history, prev, &mut out);
    out
}

/// The `speak` band: queues per sub-list taken in turn, no-repeat, and the capped last.
fn order_speak<T>(
    band: Vec<Waiting<T>>,
    policy: &FloorPolicy,
    history: &History,
    mut prev: Option<Uuid>,
    out: &mut Vec<(Waiting<T>, Reason)>,
) {
    let (mut capped, eligible): (Vec<_>, Vec<_>) = band
        .into_iter()
        .partition(|e| policy.cap.is_some_and(|n| e.item_speeches >= n));
    let lists = policy.alternate.len().max(1);
    let mut queues: Vec<Vec<Waiting<T>>> = (0..lists).map(|_| Vec::new()).collect();
    for e in eligible {
        let q = policy.list_index(e.list.as_deref()).unwrap_or(0);
        queues[q].push(e);
    }
    for q in &mut queues {
        q.sort_by_key(|e| speak_key(e, policy));
    }
    // The turn goes to the list after the one whose speaker spoke last on the item.
    let mut turn = match &history.last_list {
        Some(l) if !policy.alternate.is_empty() => {
            (policy.list_index(Some(l)).unwrap_or(0) + 1) % lists
        }
        _ => 0,
    };
    loop {
        let in_turn: Vec<usize> = (0..lists)
            .map(|k| (turn + k) % lists)
            .filter(|q| !queues[*q].is_empty())
            .collect();
        let Some(&turn_queue) = in_turn.first() else {
            break;
        };
        let pick = if policy.no_repeat {
            in_turn.iter().find_map(|&q| {
                queues[q]
                    .iter()
                    .position(|e| Some(e.person) != prev)
                    .map(|at| (q, at))
            })
        } else {
            None
        };
        let (q, at) = pick.unwrap_or((turn_queue, 0));
        let e = queues[q].remove(at);
        let r = if (q, at) != (turn_queue, 0) {
            Reason::new(ReasonCode::NoRepeat, &e, policy)
        } else if !policy.alternate.is_empty() {
            Reason::new(ReasonCode::ListTurn, &e, policy)
        } else {
            speak_reason(&e, policy)
        };
        prev = Some(e.person);
        turn = (q + 1) % lists;
        out.push((e, r));
    }
    capped.sort_by_key(|e| e.added_no);
    for e in capped {
        let r = Reason::new(ReasonCode::OverCap, &e, policy);
        out.push((e, r));
    }
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
    /// In a spokes council: the WG the spoke speaks for.
    pub wg: Option<String>,
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
        order(es, &FloorPolicy::base(policy), &History::default())
            .iter()
            .map(|(e, _)| e.added_no)
            .collect()
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
            let r = reason(&e, &FloorPolicy::base(*policy));
            assert_eq!(
                (r.label.as_str(), r.code),
                (*label, *code),
                "{kind} under {policy}"
            );
        }
    }

    /// Orders `es` under the policy written `policy` after `history`, and returns
    /// (added_no, reason label) first to last.
    fn placed(policy: &str, es: Vec<Waiting>, history: History) -> Vec<(i64, String)> {
        let p: FloorPolicy = policy.parse().unwrap();
        order(es, &p, &history)
            .into_iter()
            .map(|(e, r)| (e.added_no, r.label))
            .collect()
    }

    fn labels(v: &[(i64, String)]) -> Vec<(i64, &str)> {
        v.iter().map(|(n, l)| (*n, l.as_str())).collect()
    }

    #[test]
    fn alternating_lists_take_turns_with_their_reasons() {
        let es = vec![
            Waiting::new(Speak, false, false, 1),
            Waiting::new(Speak, false, false, 2),
            Waiting::new(Speak, false, false, 3).on_list("women"),
            Waiting::new(Speak, false, true, 4).on_list("women"),
            Waiting::new(Process, false, false, 5).on_list("women"),
        ];
        // The open list spoke last: the women's list has the turn.
        let after_open = History {
            last_speaker: None,
            last_list: Some("open".into()),
        };
        let got = placed("fifo,alternate:women|open", es.clone(), after_open);
        assert_eq!(
            labels(&got),
            vec![
                (5, "point of process"),
                (3, "women list's turn"),
                (1, "open list's turn"),
                (4, "women list's turn"),
                (2, "open list's turn"),
            ]
        );
        // Under progressive the key orders each list and the reason says so.
        let got = placed("progressive,alternate:women|open", es, History::default());
        assert_eq!(
            labels(&got),
            vec![
                (5, "point of process"),
                (3, "women list's turn, first time speaking today"),
                (1, "open list's turn, first time speaking today"),
                (4, "women list's turn, has already spoken today"),
                (2, "open list's turn, first time speaking today"),
            ]
        );
    }

    #[test]
    fn an_empty_list_is_skipped() {
        let es = vec![
            Waiting::new(Speak, false, false, 1),
            Waiting::new(Speak, false, false, 2),
        ];
        let got = placed("fifo,alternate:women|open", es, History::default());
        assert_eq!(
            labels(&got),
            vec![(1, "open list's turn"), (2, "open list's turn")]
        );
    }

    #[test]
    fn first_time_first_without_any_flag() {
        let es = vec![
            Waiting::new(Speak, false, true, 1),
            Waiting::new(Speak, false, false, 2),
        ];
        let got = placed("fifo,first-time-first", es, History::default());
        assert_eq!(
            labels(&got),
            vec![
                (2, "first time speaking today"),
                (1, "has already spoken today")
            ]
        );
    }

    #[test]
    fn the_capped_wait_behind_everyone() {
        let es = vec![
            Waiting::new(Speak, false, false, 1).after_speeches(2),
            Waiting::new(Speak, false, false, 2).after_speeches(1),
        ];
        let got = placed("fifo,cap:2", es, History::default());
        assert_eq!(
            labels(&got),
            vec![
                (2, "in order added"),
                (1, "waits: has had 2 speeches on this item, the cap is 2")
            ]
        );
    }

    #[test]
    fn no_repeat_lets_the_next_one_go_first_unless_alone() {
        let sam = Uuid::from_u128(1);
        let just_spoke = History {
            last_speaker: Some(sam),
            last_list: None,
        };
        let es = vec![
            Waiting::new(Speak, false, false, 1),
            Waiting::new(Speak, false, false, 2),
        ];
        let got = placed("fifo,no-repeat", es, just_spoke.clone());
        assert_eq!(
            labels(&got),
            vec![
                (2, "goes ahead: the next in turn spoke just before"),
                (1, "in order added")
            ]
        );
        let alone = vec![Waiting::new(Speak, false, false, 1)];
        assert_eq!(
            labels(&placed("fifo,no-repeat", alone, just_spoke)),
            vec![(1, "in order added")]
        );
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
