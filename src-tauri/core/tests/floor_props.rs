//! Property tests of the fair floor's promises (ga-process.md, "Fair floor"), on THE
//! ordering function: for any waiting entries, any composed policy and any history —
//! the bands still come first; the sub-lists take turns (alternation holds whenever both
//! lists wait); a capped person is never next; nobody takes the floor twice in a row
//! unless nobody else waits in the band; first-timers go before those who spoke.
//! (That the cap holds through the database, and undo of policy changes, is in
//! stack_props.rs.)

use plenary_core::meeting::StackPolicy;
use plenary_core::stack::{order, EntryKind, FloorPolicy, History, Reason, Waiting};
use proptest::prelude::*;
use uuid::Uuid;

const LISTS: &[&str] = &["women", "open", "youth"];

fn kind() -> impl Strategy<Value = EntryKind> {
    prop::sample::select(EntryKind::ALL.to_vec())
}

/// Up to 30 entries of 6 people (several entries of one person, even in one band: the
/// function must hold its promises whatever it is given), lists chosen or not (and
/// "youth", which a two-list policy does not name), 0–3 speeches on the item so far.
fn entries() -> impl Strategy<Value = Vec<Waiting>> {
    prop::collection::vec(
        (
            kind(),
            any::<bool>(),
            any::<bool>(),
            0..6u128,
            prop::option::of(prop::sample::select(LISTS.to_vec())),
            0..4u32,
        ),
        0..30,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (k, p, s, who, list, had))| {
                let mut e = Waiting::new(k, p, s, i as i64 + 1)
                    .by(who)
                    .after_speeches(had);
                e.list = list.map(String::from);
                e
            })
            .collect::<Vec<_>>()
    })
    .prop_shuffle()
}

fn policy() -> impl Strategy<Value = FloorPolicy> {
    (
        prop::sample::select(vec![StackPolicy::Progressive, StackPolicy::Fifo]),
        any::<bool>(),
        0..3usize,
        prop::option::of(1..4u32),
        any::<bool>(),
    )
        .prop_map(
            |(base, first_time_first, lists, cap, no_repeat)| FloorPolicy {
                base,
                first_time_first,
                alternate: match lists {
                    0 => vec![],
                    1 => vec!["women".into(), "open".into()],
                    _ => LISTS.iter().map(|l| l.to_string()).collect(),
                },
                cap,
                no_repeat,
            },
        )
}

fn history() -> impl Strategy<Value = History> {
    (
        prop::option::of(0..6u128),
        prop::option::of(prop::sample::select(vec!["women", "open", "youth", ""])),
    )
        .prop_map(|(who, list)| History {
            last_speaker: who.map(Uuid::from_u128),
            last_list: list.map(String::from),
        })
}

