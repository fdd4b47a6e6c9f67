//! The room: hands raised from phones (filed, accepted into the stack with their kind,
//! declined, withdrawn, one per device) and the one command table with its roles and the
//! room's reach. Refusals write nothing (checked with a full dump).

mod common;

use common::{db, dump, refused};
use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::room::commands::{self, Caller};
use plenary_core::room::hands::HandState;
use plenary_core::room::Role;
use plenary_core::stack::EntryKind;
use plenary_core::{Actor, Db};
use serde_json::{json, Value};
use uuid::Uuid;

/// An open GA held today with two items, the first under way.
fn open_ga(db: &mut Db) -> (Uuid, Uuid, Uuid) {
    let today = chrono::Local::now().date_naive().to_string();
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: today,
                ..Default::default()
            },
        )
        .unwrap();
    let mut items = Vec::new();
    for title in ["Tents", "Kitchen"] {
        let item = db
            .add_agenda_item(
                Actor::Facilitator,
                &NewAgendaItem {
                    meeting: m.reference.clone(),
                    kind: "discussion".into(),
                    title: title.into(),
                    ..Default::default()
                },
            )
            .unwrap();
        items.push(item.id);
    }
    db.open_meeting(Actor::Facilitator, m.id).unwrap();
    db.start_item(Actor::Facilitator, items[0]).unwrap();
    (m.id, items[0], items[1])
}

fn phone(meeting: Uuid, device: &str) -> Caller<'_> {
    Caller {
        role: Role::Participant,
        meeting: Some(meeting),
        device: Some(device),
    }
}

fn team(role: Role, meeting: Uuid) -> Caller<'static> {
    Caller {
        role,
        meeting: Some(meeting),
        device: None,
    }
}

#[test]
fn a_raised_hand_is_accepted_into_the_stack_with_its_kind_and_the_phone_sees_its_place() {
    let mut db = db();
    let (m, item, _) = open_ga(&mut db);
    db.stack_add(Actor::StackKeeper, item, "Alex", EntryKind::Speak, false)
        .unwrap();
    db.stack_next(Actor::StackKeeper, item).unwrap(); // Alex has spoken today
    db.stack_next(Actor::StackKeeper, item).unwrap();
    db.stack_add(Actor::StackKeeper, item, "Alex", EntryKind::Speak, false)
        .unwrap();
    db.stack_add(Actor::StackKeeper, item, "Kim", EntryKind::Speak, false)
        .unwrap();

    let hand = db
        .raise_hand(m, "phone-1", "Sam Whitfield", EntryKind::Speak)
        .unwrap();
    let mine = db.my_hand(m, "phone-1").unwrap().unwrap();
    assert_eq!(
        (mine.id, mine.state, mine.position),
        (hand, HandState::Pending, None)
    );
    let pending = db.pending_hands(m).unwrap();
    assert_eq!(pending.total, 1);
    assert_eq!(pending.hands[0].name, "Sam Whitfield");
    assert_eq!(pending.hands[0].kind_label, "to speak");

    let entry = db.accept_hand(Actor::StackKeeper, hand).unwrap();
    let v = db.stack_view(item).unwrap();
    let w = v.waiting.iter().find(|w| w.entry_id == entry).unwrap();
    assert_eq!(
        (w.name.as_str(), w.kind),
        ("Sam Whitfield", EntryKind::Speak)
    );
    // Progressive stack: Sam (first time) goes ahead of Alex (has spoken), after Kim.
    let mine = db.my_hand(m, "phone-1").unwrap().unwrap();
    assert_eq!(mine.state, HandState::Waiting);
    assert_eq!(mine.position, Some(w.position));
    assert_eq!(mine.position, Some(2));
    assert_eq!(mine.reason.as_deref(), Some("first time speaking today"));
    assert_eq!(mine.policy_label.as_deref(), Some("progressive stack"));
    assert!(db.pending_hands(m).unwrap().hands.is_empty());

    db.stack_next(Actor::StackKeeper, item).unwrap(); // Kim
    assert_eq!(db.my_hand(m, "phone-1").unwrap().unwrap().position, Some(1));
    db.stack_next(Actor::StackKeeper, item).unwrap(); // Sam
    assert_eq!(
        db.my_hand(m, "phone-1").unwrap().unwrap().state,
        HandState::Speaking
    );
    db.stack_next(Actor::StackKeeper, item).unwrap();
    assert_eq!(
        db.my_hand(m, "phone-1").unwrap().unwrap().state,
        HandState::Spoken
    );

    // The journal says who did what.
    let actions: Vec<_> = db
        .journal_tail(50)
        .unwrap()
        .into_iter()
        .filter(|j| j.action.starts_with("hand."))
        .map(|j| (j.action, j.actor))
        .collect();
    assert_eq!(
        actions,
        [
            ("hand.accept".to_string(), Actor::StackKeeper),
            ("hand.raise".to_string(), Actor::Participant)
        ]
    );
}

