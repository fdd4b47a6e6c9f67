//! The speakers' stack (ga-process.md, "The stack"): ordering through the real database,
//! every action and refusal, the speaking log, statistics, and undo.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{db, dump, refused};
use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::stack::{EntryKind, ReasonCode, StackView};
use plenary_core::{Actor, Db};
use uuid::Uuid;

const K: Actor = Actor::StackKeeper;
use EntryKind::*;

fn t0() -> DateTime<Utc> {
    "2026-03-01T19:00:00Z".parse().unwrap()
}

/// Sets the clock to `secs` seconds after 19:00.
fn at(db: &mut Db, secs: i64) {
    db.set_now(Some(t0() + Duration::seconds(secs)));
}

struct Ga {
    db: Db,
    meeting: Uuid,
    items: Vec<Uuid>,
}

/// A GA on 2026-03-01 with `n` discussion items, opened at 19:00.
fn ga(policy: &str, n: usize) -> Ga {
    ga_on(db(), "2026-03-01", policy, n)
}

fn ga_on(mut db: Db, date: &str, policy: &str, n: usize) -> Ga {
    at(&mut db, 0);
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: date.into(),
                policy: Some(policy.into()),
                ..Default::default()
            },
        )
        .unwrap();
    let items = (1..=n)
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
    Ga {
        db,
        meeting: m.id,
        items,
    }
}

fn add(db: &mut Db, item: Uuid, name: &str, kind: EntryKind) -> Uuid {
    db.stack_add(K, item, name, kind, false).unwrap()
}

fn next(db: &mut Db, item: Uuid) -> Option<String> {
    db.stack_next(K, item).unwrap().map(|f| f.name)
}

/// The waiting names in order, each with its reason label.
fn waiting(db: &Db, item: Uuid) -> Vec<(String, String)> {
    db.stack_view(item)
        .unwrap()
        .waiting
        .into_iter()
        .map(|w| (w.name, w.reason.label))
        .collect()
}

fn names(db: &Db, item: Uuid) -> Vec<String> {
    waiting(db, item).into_iter().map(|(n, _)| n).collect()
}

fn view(db: &Db, item: Uuid) -> StackView {
    db.stack_view(item).unwrap()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn next_gives_the_floor_in_band_order_with_reasons() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    add(&mut db, i, "Sam", Speak);
    add(&mut db, i, "Alex", Speak);
    assert_eq!(next(&mut db, i).as_deref(), Some("Sam"));
    add(&mut db, i, "Kim", DirectResponse);
    add(&mut db, i, "Lee", Clarifying);
    add(&mut db, i, "Mo", Information);
    add(&mut db, i, "Ana", Process);
    assert_eq!(
        waiting(&db, i),
        pairs(&[
            ("Ana", "point of process"),
            ("Mo", "point of information"),
            ("Lee", "clarifying question"),
            ("Kim", "direct response to Sam"),
            ("Alex", "first time speaking today"),
        ])
    );
    let v = view(&db, i);
    assert_eq!(v.speaker.as_ref().unwrap().name, "Sam");
    assert_eq!(
        v.waiting.iter().map(|w| w.position).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5]
    );
    for who in ["Ana", "Mo", "Lee", "Kim", "Alex"] {
        assert_eq!(next(&mut db, i).as_deref(), Some(who));
    }
    // The last speech ends; nobody waits.
    assert_eq!(next(&mut db, i), None);
    assert!(view(&db, i).speaker.is_none());
    // Nothing under way and nobody waiting: `next` writes nothing at all.
    let before = dump(&db);
    assert_eq!(next(&mut db, i), None);
    assert_eq!(dump(&db), before);
}

