//! Property tests of the stack: the ordering invariants of ga-process.md, exact undo
//! after any sequence of actions, and refusals that write nothing.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::dump;
use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::{NewMeeting, StackPolicy};
use plenary_core::stack::{EntryKind, FloorPolicy, History, Reason, Waiting};
use plenary_core::{Actor, Db};
use proptest::prelude::*;
use uuid::Uuid;

const K: Actor = Actor::StackKeeper;

fn kind() -> impl Strategy<Value = EntryKind> {
    prop::sample::select(EntryKind::ALL.to_vec())
}

fn policy() -> impl Strategy<Value = StackPolicy> {
    prop::sample::select(vec![StackPolicy::Progressive, StackPolicy::Fifo])
}

/// Up to 30 waiting entries with distinct `added_no`, in a random input order.
fn entries() -> impl Strategy<Value = Vec<Waiting>> {
    prop::collection::vec((kind(), any::<bool>(), any::<bool>()), 0..30)
        .prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (k, p, s))| Waiting::new(k, p, s, i as i64 + 1))
                .collect::<Vec<_>>()
        })
        .prop_shuffle()
}

/// THE order under a base policy, with no history.
fn order(es: Vec<Waiting>, policy: StackPolicy) -> Vec<(Waiting, Reason)> {
    plenary_core::stack::order(es, &FloorPolicy::base(policy), &History::default())
}

fn progressive_speak(policy: StackPolicy, e: &Waiting) -> bool {
    policy == StackPolicy::Progressive && e.kind == EntryKind::Speak
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The output is the input, reordered: nobody is lost or duplicated.
    #[test]
    fn order_is_a_permutation(es in entries(), policy in policy()) {
        let mut want: Vec<i64> = es.iter().map(|e| e.added_no).collect();
        let mut got: Vec<i64> = order(es, policy).iter().map(|(e, _)| e.added_no).collect();
        want.sort();
        got.sort();
        prop_assert_eq!(got, want);
    }

    /// A higher band is never behind a lower one (process before information before
    /// clarifying before direct-response before speak), under either policy.
    #[test]
    fn a_higher_band_is_never_behind_a_lower_one(es in entries(), policy in policy()) {
        let out = order(es, policy);
        for w in out.windows(2) {
            prop_assert!(w[0].0.kind.band() <= w[1].0.kind.band());
        }
    }

    /// Under progressive, within `speak`, a prioritized entry is never behind an
    /// unprioritized one.
    #[test]
    fn prioritized_is_never_behind_unprioritized(es in entries()) {
        let p = StackPolicy::Progressive;
        let speak: Vec<Waiting> = order(es, p).into_iter().map(|(e, _)| e).filter(|e| e.kind == EntryKind::Speak).collect();
        for (i, a) in speak.iter().enumerate() {
            for b in &speak[i + 1..] {
                prop_assert!(a.prioritized || !b.prioritized, "unprioritized {} ahead of prioritized {}", a.added_no, b.added_no);
            }
        }
    }

    /// Under progressive, within `speak`, someone who has already spoken is never ahead
    /// of someone equally prioritized who has not.
    #[test]
    fn spoken_is_never_ahead_of_equally_prioritized_first_timer(es in entries()) {
        let p = StackPolicy::Progressive;
        let speak: Vec<Waiting> = order(es, p).into_iter().map(|(e, _)| e).filter(|e| e.kind == EntryKind::Speak).collect();
        for (i, a) in speak.iter().enumerate() {
            for b in &speak[i + 1..] {
                if a.prioritized == b.prioritized {
                    prop_assert!(!a.has_spoken || b.has_spoken);
                }
            }
        }
    }

    /// Within equal keys the order added is kept: same band and (for progressive speak)
    /// same flags means earlier added goes first.
    #[test]
    fn equal_keys_keep_the_order_added(es in entries(), policy in policy()) {
        let out: Vec<Waiting> = order(es, policy).into_iter().map(|(e, _)| e).collect();
        for (i, a) in out.iter().enumerate() {
            for b in &out[i + 1..] {
                let same_key = a.kind.band() == b.kind.band()
                    && (!progressive_speak(policy, a)
                        || (a.prioritized == b.prioritized && a.has_spoken == b.has_spoken));
                if same_key {
                    prop_assert!(a.added_no < b.added_no);
                }
            }
        }
    }

    /// fifo ignores the prioritized and has-spoken flags: flipping them changes nothing,
    /// and the order is (band, order added).
    #[test]
    fn fifo_ignores_prioritized_and_spoken(es in entries(), flips in prop::collection::vec((any::<bool>(), any::<bool>()), 30)) {
        let f = StackPolicy::Fifo;
        let ids = |v: Vec<Waiting>| order(v, f).into_iter().map(|(e, _)| e.added_no).collect::<Vec<_>>();
        let flipped: Vec<Waiting> = es.iter().zip(&flips).map(|(e, (p, s))| {
            let mut e = e.clone();
            e.prioritized ^= p;
            e.has_spoken ^= s;
            e
        }).collect();
        let mut by_key = es.clone();
        by_key.sort_by_key(|e| (e.kind.band(), e.added_no));
        let want: Vec<i64> = by_key.iter().map(|e| e.added_no).collect();
        prop_assert_eq!(ids(es), want.clone());
        prop_assert_eq!(ids(flipped), want);
    }
}

