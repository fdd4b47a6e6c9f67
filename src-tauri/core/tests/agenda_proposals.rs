//! The proposals the add-item form offers (agenda_proposals.rs): only this assembly's,
//! only those whose status lets them go on an agenda and that are not on this one yet,
//! searched by title or reference, newest first, bounded, with the count of all matches.

mod common;

use common::db;
use plenary_core::agenda::NewAgendaItem;
use plenary_core::agenda_proposals::MAX_CHOICES;
use plenary_core::meeting::NewMeeting;
use plenary_core::proposal::{ManualOutcomeInput, NewProposal, Proposal};
use plenary_core::{Actor, Db};

const F: Actor = Actor::Facilitator;

fn input(title: &str) -> NewProposal {
    NewProposal {
        title: title.into(),
        text: "Text.".into(),
        ..Default::default()
    }
}

fn submitted(db: &mut Db, title: &str) -> Proposal {
    db.new_proposal(F, &input(title)).unwrap()
}

fn titles(db: &Db, meeting: uuid::Uuid, query: &str, limit: u32) -> (Vec<String>, u64) {
    let c = db.agenda_proposal_choices(meeting, query, limit).unwrap();
    (c.proposals.into_iter().map(|p| p.title).collect(), c.total)
}

#[test]
fn only_what_can_go_on_this_agenda_newest_first() {
    let mut db = db();
    let m = db
        .new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let stove = submitted(&mut db, "Stove");
    submitted(&mut db, "Kitchen rota");
    db.draft_proposal(F, &input("Draft only")).unwrap();
    let gone = submitted(&mut db, "Withdrawn one");
    db.withdraw_proposal(
        F,
        gone.id,
        None,
        &ManualOutcomeInput {
            reason: "changed our minds".into(),
            by: None,
        },
    )
    .unwrap();
    let heard = submitted(&mut db, "Already on it");
    db.add_agenda_item(
        F,
        &NewAgendaItem {
            meeting: m.reference.clone(),
            kind: "proposal".into(),
            title: heard.title.clone(),
            proposal: Some(heard.reference.clone()),
            ..Default::default()
        },
    )
    .unwrap();

    assert_eq!(
        titles(&db, m.id, "", 10),
        (vec!["Kitchen rota".to_string(), "Stove".to_string()], 2)
    );
    // On another meeting's agenda, the one heard here can still be chosen.
    let next = db
        .new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-08".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(titles(&db, next.id, "", 10).1, 3);

    // By title (any case) or by reference.
    assert_eq!(
        titles(&db, m.id, "KITCHEN", 10),
        (vec!["Kitchen rota".to_string()], 1)
    );
    assert_eq!(
        titles(&db, m.id, &stove.reference, 10),
        (vec!["Stove".to_string()], 1)
    );
    // LIKE's wildcards are plain characters here.
    assert_eq!(titles(&db, m.id, "%", 10).1, 0);
    assert_eq!(titles(&db, m.id, "_", 10).1, 0);
}

#[test]
fn bounded_with_the_count_of_all_matches() {
    let mut db = db();
    let m = db
        .new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    for n in 1..=60 {
        submitted(&mut db, &format!("Proposal {n:02}"));
    }
    let (first, total) = titles(&db, m.id, "", 3);
    assert_eq!(first, ["Proposal 60", "Proposal 59", "Proposal 58"]);
    assert_eq!(total, 60);
    let (all, total) = titles(&db, m.id, "proposal", 1000);
    assert_eq!((all.len() as u32, total), (MAX_CHOICES, 60));
}

#[test]
fn another_assemblys_proposals_are_not_offered() {
    let mut riverside = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut riverside).unwrap();
    let bundle = riverside
        .export_bundle_bytes(&Default::default())
        .unwrap()
        .0;
    let mut db = db();
    db.import_bundle(&bundle, &Default::default()).unwrap();
    let m = db
        .new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(
        riverside
            .agenda_proposal_choices(riverside.meetings().unwrap()[0].id, "", 50)
            .unwrap()
            .total
            > 0
    );
    assert_eq!(titles(&db, m.id, "", 50).1, 0);
}
