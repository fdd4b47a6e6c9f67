//! Forgetting a person (issue #18): the name is gone from the assembly's record, the
//! speaking log, the journal, the automatic backups and — after the checkpoint and VACUUM
//! the action runs — from the bytes of the database file; the change travels in the next
//! bundle; refusals write nothing.

mod common;

use std::path::{Path, PathBuf};

use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::journal::Actor;
use plenary_core::Db;
use uuid::Uuid;

const NAME: &str = "Jo Becker";

fn contains(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    hay.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Every file of the database (with its log) and of the backups folder.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out
}

fn find_in_files(dir: &Path, needle: &str) -> Vec<PathBuf> {
    files(dir)
        .into_iter()
        .filter(|p| p.extension().is_none_or(|x| x != "key"))
        .filter(|p| contains(&std::fs::read(p).unwrap(), needle))
        .collect()
}

fn person_id(db: &Db, name: &str) -> Uuid {
    db.people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is in the demo"))
        .id
}

/// The demo, with free text naming Jo Becker (whole, by a part, and beside other names)
/// on an item of the newest GA, and an automatic backup.
fn demo(dir: &Path) -> (Db, Uuid) {
    let mut db = Db::open(&dir.join("riverside.db")).unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let jo = person_id(&db, NAME);
    db.add_person(Actor::Cli, "Jo Smith", None).unwrap();
    let meeting = db.meetings().unwrap().into_iter().last().unwrap();
    let item = db.agenda(meeting.id).unwrap()[0].id;
    db.set_item_notes(
        Actor::MinuteTaker,
        item,
        "Jo Becker offered the pots; becker will bring them Friday. Jo Smith thanked Jo. Beckerman's van is free.",
    )
    .unwrap();
    // A hand raised from a phone in the room, with the name typed there (written
    // directly: the demo's meetings are closed, and only the stored name matters here).
    db.conn()
        .execute(
            "INSERT INTO hand_requests (id, origin, meeting_id, device, name, kind, status, decided_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'device-of-jo', 'Jo Becker', 'speak', 'declined', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')",
            rusqlite::params![Uuid::now_v7(), db.local_id().unwrap(), meeting.id],
        )
        .unwrap();
    db.backup_before("test")
        .unwrap()
        .expect("a file database backs up");
    (db, jo)
}

#[test]
fn forgetting_leaves_no_trace_of_the_name_in_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, jo) = demo(dir.path());
    let speeches_before: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM speeches WHERE person_id = ?1",
            [jo],
            |r| r.get(0),
        )
        .unwrap();
    assert!(speeches_before > 0, "Jo Becker spoke in the demo");
    db.conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    assert!(
        !find_in_files(dir.path(), "Becker").is_empty(),
        "the name is in the files before"
    );

    let f = db.forget_person(Actor::Cli, jo).unwrap();
    assert_eq!(f.placeholder, "Participant 1");
    assert!(f.records >= 2, "the person and the item's notes: {f:?}");
    assert!(f.local_rows >= 1, "the journal named them: {f:?}");
    assert_eq!(f.backups_deleted, 1);

    // The record: the person, the free text (a part of the name too, any case), the
    // speaking log kept under the placeholder; other names and longer words untouched.
    assert_eq!(db.person(jo).unwrap().name, "Participant 1");
    let notes: String = db
        .conn()
        .query_row(
            "SELECT notes FROM agenda_items WHERE notes LIKE '%pots%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        notes,
        "Participant 1 offered the pots; Participant 1 will bring them Friday. Jo Smith thanked Participant 1. Beckerman's van is free."
    );
    let speeches_after: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM speeches WHERE person_id = ?1",
            [jo],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(speeches_after, speeches_before, "the speaking log stays");
    let hand: String = db
        .conn()
        .query_row(
            "SELECT name FROM hand_requests WHERE device = 'device-of-jo'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hand, "Participant 1", "the name typed on a phone");
    // Journaled, without the name.
    let last = &db.journal_tail(1).unwrap()[0];
    assert_eq!(last.action, "person.forget");
    assert!(
        !last.detail.to_string().contains("Becker"),
        "{:?}",
        last.detail
    );
    drop(db);

    // The bytes: the database, its log, the backups folder.
    let left: Vec<PathBuf> = find_in_files(dir.path(), "Jo Becker")
        .into_iter()
        .chain(find_in_files(dir.path(), "Becker\""))
        .chain(find_in_files(dir.path(), "becker "))
        .collect();
    assert!(left.is_empty(), "the name is still in {left:?}");
    // The other Jo is still there (the search above would find a name that is).
    assert!(!find_in_files(dir.path(), "Jo Smith").is_empty());
    // And the database is whole.
    let db = Db::open(&dir.path().join("riverside.db")).unwrap();
    let ok: String = db
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// Another assembly that imported Jo Becker receives the forgetting with the next bundle:
/// the changed records come with a higher revision and replace the ones it holds.
#[test]
fn the_forgetting_travels_in_the_next_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, jo) = demo(dir.path());
    let mut bristol = Db::open_in_memory().unwrap();
    bristol
        .init_assembly("Occupy Bristol", "BRS", None)
        .unwrap();
    let import = |to: &mut Db, bytes: &[u8], name: &str| {
        to.import_bundle(
            bytes,
            &ImportOptions {
                file_name: name.into(),
                dry_run: false,
                ..Default::default()
            },
        )
        .unwrap()
    };
    let (first, _) = db.export_bundle_bytes(&ExportOptions::default()).unwrap();
    import(&mut bristol, &first, "first.plenary");
    assert_eq!(bristol.person(jo).unwrap().name, NAME);

    db.forget_person(Actor::Cli, jo).unwrap();
    let (next, _) = db.export_bundle_bytes(&ExportOptions::default()).unwrap();
    assert!(
        !contains(&next, "Becker"),
        "the new bundle does not carry the name"
    );
    let report = import(&mut bristol, &next, "next.plenary");
    assert!(report.totals.updated >= 2, "{:?}", report.totals);
    assert_eq!(report.totals.refused, 0, "{:?}", report.refusals);
    assert_eq!(bristol.person(jo).unwrap().name, "Participant 1");
    let notes: String = bristol
        .conn()
        .query_row(
            "SELECT notes FROM agenda_items WHERE notes LIKE '%pots%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        notes.starts_with("Participant 1 offered the pots; Participant 1 will"),
        "the free text is replaced there too: {notes}"
    );
}