// ---- Through the database ----------------------------------------------------------

#[derive(Debug, Clone)]
enum Op {
    Add {
        item: usize,
        who: usize,
        kind: EntryKind,
        prioritize: bool,
    },
    Next {
        item: usize,
    },
    Withdraw {
        item: usize,
        nth: usize,
    },
    Prioritize {
        item: usize,
        nth: usize,
        on: bool,
    },
    Close {
        item: usize,
    },
    Reopen {
        item: usize,
    },
    Pause {
        item: usize,
    },
    Resume {
        item: usize,
    },
    Limit {
        item: usize,
        seconds: Option<i64>,
    },
    /// Someone joins the stack choosing a sub-list for the meeting.
    AddOnList {
        item: usize,
        who: usize,
        list: usize,
    },
    /// The facilitation team changes the floor policy on this item's stack.
    Policy {
        item: usize,
        policy: usize,
    },
    Undo {
        item: usize,
    },
    /// Time passes.
    Tick(i64),
}

const NAMES: &[&str] = &["Sam", "Alex", "Kim", "Lee", "Mo", "Ana"];
const LISTS: &[&str] = &["women", "open", "youth"];
const POLICIES: &[&str] = &[
    "progressive",
    "fifo",
    "fifo,first-time-first",
    "progressive,alternate:women|open",
    "fifo,alternate:women|open|youth,no-repeat",
    "progressive,cap:1",
    "fifo,cap:2,no-repeat",
    "progressive,first-time-first,alternate:women|open,cap:1,no-repeat",
];

fn op(items: usize) -> impl Strategy<Value = Op> {
    let item = 0..items;
    prop_oneof![
        4 => (item.clone(), 0..NAMES.len(), kind(), prop::bool::weighted(0.2))
            .prop_map(|(item, who, kind, prioritize)| Op::Add { item, who, kind, prioritize }),
        3 => item.clone().prop_map(|item| Op::Next { item }),
        1 => (item.clone(), 0..6usize).prop_map(|(item, nth)| Op::Withdraw { item, nth }),
        1 => (item.clone(), 0..6usize, any::<bool>()).prop_map(|(item, nth, on)| Op::Prioritize { item, nth, on }),
        1 => item.clone().prop_map(|item| Op::Close { item }),
        1 => item.clone().prop_map(|item| Op::Reopen { item }),
        1 => item.clone().prop_map(|item| Op::Pause { item }),
        1 => item.clone().prop_map(|item| Op::Resume { item }),
        1 => (item.clone(), prop::option::of(1..600i64)).prop_map(|(item, seconds)| Op::Limit { item, seconds }),
        2 => item.clone().prop_map(|item| Op::Undo { item }),
        1 => (item.clone(), 0..NAMES.len(), 0..LISTS.len()).prop_map(|(item, who, list)| Op::AddOnList { item, who, list }),
        1 => (item.clone(), 0..POLICIES.len()).prop_map(|(item, policy)| Op::Policy { item, policy }),
        2 => (1..120i64).prop_map(Op::Tick),
    ]
}

struct Bench {
    db: Db,
    meeting: Uuid,
    items: Vec<Uuid>,
    now: DateTime<Utc>,
}

