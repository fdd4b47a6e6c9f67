//! The projector's view: what the big screen shows at a given moment.

use chrono::NaiveDate;
use plenary_core::agenda::ItemKind;
use plenary_core::proposal::ProcessStep;
use plenary_core::stack::EntryKind;
use plenary_core::{Actor, Db};

fn demo() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill_as_of(&mut db, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    db
}

#[test]
fn shows_the_item_the_floor_and_the_next_speakers_by_first_name() {
    let mut db = demo();
    let m = db.resolve_meeting("RIV-GA-4").unwrap();
    // Before the meeting: the first pending item, nobody speaking.
    let v = db.projector_view(m, false).unwrap();
    assert!(!v.meeting_open);
    assert_eq!(v.item.as_ref().unwrap().number, "4.1");
    assert!(v.speaker.is_none() && v.next.is_empty());

    db.open_meeting(Actor::Facilitator, m).unwrap();
    let agenda = db.agenda(m).unwrap();
    let item = agenda
        .iter()
        .find(|i| i.kind == ItemKind::Proposal)
        .unwrap();
    db.start_item(Actor::Facilitator, item.id).unwrap();
    for (name, kind) in [
        ("Sam Whitfield", EntryKind::Speak),
        ("Amara Okafor", EntryKind::Speak),
        ("Grace Osei", EntryKind::Process),
        ("Dev Patel", EntryKind::Speak),
        ("Rosa Lima", EntryKind::Speak),
        ("Jo Becker", EntryKind::Speak),
        ("Kwame Mensah", EntryKind::Speak),
    ] {
        db.stack_add(Actor::StackKeeper, item.id, name, kind, false)
            .unwrap();
    }
    db.stack_next(Actor::StackKeeper, item.id).unwrap();

    let v = db.projector_view(m, false).unwrap();
    assert_eq!(v.item.as_ref().unwrap().title, item.title);
    let speaker = v.speaker.as_ref().unwrap();
    assert_eq!(
        (speaker.name.as_str(), speaker.kind_label.as_str()),
        ("Grace", "point of process")
    );
    // The same order as the stack-keeper's view, first names only, at most five.
    let stack = db.stack_view(item.id).unwrap();
    let expected: Vec<String> = stack
        .waiting
        .iter()
        .take(5)
        .map(|w| plenary_core::projector::first_name(&w.name))
        .collect();
    assert_eq!(
        v.next.iter().map(|e| e.name.clone()).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(v.more_waiting, 1);
    assert!(v.next.iter().all(|e| !e.name.contains(' ')));
    let full = db.projector_view(m, true).unwrap();
    assert_eq!(full.speaker.unwrap().name, "Grace Osei");

    let p = v.proposal.as_ref().unwrap();
    assert_eq!(p.title, "Adopt the statement of purpose");
    assert!(p.text.starts_with("The Riverside General Assembly adopts"));
    assert!(p.track.contains(&ProcessStep::CallForConsensus));
}

#[test]
fn carries_the_meeting_agenda_in_order_with_the_item_under_way() {
    let mut db = demo();
    let m = db.resolve_meeting("RIV-GA-4").unwrap();
    let agenda = db.agenda(m).unwrap();
    let v = db.projector_view(m, false).unwrap();
    let numbers: Vec<_> = v.agenda.iter().map(|i| i.number.clone()).collect();
    let expected: Vec<_> = agenda.iter().map(|i| format!("4.{}", i.position)).collect();
    assert_eq!(numbers, expected);
    assert!(v.agenda.len() > 1);
    assert_eq!(v.agenda[1].title, agenda[1].title);

    db.open_meeting(Actor::Facilitator, m).unwrap();
    db.start_item(Actor::Facilitator, agenda[1].id).unwrap();
    let v = db.projector_view(m, false).unwrap();
    let under_way: Vec<_> = v
        .agenda
        .iter()
        .filter(|i| i.status == plenary_core::agenda::ItemStatus::Active)
        .map(|i| i.number.clone())
        .collect();
    assert_eq!(under_way, vec![format!("4.{}", agenda[1].position)]);
    assert_eq!(v.item.unwrap().number, under_way[0]);
}

#[test]
fn shows_the_meetings_airtime_equity_only_when_asked_and_names_no_one() {
    use plenary_core::room::commands::{call, Caller};
    let mut db = demo();
    // GA 3 alternated lists from its proposals on (the demo's floor policies).
    let m = db.resolve_meeting("RIV-GA-3").unwrap();
    assert!(db.projector_view(m, true).unwrap().equity.is_none());
    let e = db.projector_equity(m).unwrap();
    let a = db.airtime(m, None).unwrap();
    assert_eq!(
        (e.speakers, e.gini, e.first_time_speakers, &e.present_note),
        (a.speakers, a.gini, a.first_time_speakers, &a.present_note)
    );
    assert!(e.speakers > 0 && e.gini.is_some());
    assert_eq!(e.lists, a.lists);
    assert!(e.lists.iter().any(|l| l.list == "women and non-binary"));

    // As the projector window asks for it, full names on: the figures, and no name.
    let v = call(
        &mut db,
        &Caller::HOST,
        "get_projector_view",
        serde_json::json!({"meeting": m.to_string(), "fullNames": true, "equity": true}),
    )
    .unwrap();
    assert!(v["equity"]["gini"].is_number(), "{v}");
    let shown = v["equity"].to_string();
    for p in &a.people {
        let first = plenary_core::projector::first_name(&p.name);
        assert!(!shown.contains(&first), "{} on the screen: {shown}", p.name);
    }
    let without = call(
        &mut db,
        &Caller::HOST,
        "get_projector_view",
        serde_json::json!({"meeting": m.to_string()}),
    )
    .unwrap();
    assert!(without["equity"].is_null());
}