#[test]
fn progressive_puts_first_timers_before_those_who_spoke_anywhere_in_the_meeting() {
    let Ga { mut db, items, .. } = ga("progressive", 2);
    let (i1, i2) = (items[0], items[1]);
    add(&mut db, i1, "Sam", Speak);
    next(&mut db, i1);
    // Sam has the floor on item 1 but has not finished a speech yet.
    add(&mut db, i2, "Sam", Speak);
    add(&mut db, i2, "Alex", Speak);
    assert_eq!(
        waiting(&db, i2),
        pairs(&[
            ("Sam", "first time speaking today"),
            ("Alex", "first time speaking today")
        ])
    );
    at(&mut db, 60);
    next(&mut db, i1); // Sam's speech ends: Sam has now spoken in this meeting.
    assert_eq!(
        waiting(&db, i2),
        pairs(&[
            ("Alex", "first time speaking today"),
            ("Sam", "has already spoken today")
        ])
    );
    // Prioritizing beats having spoken; the flag can be set and unset.
    let sam = db.find_waiting_entry(i2, "sam", None).unwrap();
    db.stack_prioritize(K, sam, true).unwrap();
    assert_eq!(
        waiting(&db, i2),
        pairs(&[
            ("Sam", "prioritized"),
            ("Alex", "first time speaking today")
        ])
    );
    refused(&mut db, "conflict", "Sam is already prioritized", |db| {
        db.stack_prioritize(K, sam, true)
    });
    db.stack_prioritize(K, sam, false).unwrap();
    refused(&mut db, "conflict", "Sam is not prioritized", |db| {
        db.stack_prioritize(K, sam, false)
    });
    assert_eq!(names(&db, i2), vec!["Alex", "Sam"]);
}

#[test]
fn a_later_meeting_starts_everyone_afresh() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    add(&mut db, items[0], "Sam", Speak);
    next(&mut db, items[0]);
    next(&mut db, items[0]);
    let later = ga_on(db, "2026-03-08", "progressive", 1);
    let (mut db, i) = (later.db, later.items[0]);
    add(&mut db, i, "Sam", Speak);
    assert_eq!(waiting(&db, i)[0].1, "first time speaking today");
}

#[test]
fn fifo_keeps_the_order_added_within_a_band() {
    let Ga { mut db, items, .. } = ga("fifo", 2);
    let (i1, i2) = (items[0], items[1]);
    add(&mut db, i1, "Sam", Speak);
    next(&mut db, i1);
    next(&mut db, i1);
    add(&mut db, i2, "Sam", Speak);
    db.stack_add(K, i2, "Alex", Speak, true).unwrap();
    add(&mut db, i2, "Kim", Speak);
    add(&mut db, i2, "Lee", Information);
    assert_eq!(
        waiting(&db, i2),
        pairs(&[
            ("Lee", "point of information"),
            ("Sam", "in order added"),
            ("Alex", "in order added"),
            ("Kim", "in order added"),
        ])
    );
}

#[test]
fn a_person_waits_once_per_band() {
    let Ga { mut db, items, .. } = ga("progressive", 2);
    let i = items[0];
    add(&mut db, i, "Sam", Speak);
    refused(
        &mut db,
        "conflict",
        "Sam is already waiting on the stack of TST-GA-1.1 to speak; a person waits at most once per band",
        |db| db.stack_add(K, i, "SAM", Speak, false),
    );
    // Another band, or another item, is fine.
    add(&mut db, i, "Sam", Process);
    add(&mut db, items[1], "Sam", Speak);
    refused(&mut db, "conflict", "for a point of process", |db| {
        db.stack_add(K, i, "Sam", Process, false)
    });
    // Once they have the floor they may raise their hand again.
    assert_eq!(next(&mut db, i).as_deref(), Some("Sam")); // the point of process
    add(&mut db, i, "Sam", Process);
    // A withdrawn entry no longer counts.
    let e = db.find_waiting_entry(i, "Sam", Some(Speak)).unwrap();
    db.stack_withdraw(K, e).unwrap();
    add(&mut db, i, "Sam", Speak);
    refused(
        &mut db,
        "invalid-input",
        "Sam waits on the stack of TST-GA-1.1 in 2 bands",
        |db| db.find_waiting_entry(i, "Sam", None),
    );
}