fn bench(policy: StackPolicy, items: usize) -> Bench {
    let mut db = common::db();
    let now: DateTime<Utc> = "2026-03-01T19:00:00Z".parse().unwrap();
    db.set_now(Some(now));
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: "2026-03-01".into(),
                policy: Some(policy.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    let items = (0..items)
        .map(|i| {
            db.add_agenda_item(
                Actor::Facilitator,
                &NewAgendaItem {
                    meeting: m.reference.clone(),
                    kind: "discussion".into(),
                    title: format!("Item {i}"),
                    ..Default::default()
                },
            )
            .unwrap()
            .id
        })
        .collect();
    db.open_meeting(Actor::Facilitator, m.id).unwrap();
    Bench {
        db,
        meeting: m.id,
        items,
        now,
    }
}

impl Bench {
    /// The `nth` waiting entry of an item (modulo the number waiting), if any.
    fn nth_waiting(&self, item: Uuid, nth: usize) -> Option<Uuid> {
        let w = self.db.stack_view(item).ok()?.waiting;
        (!w.is_empty()).then(|| w[nth % w.len()].entry_id)
    }

    /// Runs one operation; `Ok(true)` when it was a stack action that succeeded.
    fn run(&mut self, op: &Op) -> plenary_core::Result<bool> {
        let db = &mut self.db;
        match *op {
            Op::Add {
                item,
                who,
                kind,
                prioritize,
            } => db
                .stack_add(K, self.items[item], NAMES[who], kind, prioritize)
                .map(|_| true),
            Op::Next { item } => db.stack_next(K, self.items[item]).map(|_| true),
            Op::Withdraw { item, nth } => match self.nth_waiting(self.items[item], nth) {
                Some(e) => self.db.stack_withdraw(K, e).map(|_| true),
                None => Ok(false),
            },
            Op::Prioritize { item, nth, on } => match self.nth_waiting(self.items[item], nth) {
                Some(e) => self.db.stack_prioritize(K, e, on).map(|_| true),
                None => Ok(false),
            },
            Op::Close { item } => db.stack_close(K, self.items[item]).map(|_| true),
            Op::Reopen { item } => db.stack_reopen(K, self.items[item]).map(|_| true),
            Op::Pause { item } => db.stack_pause(K, self.items[item]).map(|_| true),
            Op::Resume { item } => db.stack_resume(K, self.items[item]).map(|_| true),
            Op::Limit { item, seconds } => db
                .set_speaker_limit(K, self.items[item], seconds)
                .map(|_| true),
            Op::Undo { item } => db.stack_undo(K, self.items[item]).map(|_| true),
            Op::AddOnList { item, who, list } => db
                .stack_add_on_list(
                    K,
                    self.items[item],
                    NAMES[who],
                    EntryKind::Speak,
                    false,
                    Some(LISTS[list]),
                )
                .map(|_| true),
            Op::Policy { item, policy } => db
                .set_floor_policy(
                    Actor::Facilitator,
                    self.meeting,
                    POLICIES[policy],
                    "to try it",
                    Some(self.items[item]),
                )
                .map(|_| true),
            Op::Tick(s) => {
                self.now += Duration::seconds(s);
                db.set_now(Some(self.now));
                Ok(false)
            }
        }
    }
}

/// Every table but the journal (which only grows: it records undos too) and the
/// tombstones (a person removed by undoing an add leaves one, so that the removal travels
/// in bundles).
fn stack_state(db: &Db) -> String {
    dump(db)
        .split("## ")
        .filter(|s| {
            !s.starts_with("journal\n")
                && !s.starts_with("sqlite_sequence\n")
                && !s.starts_with("tombstones\n")
        })
        .collect::<Vec<_>>()
        .join("## ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Undo after any sequence of actions on an item restores exactly the state before
    /// the undone action — and repeated undos walk back to the empty stack, through
    /// every earlier state. `next` always gives the floor to the first in the view.
    #[test]
    fn undo_restores_exactly_the_earlier_state(policy in policy(), ops in prop::collection::vec(op(1), 1..40)) {
        let mut b = bench(policy, 1);
        let item = b.items[0];
        let mut history: Vec<String> = Vec::new();
        for op in &ops {
            let before = stack_state(&b.db);
            let first = b.db.stack_view(item).unwrap().waiting.iter().find(|w| !w.passed_by).map(|w| w.name.clone());
            let result = b.run(op);
            match (op, result) {
                (Op::Undo { .. }, Ok(_)) => {
                    let want = history.pop().expect("undo succeeded with an empty history");
                    prop_assert_eq!(stack_state(&b.db), want, "after {:?}", op);
                }
                (Op::Next { .. }, Ok(_)) => {
                    let now = b.db.stack_view(item).unwrap().speaker.map(|s| s.name);
                    prop_assert_eq!(&now, &first, "next gave the floor to someone else than the first");
                    if stack_state(&b.db) != before { history.push(before); }
                }
                (Op::Limit { .. }, Ok(_)) => if stack_state(&b.db) != before { history.push(before); },
                (_, Ok(true)) => history.push(before),
                (_, Ok(false)) => {}
                (_, Err(e)) => {
                    prop_assert_ne!(e.kind(), "database", "{}", e);
                    prop_assert_eq!(stack_state(&b.db), before, "a refused {:?} wrote", op);
                }
            }
        }
        while let Some(want) = history.pop() {
            b.db.stack_undo(K, item).unwrap();
            prop_assert_eq!(stack_state(&b.db), want);
        }
        prop_assert!(b.db.stack_undo(K, item).is_err(), "undo went further back than the actions");
    }

    /// With two items, undoing the last action on one of them restores exactly the state
    /// before it, whatever happened before on both.
    #[test]
    fn undo_of_the_last_action_with_two_items(ops in prop::collection::vec(op(2), 0..30), last in op(2)) {
        let mut b = bench(StackPolicy::Progressive, 2);
        for op in &ops { let _ = b.run(op); }
        let before = stack_state(&b.db);
        if let (Ok(_), false) = (b.run(&last), matches!(last, Op::Undo { .. } | Op::Tick(_))) {
            let item = match last {
                Op::Add { item, .. } | Op::Next { item } | Op::Withdraw { item, .. } | Op::Prioritize { item, .. }
                | Op::Close { item } | Op::Reopen { item } | Op::Pause { item } | Op::Resume { item }
                | Op::Limit { item, .. } | Op::Undo { item } | Op::AddOnList { item, .. } | Op::Policy { item, .. } => item,
                Op::Tick(_) => 0,
            };
            if stack_state(&b.db) != before {
                b.db.stack_undo(K, b.items[item]).unwrap();
                prop_assert_eq!(stack_state(&b.db), before);
            }
        }
    }

    /// A refused action writes nothing — not even a journal row: duplicates in a band,
    /// direct responses with nobody speaking, speakers on a closed stack, actions on a
    /// closed meeting or an unknown item.
    #[test]
    fn refusals_write_nothing(ops in prop::collection::vec(op(2), 0..40), close_at in 0usize..40) {
        let mut b = bench(StackPolicy::Progressive, 2);
        for (i, op) in ops.iter().enumerate() {
            if i == close_at {
                b.db.close_meeting(Actor::Facilitator, b.meeting).unwrap();
            }
            let before = dump(&b.db);
            if let Err(e) = b.run(op) {
                prop_assert!(["conflict", "not-allowed", "not-found", "invalid-input"].contains(&e.kind()), "{}", e);
                prop_assert_eq!(dump(&b.db), before, "refused {:?} ({}) wrote", op, e);
            }
            // An unknown item is refused at every step.
            let before = dump(&b.db);
            let e = b.db.stack_add(K, Uuid::now_v7(), "Sam", EntryKind::Speak, false).unwrap_err();
            prop_assert_eq!(e.kind(), "not-found");
            prop_assert_eq!(dump(&b.db), before);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Under any policy, changed mid-item at random, `next` never gives the floor to
    /// someone who has had the cap's number of speeches on the item, and always to the
    /// first the view shows as next.
    #[test]
    fn a_cap_is_never_exceeded_through_the_database(ops in prop::collection::vec(op(1), 1..60)) {
        let mut b = bench(StackPolicy::Progressive, 1);
        let item = b.items[0];
        for op in &ops {
            let view = b.db.stack_view(item).unwrap();
            let next = view.waiting.iter().find(|w| !w.passed_by).cloned();
            let cap = view.floor_policy.cap;
            let had = |b: &Bench, name: &str| b.db.speaking_log(item).unwrap().iter()
                .filter(|s| s.name == name && s.kind == EntryKind::Speak).count() as u32;
            let before = next.as_ref().map(|w| had(&b, &w.name));
            if let (Op::Next { .. }, Ok(_)) = (op, b.run(op)) {
                let now = b.db.stack_view(item).unwrap().speaker;
                prop_assert_eq!(now.as_ref().map(|s| s.entry_id), next.as_ref().map(|w| w.entry_id));
                if let (Some(w), Some(cap), Some(had)) = (&next, cap, before) {
                    if w.kind == EntryKind::Speak {
                        prop_assert!(had < cap, "{} got the floor after {} speeches under cap:{}", w.name, had, cap);
                    }
                }
            }
        }
    }
}
