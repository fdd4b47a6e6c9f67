//! The ten-year benchmark dataset, at a thousandth of its size: the counts, the schema's
//! constraints, determinism, and that the stack works on top of it.

use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::stack::EntryKind;
use plenary_core::tenyears::{generate, Counts, Spec};
use plenary_core::{Actor, Db};

fn tiny() -> (Db, Counts) {
    let mut db = Db::open_in_memory().unwrap();
    let counts = generate(&mut db, &Spec::scaled(0.001)).unwrap();
    (db, counts)
}

#[test]
fn a_tiny_ten_years() {
    let (mut db, c) = tiny();
    assert_eq!(
        (
            c.meetings,
            c.report_backs,
            c.stack_entries,
            c.proposals,
            c.working_groups,
            c.people
        ),
        (2, 40, 900, 5, 20, 30)
    );
    // Welcome, 20 report-backs, the proposals, announcements, soapbox, closing.
    assert_eq!(c.agenda_items, 2 * (1 + 20 + 3) + 5);
    assert!(
        c.speeches > 800 && c.speeches < 900,
        "about 95% spoke: {}",
        c.speeches
    );
    assert!(c.journal > c.stack_entries + c.speeches);
    let conn = db.conn();
    let bad: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(bad, 0);
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // What real actions leave behind: no one waiting or speaking in a closed meeting,
    // every finished speech measured, overruns only beyond a limit.
    let odd: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM stack_entries WHERE status IN ('waiting', 'speaking'))
                  + (SELECT count(*) FROM speeches WHERE ended_at IS NULL OR spoken_ms IS NULL OR ended_at < started_at)
                  + (SELECT count(*) FROM speeches WHERE overrun_ms IS NOT NULL AND (limit_seconds IS NULL OR spoken_ms <> limit_seconds * 1000 + overrun_ms))
                  + (SELECT count(*) FROM stack_entries e JOIN speeches s ON s.entry_id = e.id WHERE e.status <> 'done')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(odd, 0);
    let kinds: i64 = conn
        .query_row("SELECT count(DISTINCT kind) FROM stack_entries", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kinds, 5);
    // The stack works on top of it, and the statistics read it.
    let stats = db.speaking_stats(db.resolve_meeting("1").unwrap()).unwrap();
    assert!(stats.speeches > 300 && stats.overruns > 0, "{stats:?}");
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: "2026-01-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            Actor::Facilitator,
            &NewAgendaItem {
                meeting: m.reference,
                kind: "discussion".into(),
                title: "Now".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    db.stack_add(
        Actor::StackKeeper,
        item,
        "Sam Whitfield 1",
        EntryKind::Speak,
        false,
    )
    .unwrap();
    assert_eq!(
        db.stack_next(Actor::StackKeeper, item)
            .unwrap()
            .unwrap()
            .name,
        "Sam Whitfield 1"
    );
    db.stack_undo(Actor::StackKeeper, item).unwrap();
}

#[test]
fn the_same_spec_makes_the_same_rows() {
    let rows = |db: &Db| -> Vec<(uuid::Uuid, i64, String, String)> {
        db.conn()
            .prepare("SELECT id, added_no, kind, status FROM stack_entries ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let (a, _) = tiny();
    let (b, _) = tiny();
    assert_eq!(rows(&a), rows(&b));
    let mut used = Db::open_in_memory().unwrap();
    used.init_assembly("Mine", "MIN", None).unwrap();
    let e = generate(&mut used, &Spec::scaled(0.001)).unwrap_err();
    assert_eq!(e.kind(), "conflict");
}