#[test]
fn direct_responses_only_while_someone_speaks_and_name_them() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    refused(
        &mut db,
        "conflict",
        "nobody has the floor on TST-GA-1.1: a direct response answers the person speaking",
        |db| db.stack_add(K, i, "Kim", DirectResponse, false),
    );
    assert!(!view(&db, i).kinds[3].allowed);
    add(&mut db, i, "Sam", Speak);
    next(&mut db, i);
    assert!(view(&db, i).kinds[3].allowed);
    refused(
        &mut db,
        "conflict",
        "Sam has the floor: a direct response answers someone else",
        |db| db.stack_add(K, i, "sam", DirectResponse, false),
    );
    add(&mut db, i, "Kim", DirectResponse);
    add(&mut db, i, "Alex", Speak);
    assert_eq!(next(&mut db, i).as_deref(), Some("Kim"));
    let v = view(&db, i);
    assert_eq!(v.speaker.unwrap().responds_to.as_deref(), Some("Sam"));
    // A direct response to Kim while Kim speaks; it still says whom it answered later.
    add(&mut db, i, "Lee", DirectResponse);
    assert_eq!(
        waiting(&db, i)[0],
        ("Lee".into(), "direct response to Kim".into())
    );
}

#[test]
fn a_closed_stack_takes_points_but_no_new_speakers() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    add(&mut db, i, "Sam", Speak);
    next(&mut db, i);
    add(&mut db, i, "Alex", Speak);
    db.stack_close(K, i).unwrap();
    assert!(view(&db, i).closed);
    refused(
        &mut db,
        "conflict",
        "the stack of TST-GA-1.1 is closed: it takes no new speakers",
        |db| db.stack_add(K, i, "Kim", Speak, false),
    );
    refused(&mut db, "conflict", "no new direct responses", |db| {
        db.stack_add(K, i, "Kim", DirectResponse, false)
    });
    refused(&mut db, "conflict", "already closed", |db| {
        db.stack_close(K, i)
    });
    for (who, kind) in [("Kim", Process), ("Lee", Information), ("Mo", Clarifying)] {
        add(&mut db, i, who, kind);
    }
    let allowed: Vec<bool> = view(&db, i).kinds.iter().map(|k| k.allowed).collect();
    assert_eq!(allowed, vec![true, true, true, false, false]);
    // Those already waiting still speak.
    assert_eq!(names(&db, i), vec!["Kim", "Lee", "Mo", "Alex"]);
    db.stack_reopen(K, i).unwrap();
    refused(&mut db, "conflict", "already open", |db| {
        db.stack_reopen(K, i)
    });
    add(&mut db, i, "Jo", Speak);
}

#[test]
fn withdraw_takes_a_waiting_entry_off() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    let sam = add(&mut db, i, "Sam", Speak);
    add(&mut db, i, "Alex", Speak);
    next(&mut db, i);
    refused(
        &mut db,
        "conflict",
        "Sam is not waiting on the stack (they are speaking",
        |db| db.stack_withdraw(K, sam),
    );
    let alex = db.find_waiting_entry(i, "alex", Some(Speak)).unwrap();
    db.stack_withdraw(K, alex).unwrap();
    assert!(names(&db, i).is_empty());
    refused(&mut db, "conflict", "already withdrawn", |db| {
        db.stack_withdraw(K, alex)
    });
    refused(&mut db, "not-found", "no stack entry with id", |db| {
        db.stack_withdraw(K, Uuid::now_v7())
    });
    refused(
        &mut db,
        "not-found",
        "Alex is not waiting on the stack of TST-GA-1.1",
        |db| db.find_waiting_entry(i, "Alex", None),
    );
}

