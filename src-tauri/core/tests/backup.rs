//! Backups and restore: a backup gives the database back exactly; restore refuses what is
//! not a Plenary database of this installation, and then leaves the database untouched.

mod common;

use std::path::{Path, PathBuf};

use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};

use common::dump;

struct Install {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    path: PathBuf,
    db: Db,
}

fn install(name: &str, code: &str) -> Install {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    let mut db = Db::open(&path).unwrap();
    db.init_assembly(name, code, None).unwrap();
    add_wg(&mut db, "Kitchen");
    Install {
        dir: dir.path().to_path_buf(),
        _dir: dir,
        path,
        db,
    }
}

fn add_wg(db: &mut Db, name: &str) {
    db.add_wg(
        Actor::Cli,
        &NewWg {
            name: name.into(),
            category: "operational".into(),
            ..Default::default()
        },
    )
    .unwrap();
}

fn file_bytes(i: &Install) -> Vec<u8> {
    i.db.conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    std::fs::read(&i.path).unwrap()
}

fn refused_restore(i: &mut Install, from: &Path, kind: &str, needle: &str) {
    let (before, bytes) = (dump(&i.db), file_bytes(i));
    let e = i.db.restore_from(from).expect_err("restore must refuse");
    assert_eq!(e.kind(), kind, "{e}");
    assert!(e.to_string().contains(needle), "{e} lacks {needle:?}");
    assert_eq!(dump(&i.db), before);
    assert_eq!(file_bytes(i), bytes);
    let leftovers: Vec<_> = std::fs::read_dir(&i.dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".plenary-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging files left behind: {leftovers:?}"
    );
}

#[test]
fn a_backup_restores_the_database_exactly() {
    let mut i = install("Occupy Bristol", "BRS");
    let backup = i.dir.join("copy.db");
    i.db.backup_to(&backup).unwrap();
    let at_backup = dump(&i.db);
    add_wg(&mut i.db, "Press");
    assert_ne!(dump(&i.db), at_backup);
    let a = i.db.restore_from(&backup).unwrap();
    assert_eq!(a.code, "BRS");
    assert_eq!(dump(&i.db), at_backup);
    // It is one self-contained file, and the database still works after the restore.
    assert!(!i.dir.join("copy.db-wal").exists());
    add_wg(&mut i.db, "Tech");
    // The database as it was before the restore was kept.
    let kept: Vec<_> = std::fs::read_dir(i.dir.join("backups"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(kept[0]
        .file_name()
        .to_string_lossy()
        .ends_with("-before-restore.db"));
}

#[test]
fn restore_refuses_what_is_not_a_plenary_database() {
    let mut i = install("Occupy Bristol", "BRS");
    let text = i.dir.join("notes.txt");
    std::fs::write(&text, "not a database at all").unwrap();
    refused_restore(
        &mut i,
        &text,
        "invalid-input",
        "is not a Plenary database: it is not an SQLite database file",
    );

    let other_sqlite = i.dir.join("other.db");
    rusqlite::Connection::open(&other_sqlite)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    refused_restore(
        &mut i,
        &other_sqlite,
        "invalid-input",
        "it has no Plenary tables",
    );

    let backup = i.dir.join("copy.db");
    i.db.backup_to(&backup).unwrap();
    let bytes = std::fs::read(&backup).unwrap();
    let damaged = i.dir.join("damaged.db");
    std::fs::write(&damaged, &bytes[..bytes.len() / 2]).unwrap();
    refused_restore(
        &mut i,
        &damaged,
        "invalid-input",
        "is not a Plenary database",
    );
    let missing = i.dir.join("missing.db");
    refused_restore(&mut i, &missing, "io", "cannot open");
}

#[test]
fn restore_refuses_a_newer_schema_and_another_installation() {
    let mut i = install("Occupy Bristol", "BRS");
    let newer = i.dir.join("newer.db");
    i.db.backup_to(&newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", plenary_core::db::schema_version() + 1)
        .unwrap();
    refused_restore(&mut i, &newer, "newer-database", "newer Plenary");

    let other = install("Occupy York", "YRK");
    let theirs = i.dir.join("theirs.db");
    other.db.backup_to(&theirs).unwrap();
    refused_restore(
        &mut i,
        &theirs,
        "not-allowed",
        "this backup is of Occupy York (YRK)",
    );
}

#[test]
fn restore_migrates_a_backup_from_an_older_plenary() {
    // The previous release's database (tests/fixtures/previous-release) stands for a
    // backup made by an older Plenary: restoring it brings its schema up to date.
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.db");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/previous-release/riverside-demo.db"
        ),
        &old,
    )
    .unwrap();
    let before: i64 = rusqlite::Connection::open(&old)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert!(before < plenary_core::db::schema_version());
    let mut fresh = Db::open(&dir.path().join("new.db")).unwrap();
    let a = fresh.restore_from(&old).unwrap();
    assert_eq!(a.code, "RIV");
    let v: i64 = fresh
        .conn()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, plenary_core::db::schema_version());
    assert_eq!(fresh.wgs().unwrap().len(), 12);
}

#[test]
fn restore_into_a_new_database_file() {
    let i = install("Occupy Bristol", "BRS");
    let backup = i.dir.join("copy.db");
    i.db.backup_to(&backup).unwrap();
    let mut fresh = Db::open(&i.dir.join("new.db")).unwrap();
    let a = fresh.restore_from(&backup).unwrap();
    assert_eq!(a.code, "BRS");
    assert_eq!(dump(&fresh), dump(&i.db));
}

#[test]
fn automatic_backups_take_at_most_twice_the_database() {
    let mut i = install("Occupy Bristol", "BRS");
    let backups = |i: &Install| -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = std::fs::read_dir(i.dir.join("backups"))
            .unwrap()
            .flatten()
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    e.metadata().unwrap().len(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let mut newest = Vec::new();
    for n in 0..6 {
        add_wg(&mut i.db, &format!("Group {n}"));
        newest.push(i.db.backup_before("restore").unwrap().unwrap());
    }
    let kept = backups(&i);
    let size = std::fs::metadata(newest.last().unwrap()).unwrap().len();
    let total: u64 = kept.iter().map(|(_, n)| n).sum();
    // Each backup is the database's size: two of them fit, not three.
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(total <= 2 * size, "{total} > 2 × {size}");
    let names: Vec<String> = newest[4..]
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        kept.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        names,
        "the newest are kept"
    );
    assert!(Db::open_in_memory()
        .unwrap()
        .backup_before("restore")
        .unwrap()
        .is_none());
}
