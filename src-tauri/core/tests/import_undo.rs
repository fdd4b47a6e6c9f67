//! Undoing an import from its own record of what it changed (bundle/undo.rs): the
//! database comes back exactly as it was before the import (but for the journal, which
//! keeps both actions), whatever the import inserted, replaced or deleted; an import that
//! a later one of the same assembly may build on, or that records made here refer to, is
//! refused with nothing changed; and no full backup is taken for an import any more.

mod common;

use plenary_core::bundle::{ExportOptions, ImportOptions, ImportReport};
use plenary_core::meeting::MeetingRole;
use plenary_core::wg::WgStatus;
use plenary_core::{Actor, Db};

use common::{dump, refused};

const A: Actor = Actor::Cli;

fn riverside() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    db
}

fn bristol() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly("Occupy Bristol", "BRS", None).unwrap();
    db
}

fn export(db: &Db) -> Vec<u8> {
    db.export_bundle_bytes(&ExportOptions::default()).unwrap().0
}

fn import(db: &mut Db, bytes: &[u8], name: &str) -> ImportReport {
    db.import_bundle(
        bytes,
        &ImportOptions {
            file_name: name.into(),
            ..Default::default()
        },
    )
    .unwrap()
}

/// Every table but the journal (undo is an action of its own, journaled like any other).
fn state(db: &Db) -> String {
    let d = dump(db);
    let start = d.find("## journal\n").unwrap();
    let end = d[start + 1..]
        .find("\n## ")
        .map(|i| start + 2 + i)
        .unwrap_or(d.len());
    format!("{}{}", &d[..start], &d[end..])
}

#[test]
fn an_import_of_new_records_is_undone_whole_and_can_be_imported_again() {
    let x = riverside();
    let bundle = export(&x);
    let mut b = bristol();
    let before = state(&b);
    let r = import(&mut b, &bundle, "riv.plenary");
    assert!(r.changed && r.totals.new > 100);
    assert_ne!(state(&b), before);

    let u = b.undo_import(r.received_id.unwrap()).unwrap();
    assert_eq!(
        u.removed, r.totals.new,
        "every inserted record, the assembly too"
    );
    assert_eq!(u.restored, 0);
    assert_eq!(u.file_name, "riv.plenary");
    assert_eq!(
        state(&b),
        before,
        "the database is as it was before the import"
    );
    assert!(b.received_bundles().unwrap().is_empty());
    let journal = b.journal_tail(1).unwrap();
    assert_eq!(journal[0].action, "bundle.undo-import");

    // The same file imports again, in full.
    let again = import(&mut b, &bundle, "riv.plenary");
    assert_eq!(again.totals.new, r.totals.new);
}

#[test]
fn replaced_and_deleted_records_come_back_as_they_were() {
    let mut x = riverside();
    let first = export(&x);
    // Riverside changes a WG (replaced on import) and deletes an agenda item and a role.
    let kitchen = x.resolve_wg("Kitchen").unwrap();
    x.set_wg_status(A, kitchen, WgStatus::Dormant, None, "summer break")
        .unwrap();
    let upcoming = x.meetings().unwrap()[0].clone();
    let last = x.agenda(upcoming.id).unwrap().last().unwrap().clone();
    x.remove_agenda_item(A, last.id).unwrap();
    let sk = x
        .roles(upcoming.id)
        .unwrap()
        .into_iter()
        .find(|r| r.role == MeetingRole::stack_keeper())
        .unwrap();
    x.unassign_role(A, upcoming.id, MeetingRole::stack_keeper(), sk.person_id)
        .unwrap();
    let second = export(&x);

    let mut b = bristol();
    import(&mut b, &first, "first.plenary");
    let after_first = state(&b);
    let r = import(&mut b, &second, "second.plenary");
    assert!(
        r.totals.updated >= 1 && r.totals.deleted == 2,
        "{:?}",
        r.totals
    );
    assert_eq!(b.wg(kitchen).unwrap().status, WgStatus::Dormant);

    let u = b.undo_import(r.received_id.unwrap()).unwrap();
    assert_eq!(u.restored, r.totals.updated + r.totals.deleted);
    assert_eq!(
        state(&b),
        after_first,
        "as after the first import, tombstones too"
    );
    assert_eq!(b.wg(kitchen).unwrap().status, WgStatus::Active);
    assert!(b.agenda_item(last.id).is_ok());

    // Then the first one, back to the empty assembly.
    let first_id = b.received_bundles().unwrap()[0].id;
    b.undo_import(first_id).unwrap();
    let assemblies: i64 = b
        .conn()
        .query_row("SELECT count(*) FROM assemblies", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        assemblies, 1,
        "Riverside is forgotten with its first bundle"
    );
}

#[test]
fn an_import_a_later_one_may_build_on_is_refused_and_nothing_changes() {
    let mut x = riverside();
    let first = export(&x);
    let kitchen = x.resolve_wg("Kitchen").unwrap();
    x.set_wg_status(A, kitchen, WgStatus::Dormant, None, "summer break")
        .unwrap();
    let second = export(&x);
    let mut b = bristol();
    let r1 = import(&mut b, &first, "first.plenary");
    import(&mut b, &second, "second.plenary");
    refused(
        &mut b,
        "not-allowed",
        "second.plenary, imported later",
        |db| db.undo_import(r1.received_id.unwrap()),
    );
}

#[test]
fn an_import_that_records_made_here_refer_to_is_refused_and_nothing_changes() {
    let x = riverside();
    let mut b = bristol();
    let r = import(&mut b, &export(&x), "riv.plenary");
    let theirs = b
        .proposals()
        .unwrap()
        .into_iter()
        .find(|p| p.origin != b.local_id().unwrap())
        .unwrap();
    b.adopt_proposal(A, theirs.id).unwrap();
    refused(&mut b, "not-allowed", "records made here refer to", |db| {
        db.undo_import(r.received_id.unwrap())
    });
}

#[test]
fn an_unknown_bundle_is_not_found() {
    let mut b = bristol();
    refused(&mut b, "not-found", "no received bundle", |db| {
        db.undo_import(uuid::Uuid::now_v7())
    });
}

#[test]
fn an_import_takes_no_backup_of_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = Db::open(&dir.path().join("b.db")).unwrap();
    b.init_assembly("Occupy Bristol", "BRS", None).unwrap();
    let r = import(&mut b, &export(&riverside()), "riv.plenary");
    assert!(r.changed);
    assert!(!dir.path().join("backups").exists());
}