#[test]
fn speeches_keep_start_end_pauses_and_overruns() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    db.set_speaker_limit(K, i, Some(60)).unwrap();
    add(&mut db, i, "Sam", Speak);
    add(&mut db, i, "Alex", Speak);
    at(&mut db, 10);
    next(&mut db, i); // Sam from 19:00:10
    at(&mut db, 40);
    db.stack_pause(K, i).unwrap();
    refused(
        &mut db,
        "conflict",
        "Sam's speech is already paused",
        |db| db.stack_pause(K, i),
    );
    at(&mut db, 70);
    let v = view(&db, i);
    let s = v.speaker.unwrap();
    assert_eq!(
        (s.elapsed_ms, s.paused, s.remaining_ms),
        (30_000, true, Some(30_000))
    );
    assert_eq!(s.paused_since, Some(t0() + Duration::seconds(40)));
    db.stack_resume(K, i).unwrap(); // paused 40 → 70
    refused(&mut db, "conflict", "Sam's speech is not paused", |db| {
        db.stack_resume(K, i)
    });
    at(&mut db, 130);
    let s = view(&db, i).speaker.unwrap();
    assert_eq!(
        (s.elapsed_ms, s.over_limit, s.remaining_ms),
        (90_000, true, Some(-30_000))
    );
    next(&mut db, i); // Sam ends at 130: 120 s minus 30 s paused = 90 s, 30 s over.
    at(&mut db, 150);
    db.stack_pause(K, i).unwrap();
    at(&mut db, 160);
    next(&mut db, i); // Alex ends while paused: spoke 130 → 150, 20 s.
    let log = db.speaking_log(i).unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(
        (
            log[0].name.as_str(),
            log[0].spoken_ms,
            log[0].limit_seconds,
            log[0].overrun_ms
        ),
        ("Sam", Some(90_000), Some(60), Some(30_000))
    );
    assert_eq!(log[0].started_at, t0() + Duration::seconds(10));
    assert_eq!(log[0].ended_at, Some(t0() + Duration::seconds(130)));
    assert_eq!(log[0].pauses.len(), 1);
    assert_eq!(
        log[0].pauses[0].resumed_at,
        Some(t0() + Duration::seconds(70))
    );
    assert_eq!((log[1].spoken_ms, log[1].overrun_ms), (Some(20_000), None));
    assert_eq!(
        log[1].pauses[0].resumed_at,
        Some(t0() + Duration::seconds(160))
    );
    refused(
        &mut db,
        "conflict",
        "nobody has the floor on TST-GA-1.1: there is no speech to pause",
        |db| db.stack_pause(K, i),
    );
    refused(&mut db, "conflict", "no speech to resume", |db| {
        db.stack_resume(K, i)
    });
    refused(
        &mut db,
        "invalid-input",
        "outside 1 to 3600 seconds",
        |db| db.set_speaker_limit(K, i, Some(0)),
    );
    // Setting the limit it has already changes nothing.
    let before = dump(&db);
    db.set_speaker_limit(K, i, Some(60)).unwrap();
    assert_eq!(dump(&db), before);
    db.set_speaker_limit(K, i, None).unwrap();
    assert_eq!(view(&db, i).speaker_limit_seconds, None);
}

#[test]
fn speaking_statistics_of_a_meeting() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    // Sam spoke at the first GA.
    add(&mut db, items[0], "Sam", Speak);
    next(&mut db, items[0]);
    at(&mut db, 30);
    next(&mut db, items[0]);
    let ga2 = ga_on(db, "2026-03-08", "progressive", 2);
    let (mut db, m, i1, i2) = (ga2.db, ga2.meeting, ga2.items[0], ga2.items[1]);
    db.set_speaker_limit(K, i1, Some(60)).unwrap();
    db.stack_add(K, i1, "Alex", Speak, true).unwrap();
    add(&mut db, i1, "Sam", Speak);
    add(&mut db, i2, "Alex", Clarifying);
    at(&mut db, 0);
    next(&mut db, i1); // Alex 0 → 120 (overrun 60 s)
    at(&mut db, 120);
    next(&mut db, i1); // Sam 120 → 150
    at(&mut db, 150);
    next(&mut db, i1);
    next(&mut db, i2); // Alex 150 → 160
    at(&mut db, 160);
    next(&mut db, i2);
    let s = db.speaking_stats(m).unwrap();
    assert_eq!(
        (
            s.speeches,
            s.speakers,
            s.spoken_ms,
            s.first_time_speakers,
            s.overruns,
            s.overrun_ms
        ),
        (3, 2, 160_000, 1, 1, 60_000)
    );
    let alex = &s.people[0];
    assert_eq!(
        (
            alex.name.as_str(),
            alex.speeches,
            alex.spoken_ms,
            alex.first_time,
            alex.prioritized,
            alex.overruns
        ),
        ("Alex", 2, 130_000, true, 1, 1)
    );
    assert!((alex.share - 130.0 / 160.0).abs() < 1e-9);
    assert_eq!(
        (s.people[1].name.as_str(), s.people[1].first_time),
        ("Sam", false)
    );
    let by_kind: Vec<(EntryKind, i64)> = s.by_kind.iter().map(|k| (k.kind, k.speeches)).collect();
    assert_eq!(
        by_kind,
        vec![
            (Process, 0),
            (Information, 0),
            (Clarifying, 1),
            (DirectResponse, 0),
            (Speak, 2)
        ]
    );
}