#[test]
fn a_point_of_process_from_a_phone_goes_first_and_the_stack_keeper_can_decline() {
    let mut db = db();
    let (m, item, _) = open_ga(&mut db);
    db.stack_add(Actor::StackKeeper, item, "Kim", EntryKind::Speak, false)
        .unwrap();
    let p = db.raise_hand(m, "a", "Grace", EntryKind::Process).unwrap();
    let d = db.raise_hand(m, "b", "Dev", EntryKind::Speak).unwrap();
    db.accept_hand(Actor::StackKeeper, p).unwrap();
    let mine = db.my_hand(m, "a").unwrap().unwrap();
    assert_eq!(
        (mine.position, mine.reason.as_deref()),
        (Some(1), Some("point of process"))
    );

    db.decline_hand(Actor::StackKeeper, d).unwrap();
    assert_eq!(
        db.my_hand(m, "b").unwrap().unwrap().state,
        HandState::Declined
    );
    assert_eq!(db.stack_view(item).unwrap().waiting.len(), 2);
    // A decided request cannot be decided again.
    refused(
        &mut db,
        "conflict",
        "Dev's hand request was already declined",
        |db| db.accept_hand(Actor::StackKeeper, d),
    );
    refused(&mut db, "conflict", "already accepted", |db| {
        db.decline_hand(Actor::StackKeeper, p)
    });
    // Declined, the device may ask again.
    db.raise_hand(m, "b", "Dev", EntryKind::Clarifying).unwrap();
    assert_eq!(
        db.my_hand(m, "b").unwrap().unwrap().state,
        HandState::Pending
    );
}

#[test]
fn one_pending_request_per_device_and_the_phone_withdraws_it() {
    let mut db = db();
    let (m, _, _) = open_ga(&mut db);
    db.raise_hand(m, "phone", "Sam", EntryKind::Speak).unwrap();
    refused(
        &mut db,
        "conflict",
        "already has a hand raised (for Sam)",
        |db| db.raise_hand(m, "phone", "Sam", EntryKind::Information),
    );
    db.withdraw_hand(m, "phone").unwrap();
    assert_eq!(
        db.my_hand(m, "phone").unwrap().unwrap().state,
        HandState::Withdrawn
    );
    assert!(db.pending_hands(m).unwrap().hands.is_empty());
    refused(&mut db, "not-found", "no hand waiting", |db| {
        db.withdraw_hand(m, "phone")
    });
    db.raise_hand(m, "phone", "Sam", EntryKind::Information)
        .unwrap();
}