#[test]
fn forgetting_refuses_what_it_cannot_do_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, jo) = demo(dir.path());
    // Another assembly's person: read-only here.
    let mut bristol = Db::open_in_memory().unwrap();
    bristol
        .init_assembly("Occupy Bristol", "BRS", None)
        .unwrap();
    let (bytes, _) = db.export_bundle_bytes(&ExportOptions::default()).unwrap();
    bristol
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "riv.plenary".into(),
                dry_run: false,
                ..Default::default()
            },
        )
        .unwrap();
    let before = common::dump(&bristol);
    let err = bristol.forget_person(Actor::Cli, jo).unwrap_err();
    assert_eq!(err.kind(), "not-allowed", "{err}");
    assert!(
        err.to_string().contains("belongs to another assembly"),
        "{err}"
    );
    assert_eq!(common::dump(&bristol), before);

    // Nobody by that id.
    let before = common::dump(&db);
    assert_eq!(
        db.forget_person(Actor::Cli, Uuid::now_v7())
            .unwrap_err()
            .kind(),
        "not-found"
    );
    // A placeholder has no name left to forget.
    db.forget_person(Actor::Cli, jo).unwrap();
    let before_again = common::dump(&db);
    assert_ne!(before, before_again);
    let err = db.forget_person(Actor::Cli, jo).unwrap_err();
    assert!(err.to_string().contains("already a placeholder"), "{err}");
    assert_eq!(common::dump(&db), before_again);
    // The next one forgotten is Participant 2.
    let ollie = person_id(&db, "Ollie Grant");
    assert_eq!(
        db.forget_person(Actor::Cli, ollie).unwrap().placeholder,
        "Participant 2"
    );
}

#[test]
fn the_command_line_forgets_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = demo(dir.path());
    drop(db);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(dir.path().join("riverside.db"))
        .args(["person", "forget", NAME, "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let f: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(f["placeholder"], "Participant 1");
    assert!(find_in_files(dir.path(), "Jo Becker").is_empty());
}

/// The placeholder is a name in the record, so it is written in the language the assembly
/// keeps its minutes in (issue 15), numbered after every placeholder it already has, in
/// whichever language each was written; none of them is forgotten again.
#[test]
fn the_placeholder_is_in_the_assemblys_language() {
    use plenary_core::i18n::Lang;
    let dir = tempfile::tempdir().unwrap();
    let (mut db, jo) = demo(dir.path());
    db.set_minutes_lang(Actor::Cli, Lang::Es).unwrap();
    assert_eq!(
        db.forget_person(Actor::Cli, jo).unwrap().placeholder,
        "Participante 1"
    );
    let err = db.forget_person(Actor::Cli, jo).unwrap_err();
    assert!(err.to_string().contains("already a placeholder"), "{err}");
    db.set_minutes_lang(Actor::Cli, Lang::Ar).unwrap();
    let ollie = person_id(&db, "Ollie Grant");
    assert_eq!(
        db.forget_person(Actor::Cli, ollie).unwrap().placeholder,
        "مشارك/ة 2",
        "no invisible marks kept in the name"
    );
    let err = db.forget_person(Actor::Cli, ollie).unwrap_err();
    assert!(err.to_string().contains("already a placeholder"), "{err}");
    db.set_minutes_lang(Actor::Cli, Lang::En).unwrap();
    let other = db
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name != "Participante 1" && p.name != "مشارك/ة 2")
        .unwrap()
        .id;
    assert_eq!(
        db.forget_person(Actor::Cli, other).unwrap().placeholder,
        "Participant 3"
    );
}