#[test]
fn stack_actions_need_a_meeting_that_is_not_closed() {
    let Ga {
        mut db,
        meeting,
        items,
    } = ga("progressive", 1);
    let i = items[0];
    let e = add(&mut db, i, "Sam", Speak);
    add(&mut db, i, "Alex", Speak);
    next(&mut db, i);
    at(&mut db, 45);
    db.close_meeting(Actor::Facilitator, meeting).unwrap();
    // Closing the meeting ended the speech under way and forgot the undo records.
    let log = db.speaking_log(i).unwrap();
    assert_eq!(log[0].spoken_ms, Some(45_000));
    let v = view(&db, i);
    assert!(!v.writable && v.undo.is_none() && v.speaker.is_none());
    assert!(v.kinds.iter().all(|k| !k.allowed));
    let closed = "TST-GA-1 is closed";
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_add(K, i, "Kim", Speak, false)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_next(K, i)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_undo(K, i)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_withdraw(K, e)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_close(K, i)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_pause(K, i)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.set_speaker_limit(K, i, Some(30))
    });
    assert_eq!(v.kinds[0].why_not.as_deref(), Some(closed));
}

#[test]
fn a_planned_meeting_takes_stack_actions() {
    let mut db = db();
    at(&mut db, 0);
    let m = db
        .new_meeting(
            K,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let i = db
        .add_agenda_item(
            K,
            &NewAgendaItem {
                meeting: m.reference,
                kind: "soapbox".into(),
                title: "Soapbox".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    add(&mut db, i, "Sam", Speak);
    assert_eq!(next(&mut db, i).as_deref(), Some("Sam"));
}

#[test]
fn unknown_items_and_bad_names_are_refused() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let nowhere = Uuid::now_v7();
    refused(&mut db, "not-found", "no agenda item with id", |db| {
        db.stack_add(K, nowhere, "Sam", Speak, false)
    });
    refused(&mut db, "not-found", "no agenda item with id", |db| {
        db.stack_next(K, nowhere)
    });
    refused(&mut db, "not-found", "no agenda item with id", |db| {
        db.stack_undo(K, nowhere)
    });
    refused(&mut db, "not-found", "no agenda item with id", |db| {
        db.stack_view(nowhere)
    });
    refused(&mut db, "invalid-input", "name is empty", |db| {
        db.stack_add(K, items[0], "  ", Speak, false)
    });
    refused(&mut db, "invalid-input", "name must be one line", |db| {
        db.stack_add(K, items[0], "Sam\nAlex", Speak, false)
    });
    refused(
        &mut db,
        "invalid-input",
        "unknown stack entry kind \"shout\"",
        |_db| "shout".parse::<EntryKind>(),
    );
}

/// The stack tables (and people) as text: what undo must restore exactly. The journal
/// only grows (it records the undo too), and so do the tombstones: undoing an add that
/// created a person removes that person, and the removal must travel in bundles.
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

#[test]
fn undo_goes_back_one_action_at_a_time_as_far_as_the_meeting_goes() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    refused(
        &mut db,
        "conflict",
        "there is nothing to undo on the stack of TST-GA-1.1",
        |db| db.stack_undo(K, i),
    );
    let mut states = vec![stack_state(&db)];
    let mut labels = Vec::new();
    let mut step = |db: &mut Db, secs: i64, f: &dyn Fn(&mut Db)| {
        at(db, secs);
        f(db);
        labels.push(view(db, i).undo.unwrap().label);
        states.push(stack_state(db));
    };
    step(&mut db, 1, &|db| {
        db.set_speaker_limit(K, i, Some(60)).unwrap()
    });
    step(&mut db, 2, &|db| {
        add(db, i, "Sam", Speak);
    });
    step(&mut db, 3, &|db| {
        db.stack_add(K, i, "Alex", Speak, true).unwrap();
    });
    step(&mut db, 4, &|db| {
        next(db, i);
    });
    step(&mut db, 5, &|db| {
        add(db, i, "Kim", DirectResponse);
    });
    step(&mut db, 6, &|db| db.stack_pause(K, i).unwrap());
    step(&mut db, 9, &|db| db.stack_resume(K, i).unwrap());
    step(&mut db, 11, &|db| db.stack_pause(K, i).unwrap());
    step(&mut db, 80, &|db| {
        next(db, i);
    }); // ends a paused, over-limit speech
    step(&mut db, 81, &|db| db.stack_close(K, i).unwrap());
    step(&mut db, 82, &|db| {
        let e = db.find_waiting_entry(i, "Sam", None).unwrap();
        db.stack_prioritize(K, e, true).unwrap();
    });
    step(&mut db, 83, &|db| {
        let e = db.find_waiting_entry(i, "Sam", None).unwrap();
        db.stack_withdraw(K, e).unwrap();
    });
    step(&mut db, 84, &|db| db.stack_reopen(K, i).unwrap());
    step(&mut db, 85, &|db| {
        next(db, i);
    });
    assert_eq!(
        labels,
        vec![
            "set the speaker limit to 1 min",
            "add Sam (to speak)",
            "add Alex (to speak, prioritized)",
            "next: Alex has the floor",
            "add Kim (direct response)",
            "pause Alex",
            "resume Alex",
            "pause Alex",
            "next: Kim has the floor",
            "close the stack",
            "prioritize Sam",
            "withdraw Sam (to speak)",
            "reopen the stack",
            "next: Kim finished, nobody waiting",
        ]
    );
    at(&mut db, 100);
    while let Some(want) = labels.pop() {
        states.pop();
        assert_eq!(db.stack_undo(K, i).unwrap(), want);
        assert_eq!(
            &stack_state(&db),
            states.last().unwrap(),
            "after undoing {want}"
        );
    }
    // Back to before the first action: the people `stack add` created are gone too.
    assert!(db.resolve_person("Sam").is_err());
    assert!(view(&db, i).undo.is_none());
    refused(&mut db, "conflict", "nothing to undo", |db| {
        db.stack_undo(K, i)
    });
    // The journal kept every action and every undo.
    let undos = db
        .journal_tail(100)
        .unwrap()
        .iter()
        .filter(|j| j.action == "stack.undo")
        .count();
    assert_eq!(undos, 14);
}

#[test]
fn undo_keeps_a_person_something_else_refers_to() {
    let Ga {
        mut db,
        items,
        meeting,
    } = ga("progressive", 2);
    add(&mut db, items[0], "Sam", Speak); // creates Sam
    add(&mut db, items[1], "Sam", Speak);
    db.assign_role(
        Actor::Facilitator,
        meeting,
        plenary_core::meeting::MeetingRole::timekeeper(),
        "Jo",
    )
    .unwrap();
    db.stack_undo(K, items[0]).unwrap();
    assert!(
        db.resolve_person("Sam").is_ok(),
        "item 2's entry still refers to Sam"
    );
    assert!(names(&db, items[0]).is_empty());
    assert_eq!(names(&db, items[1]), vec!["Sam"]);
    // Undo is per item: item 2's stack is untouched.
    db.stack_undo(K, items[1]).unwrap();
    assert!(names(&db, items[1]).is_empty());
}

#[test]
fn the_view_says_what_the_stack_takes_and_what_undo_would_do() {
    let Ga { mut db, items, .. } = ga("progressive", 1);
    let i = items[0];
    let v = view(&db, i);
    assert_eq!(
        (v.item_reference.as_str(), v.policy_label.as_str()),
        ("TST-GA-1.1", "progressive stack")
    );
    assert!(v.writable && !v.closed && v.speaker.is_none() && v.undo.is_none());
    let kinds: Vec<(&str, bool)> = v
        .kinds
        .iter()
        .map(|k| (k.kind.as_str(), k.allowed))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("process", true),
            ("information", true),
            ("clarifying", true),
            ("direct-response", false),
            ("speak", true)
        ]
    );
    assert_eq!(v.kinds[3].why_not.as_deref(), Some("nobody has the floor"));
    db.stack_add(K, i, "Ana", Speak, true).unwrap();
    let v = view(&db, i);
    let w = &v.waiting[0];
    assert_eq!(
        (
            w.kind_label.as_str(),
            w.hand_signal.as_str(),
            w.band,
            w.prioritized,
            w.reason.code
        ),
        ("to speak", "raised hand", 5, true, ReasonCode::Prioritized)
    );
    assert_eq!(v.undo.unwrap().action, "stack.add");
}