#[test]
fn bad_requests_are_refused_and_write_nothing() {
    let mut db = db();
    let (m, item, _) = open_ga(&mut db);
    refused(&mut db, "invalid-input", "name is empty", |db| {
        db.raise_hand(m, "phone", "  ", EntryKind::Speak)
    });
    refused(&mut db, "invalid-input", "device id", |db| {
        db.raise_hand(m, "../../etc", "Sam", EntryKind::Speak)
    });
    refused(&mut db, "invalid-input", "device id", |db| {
        db.raise_hand(m, &"x".repeat(65), "Sam", EntryKind::Speak)
    });
    refused(&mut db, "not-found", "no meeting", |db| {
        db.raise_hand(Uuid::now_v7(), "phone", "Sam", EntryKind::Speak)
    });
    // Accepting what the stack would refuse writes nothing: the hand stays pending.
    db.stack_add(Actor::StackKeeper, item, "Sam", EntryKind::Speak, false)
        .unwrap();
    let h = db.raise_hand(m, "phone", "Sam", EntryKind::Speak).unwrap();
    refused(&mut db, "conflict", "Sam is already waiting", |db| {
        db.accept_hand(Actor::StackKeeper, h)
    });
    assert_eq!(
        db.my_hand(m, "phone").unwrap().unwrap().state,
        HandState::Pending
    );
    // No item under way: nothing to accept into.
    db.finish_item(Actor::Facilitator, item).unwrap();
    refused(&mut db, "conflict", "no item is under way", |db| {
        db.accept_hand(Actor::StackKeeper, h)
    });
    // A closed meeting takes no hands.
    db.close_meeting(Actor::Facilitator, m).unwrap();
    refused(&mut db, "conflict", "is not open", |db| {
        db.raise_hand(m, "other", "Kim", EntryKind::Speak)
    });
}

fn call(db: &mut Db, c: &Caller, name: &str, args: Value) -> plenary_core::Result<Value> {
    commands::call(db, c, name, args)
}