/// The entries `next` can give the floor to, in order (the capped wait but are passed by).
fn eligible(out: &[(Waiting, Reason)]) -> Vec<&Waiting> {
    out.iter()
        .filter(|(_, r)| !r.passed_by())
        .map(|(e, _)| e)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// Nobody is lost or duplicated, whatever the policy.
    #[test]
    fn order_is_a_permutation(es in entries(), p in policy(), h in history()) {
        let mut want: Vec<i64> = es.iter().map(|e| e.added_no).collect();
        let mut got: Vec<i64> = order(es, &p, &h).iter().map(|(e, _)| e.added_no).collect();
        want.sort();
        got.sort();
        prop_assert_eq!(got, want);
    }

    /// The bands still come first under every composed policy.
    #[test]
    fn bands_still_come_first(es in entries(), p in policy(), h in history()) {
        let out = order(es, &p, &h);
        for w in out.windows(2) {
            prop_assert!(w[0].0.kind.band() <= w[1].0.kind.band(), "{:?} before {:?}", w[0], w[1]);
        }
    }

    /// Alternation: each `speak` place goes to the first list in turn — starting after
    /// the list that spoke last — that still has someone waiting. With two lists: they
    /// alternate whenever both wait.
    #[test]
    fn the_lists_take_turns(es in entries(), p in policy(), h in history()) {
        let mut p = p;
        p.no_repeat = false; // no-repeat may move the next one ahead: its own property
        prop_assume!(!p.alternate.is_empty());
        let out = order(es, &p, &h);
        let speak: Vec<usize> = eligible(&out).iter()
            .filter(|e| e.kind == EntryKind::Speak)
            .map(|e| p.list_index(e.list.as_deref()).unwrap())
            .collect();
        let n = p.alternate.len();
        let mut last = h.last_list.as_deref().map(|l| p.list_index(Some(l)).unwrap());
        for (k, &list) in speak.iter().enumerate() {
            let start = last.map(|l| (l + 1) % n).unwrap_or(0);
            let want = (0..n).map(|i| (start + i) % n).find(|q| speak[k..].contains(q)).unwrap();
            prop_assert_eq!(list, want, "place {} of {:?} after list {:?}", k, speak, last);
            last = Some(list);
        }
    }

    /// Every `speak` place under alternation says whose turn it is.
    #[test]
    fn each_turn_gives_its_reason(es in entries(), p in policy(), h in history()) {
        prop_assume!(!p.alternate.is_empty());
        for (e, r) in order(es, &p, &h) {
            if e.kind == EntryKind::Speak && !r.passed_by() && r.code != plenary_core::stack::ReasonCode::NoRepeat {
                let list = &p.alternate[p.list_index(e.list.as_deref()).unwrap()];
                prop_assert!(r.label.starts_with(&format!("{list} list's turn")), "{:?}", r);
            }
        }
    }

    /// A cap is never exceeded: nobody who has had N speeches on the item is ever ahead
    /// of someone `next` can give the floor to, nor can `next` give it to them; and every
    /// entry passed by is one over the cap.
    #[test]
    fn a_cap_is_never_exceeded(es in entries(), p in policy(), h in history()) {
        let out = order(es, &p, &h);
        let mut seen_passed = false;
        for (e, r) in &out {
            let over = e.kind == EntryKind::Speak && p.cap.is_some_and(|n| e.item_speeches >= n);
            prop_assert_eq!(r.passed_by(), over, "{:?} {:?}", e, r);
            if r.passed_by() { seen_passed = true; } else { prop_assert!(!seen_passed, "{:?} behind a capped entry", e); }
        }
    }

    /// Nobody twice in a row unless alone: a place goes to the person who had the one
    /// before (the last speaker, for the first place) only when nobody else is left to
    /// wait in that band.
    #[test]
    fn nobody_twice_in_a_row_unless_alone(es in entries(), p in policy(), h in history()) {
        let mut p = p;
        p.no_repeat = true;
        let out = order(es, &p, &h);
        let places = eligible(&out);
        let mut prev = h.last_speaker;
        for (k, e) in places.iter().enumerate() {
            if Some(e.person) == prev {
                let others = places[k..].iter().any(|o| o.kind.band() == e.kind.band() && o.person != e.person);
                prop_assert!(!others, "place {}: {:?} again though others wait in the band", k, e);
            }
            prev = Some(e.person);
        }
    }

    /// first-time-first: within `speak` (one queue), nobody who has spoken in this
    /// meeting is ahead of someone who has not — with no prioritize flag needed.
    #[test]
    fn first_timers_go_first(es in entries(), p in policy(), h in history()) {
        let mut p = p;
        p.first_time_first = true;
        p.alternate.clear();
        p.no_repeat = false;
        let out = order(es, &p, &h);
        let speak: Vec<&Waiting> = eligible(&out).into_iter().filter(|e| e.kind == EntryKind::Speak).collect();
        for (i, a) in speak.iter().enumerate() {
            for b in &speak[i + 1..] {
                prop_assert!(!a.has_spoken || b.has_spoken, "{:?} ahead of first-timer {:?}", a, b);
            }
        }
    }

    /// A policy written out reads back as itself.
    #[test]
    fn a_policy_reads_back_as_written(p in policy()) {
        prop_assert_eq!(p.to_string().parse::<FloorPolicy>().unwrap(), p);
    }
}