#[test]
fn the_demo_has_realistic_stacks_and_speaking_logs() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let past: Vec<_> = db
        .meetings()
        .unwrap()
        .into_iter()
        .filter(|m| m.status == plenary_core::meeting::MeetingStatus::Closed)
        // The spokes council's short stack of spokes is tests/floor.rs's.
        .filter(|m| m.format == plenary_core::meeting::MeetingFormat::GeneralAssembly)
        .collect();
    assert_eq!(past.len(), 3);
    let (mut kinds, mut prioritized, mut responses, mut overruns, mut pauses) =
        (std::collections::BTreeSet::new(), 0, 0, 0, 0);
    for m in &past {
        let stats = db.speaking_stats(m.id).unwrap();
        assert!(
            stats.speeches >= 15 && stats.speakers >= 8,
            "{}: {} speeches by {}",
            m.reference,
            stats.speeches,
            stats.speakers
        );
        overruns += stats.overruns;
        for item in db.agenda(m.id).unwrap() {
            let log = db.speaking_log(item.id).unwrap();
            assert!(!log.is_empty(), "{} has no speeches", item.reference);
            if item.kind != plenary_core::agenda::ItemKind::Process {
                let people: std::collections::BTreeSet<_> = log.iter().map(|s| &s.name).collect();
                assert!(people.len() >= 2, "{}: several speakers", item.reference);
            }
            for s in &log {
                // Every speech ended, inside its item's time.
                let (start, end) = (item.started_at.unwrap(), item.ended_at.unwrap());
                assert!(
                    s.started_at >= start && s.ended_at.unwrap() <= end,
                    "{} outside {}",
                    s.name,
                    item.reference
                );
                kinds.insert(s.kind);
                prioritized += s.prioritized as i64;
                responses += (s.kind == DirectResponse) as i64;
                pauses += s.pauses.len();
            }
        }
    }
    // The stack actions happened in time order (the clock never went back).
    let times: Vec<String> = db
        .conn()
        .prepare("SELECT at FROM journal WHERE action LIKE 'stack.%' ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(times.len() > 100);
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "stack actions out of time order"
    );
    assert_eq!(kinds.len(), 5, "every kind of entry is heard: {kinds:?}");
    assert!(
        prioritized >= 3 && responses >= 3 && overruns >= 2 && pauses >= 2,
        "{prioritized} {responses} {overruns} {pauses}"
    );
}