#[test]
fn the_command_table_checks_the_role_and_the_rooms_reach() {
    let mut db = db();
    let (m, item, _) = open_ga(&mut db);
    let item_s = item.to_string();
    let keeper = team(Role::StackKeeper, m);
    let minutes = team(Role::MinuteTaker, m);

    // The stack-keeper works the stack, one round trip per action.
    let v = call(
        &mut db,
        &keeper,
        "stack_add",
        json!({"item": item_s, "name": "Sam"}),
    )
    .unwrap();
    assert_eq!(v["waiting"][0]["name"], "Sam");
    // A phone files a hand, sees it; the stack-keeper lists and accepts it.
    let p = phone(m, "dev1");
    let v = call(
        &mut db,
        &p,
        "raise_hand",
        json!({"name": "Ana", "kind": "clarifying"}),
    )
    .unwrap();
    assert_eq!(v["state"], "pending");
    let v = call(&mut db, &keeper, "get_pending_hands", Value::Null).unwrap();
    let hand = v["hands"][0]["id"].as_str().unwrap().to_string();
    let v = call(&mut db, &keeper, "accept_hand", json!({"hand": hand})).unwrap();
    assert_eq!(v["waiting"][0]["name"], "Ana");
    assert_eq!(
        call(&mut db, &p, "my_hand", Value::Null).unwrap()["position"],
        1
    );
    // The projector's view for everyone, first names for phones even when asked otherwise.
    call(
        &mut db,
        &keeper,
        "stack_add",
        json!({"item": item_s, "name": "Rosa Lima"}),
    )
    .unwrap();
    let v = call(
        &mut db,
        &p,
        "get_projector_view",
        json!({"fullNames": true}),
    )
    .unwrap();
    assert_eq!(v["next"][2]["name"], "Rosa");
    let v = call(
        &mut db,
        &Caller::HOST,
        "get_projector_view",
        json!({"meeting": m.to_string(), "fullNames": true}),
    )
    .unwrap();
    assert_eq!(v["next"][2]["name"], "Rosa Lima");
    // The minute-taker writes notes.
    let v = call(
        &mut db,
        &minutes,
        "set_item_notes",
        json!({"item": item_s, "notes": "tents: agreed"}),
    )
    .unwrap();
    assert_eq!(v["notes"], "tents: agreed");
    // The stack-keeper's laptop has the whole stack page: the floor policy and airtime.
    let v = call(
        &mut db,
        &keeper,
        "set_floor_policy",
        json!({"item": item_s, "policy": "progressive,cap:2", "reason": "many hands"}),
    )
    .unwrap();
    assert_eq!(v["floor_policy_text"], "progressive,cap:2");
    let v = call(&mut db, &minutes, "get_airtime", json!({"item": item_s})).unwrap();
    assert_eq!(v["meeting_id"], m.to_string());

    // Refused by role, and nothing written.
    let before = dump(&db);
    for (c, cmd, args) in [
        (&p, "stack_next", json!({"item": item_s})),
        (&p, "get_meeting", Value::Null),
        (&p, "get_pending_hands", Value::Null),
        (&p, "accept_hand", json!({"hand": hand})),
        (&p, "set_item_notes", json!({"item": item_s, "notes": "x"})),
        (&minutes, "stack_next", json!({"item": item_s})),
        (
            &keeper,
            "set_item_notes",
            json!({"item": item_s, "notes": "x"}),
        ),
        (&keeper, "raise_hand", json!({"name": "x"})),
        (&p, "get_airtime", Value::Null),
        (
            &minutes,
            "set_floor_policy",
            json!({"item": item_s, "policy": "fifo"}),
        ),
    ] {
        let e = call(&mut db, c, cmd, args).unwrap_err();
        assert_eq!(e.kind(), "not-allowed", "{cmd}: {e}");
        assert!(
            e.to_string().contains(&format!("may not call {cmd}")),
            "{e}"
        );
    }
    // Unknown commands, malformed arguments.
    let e = call(&mut db, &Caller::HOST, "drop_tables", Value::Null).unwrap_err();
    assert_eq!(e.kind(), "not-found");
    let e = call(&mut db, &keeper, "stack_add", json!({"item": item_s})).unwrap_err();
    assert!(e.to_string().contains("missing field `name`"), "{e}");
    let e = call(
        &mut db,
        &keeper,
        "stack_add",
        json!({"item": "nope", "name": "Kim"}),
    )
    .unwrap_err();
    assert_eq!(e.kind(), "invalid-input");
    let e = call(
        &mut db,
        &keeper,
        "stack_add",
        json!({"item": item_s, "name": "Kim", "kind": "shout"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("shout"), "{e}");
    // The host has no device: it does not raise hands as a phone.
    let e = call(&mut db, &Caller::HOST, "get_pending_hands", Value::Null).unwrap_err();
    assert!(e.to_string().contains("which meeting"), "{e}");
    assert_eq!(dump(&db), before);

    // A device reaches its room's meeting only.
    let tomorrow = (chrono::Local::now().date_naive() + chrono::Days::new(1)).to_string();
    let other = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: tomorrow,
                ..Default::default()
            },
        )
        .unwrap();
    let other_item = db
        .add_agenda_item(
            Actor::Facilitator,
            &NewAgendaItem {
                meeting: other.reference.clone(),
                kind: "discussion".into(),
                title: "Elsewhere".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    let before = dump(&db);
    for (c, cmd, args) in [
        (
            &keeper,
            "stack_add",
            json!({"item": other_item.to_string(), "name": "Kim"}),
        ),
        (
            &keeper,
            "get_meeting",
            json!({"meeting": other.id.to_string()}),
        ),
        (
            &p,
            "get_projector_view",
            json!({"meeting": other.id.to_string()}),
        ),
        (
            &minutes,
            "set_item_notes",
            json!({"item": other_item.to_string(), "notes": "x"}),
        ),
        (
            &keeper,
            "set_floor_policy",
            json!({"item": other_item.to_string(), "policy": "fifo"}),
        ),
        (
            &minutes,
            "get_airtime",
            json!({"meeting": other.id.to_string()}),
        ),
    ] {
        let e = call(&mut db, c, cmd, args).unwrap_err();
        assert_eq!(e.kind(), "not-allowed", "{cmd}: {e}");
        assert!(e.to_string().contains("another meeting's room"), "{e}");
    }
    assert_eq!(dump(&db), before);
    // The host reaches any meeting.
    call(
        &mut db,
        &Caller::HOST,
        "stack_add",
        json!({"item": other_item.to_string(), "name": "Kim"}),
    )
    .unwrap();
}