#[test]
fn the_stacks_of_another_assemblys_meeting_are_read_only() {
    let mut db = db();
    let (other, meeting, item) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let now = "2026-03-01T19:00:00Z";
    db.conn()
        .execute(
            "INSERT INTO assemblies (id, origin, name, code, created_at, updated_at) VALUES (?1, ?1, 'Elsewhere', 'ELS', ?2, ?2)",
            rusqlite::params![other, now],
        )
        .unwrap();
    db.conn()
        .execute(
            "INSERT INTO meetings (id, origin, number, date, status, created_at, updated_at) VALUES (?1, ?2, 7, '2026-03-01', 'open', ?3, ?3)",
            rusqlite::params![meeting, other, now],
        )
        .unwrap();
    db.conn()
        .execute(
            "INSERT INTO agenda_items (id, origin, meeting_id, position, kind, title, created_at, updated_at) VALUES (?1, ?2, ?3, 1, 'discussion', 'Theirs', ?4, ?4)",
            rusqlite::params![item, other, meeting, now],
        )
        .unwrap();
    refused(
        &mut db,
        "not-allowed",
        "GA 7 belongs to another assembly",
        |db| db.stack_add(K, item, "Sam", Speak, false),
    );
    refused(
        &mut db,
        "not-allowed",
        "GA 7 belongs to another assembly",
        |db| db.stack_undo(K, item),
    );
    let v = view(&db, item);
    assert!(!v.writable && v.kinds.iter().all(|k| !k.allowed));
    assert_eq!(v.item_reference, "ELS-GA-7.1");
    assert_eq!(
        v.kinds[0].why_not.as_deref(),
        Some("ELS-GA-7 belongs to another assembly")
    );
}
