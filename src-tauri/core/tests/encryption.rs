//! Encryption at rest (issue #18, docs/security.md): the engine is SQLCipher with FTS5; a
//! plain database opens as before; an encrypted one's file, log, backups and signing key
//! hold no name in clear; the wrong passphrase is refused and changes nothing; setting,
//! changing and removing the passphrase keep the record exactly, re-key the automatic
//! backups, and are refused while another connection has the file open.

mod common;

use std::path::{Path, PathBuf};

use plenary_core::passphrase::Passphrase;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};

use common::dump;

const PASS: &str = "correct horse battery";
const OTHER: &str = "staple of the movement";

fn pass(p: &str) -> Passphrase {
    Passphrase::new(p)
}

fn file(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn contains(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    hay.windows(n.len()).any(|w| w == n)
}

/// Every file beside the database and in its backups folder, with its bytes.
fn all_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The demo's people, by name (the words a lost laptop must not give away).
fn names(db: &Db) -> Vec<String> {
    let names: Vec<String> = db
        .people()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .filter(|n| n.len() >= 5)
        .collect();
    assert!(names.len() >= 10, "the demo has people: {names:?}");
    names
}

fn add_wg(db: &mut Db, name: &str) {
    db.add_wg(
        Actor::Cli,
        &NewWg {
            name: name.into(),
            category: "operational".into(),
            description: "Minutes kept by Rosalind Okonkwo-Fairweather".into(),
            ..Default::default()
        },
    )
    .unwrap();
}

fn demo(path: &Path, p: Option<&str>) -> Db {
    let mut db = Db::open_with_passphrase(path, p.map(pass).as_ref()).unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    db
}

fn public_key(db: &Db) -> [u8; 32] {
    db.signing_key().unwrap().verifying_key().to_bytes()
}

#[test]
fn the_engine_is_sqlcipher_with_fts5() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("p.db")).unwrap();
    let version = plenary_core::passphrase::cipher_version(db.conn());
    assert!(version.is_some_and(|v| v.starts_with('4')), "SQLCipher 4");
    let fts5: i64 = db
        .conn()
        .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fts5, 1);
}

#[test]
fn a_plain_database_is_a_plain_sqlite_file_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.db");
    let db = demo(&path, None);
    let who = names(&db);
    assert!(!db.is_encrypted());
    drop(db);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    // The byte search below would find the names in a plain file: it can fail.
    assert!(who.iter().any(|n| contains(&bytes, n)));
    // Any SQLite opens it, and Plenary opens it with or without a passphrase given.
    rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM people", [], |r| r.get::<_, i64>(0))
        .unwrap();
    assert!(!Db::is_encrypted_file(&path).unwrap());
    let again = Db::open_with_passphrase(&path, Some(&pass(PASS))).unwrap();
    assert!(!again.is_encrypted());
    assert!(!std::fs::read_to_string(file(&path, ".key"))
        .unwrap()
        .contains("sealed"));
}

#[test]
fn an_encrypted_database_its_log_backups_and_key_hold_no_name_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ga.db");
    let db = Db::open_with_passphrase(&path, Some(&pass(PASS))).unwrap();
    // A new file has its salt in place at once (the next open reads it there).
    assert!(Db::is_encrypted_file(&path).unwrap());
    drop(db);
    let mut db = demo(&path, Some(PASS));
    assert!(db.is_encrypted());
    let mut who = names(&db);
    who.push("Rosalind Okonkwo-Fairweather".into());
    who.push(db.local_assembly().unwrap().name);
    // An automatic backup, a backup by hand, and writes still in the log (the
    // connection is open: nothing checkpointed them since).
    let automatic = db.backup_before("test").unwrap().unwrap();
    db.backup_to(&dir.path().join("by-hand.db")).unwrap();
    db.conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    add_wg(&mut db, "Legal Observers");
    assert!(std::fs::metadata(file(&path, "-wal")).unwrap().len() > 0);
    let key = db.signing_key().unwrap();
    let key_hex: String = key.to_bytes().iter().map(|b| format!("{b:02x}")).collect();

    let files = all_files(dir.path());
    assert!(
        files.len() >= 5,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (p, bytes) in &files {
        for n in &who {
            assert!(!contains(bytes, n), "{n:?} in clear in {}", p.display());
        }
        assert!(
            !contains(bytes, "SQLite format 3"),
            "{} is plain",
            p.display()
        );
        assert!(
            !contains(bytes, &key_hex),
            "the signing key in clear in {}",
            p.display()
        );
    }
    // The copies open with the same passphrase.
    for copy in [automatic, dir.path().join("by-hand.db")] {
        let c = Db::open_with_passphrase(&copy, Some(&pass(PASS))).unwrap();
        assert_eq!(names(&c).len(), names(&db).len());
    }
    drop(db);
    let db = Db::open_with_passphrase(&path, Some(&pass(PASS))).unwrap();
    assert_eq!(db.signing_key().unwrap().to_bytes(), key.to_bytes());
}

#[test]
fn the_wrong_passphrase_or_none_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ga.db");
    let db = demo(&path, Some(PASS));
    drop(db);
    let before = all_files(dir.path());
    let e = Db::open_with_passphrase(&path, Some(&pass(OTHER)))
        .err()
        .unwrap();
    assert_eq!(e.kind(), "wrong-passphrase");
    assert!(
        e.to_string()
            .contains("the passphrase does not open this database"),
        "{e}"
    );
    let e = Db::open(&path).err().unwrap();
    assert_eq!(e.kind(), "locked");
    assert!(e.to_string().contains("encrypted"), "{e}");
    assert_eq!(all_files(dir.path()), before, "nothing was written");
    assert!(Db::is_encrypted_file(&path).unwrap());
}

#[test]
fn set_change_and_remove_keep_the_record_and_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ga.db");
    let mut db = demo(&path, None);
    db.backup_before("test").unwrap().unwrap();
    let record = dump(&db);
    let key = public_key(&db);
    let who = names(&db);

    // Plain → encrypted.
    let done = db.encrypt(&pass(PASS)).unwrap();
    assert!(done.encrypted);
    assert_eq!(done.backups_rekeyed, 1);
    assert!(db.is_encrypted());
    assert_eq!(dump(&db), record);
    assert_eq!(public_key(&db), key);
    add_wg(&mut db, "After encryption");
    let record = dump(&db);
    drop(db);
    for (p, bytes) in all_files(dir.path()) {
        for n in &who {
            assert!(!contains(&bytes, n), "{n:?} in clear in {}", p.display());
        }
    }
    assert!(!path.with_extension("db.rekey").exists());

    // A new passphrase: the old one no longer opens it, nor its backups.
    let mut db = Db::open_with_passphrase(&path, Some(&pass(PASS))).unwrap();
    assert_eq!(dump(&db), record);
    let backup = plenary_core_backups(&path);
    let done = db.change_passphrase(&pass(OTHER)).unwrap();
    assert_eq!((done.encrypted, done.backups_rekeyed), (true, 1));
    drop(db);
    assert_eq!(
        Db::open_with_passphrase(&path, Some(&pass(PASS)))
            .err()
            .unwrap()
            .kind(),
        "wrong-passphrase"
    );
    assert_eq!(
        Db::open_with_passphrase(&backup[0], Some(&pass(PASS)))
            .err()
            .unwrap()
            .kind(),
        "wrong-passphrase"
    );
    let mut db = Db::open_with_passphrase(&path, Some(&pass(OTHER))).unwrap();
    assert_eq!(dump(&db), record);
    assert_eq!(public_key(&db), key);

    // The backup, re-keyed, restores.
    db.restore_from(&backup[0]).unwrap();
    assert_eq!(public_key(&db), key);

    // Encrypted → plain.
    let record = dump(&db);
    let done = db.decrypt().unwrap();
    assert!(!done.encrypted);
    assert!(!db.is_encrypted());
    assert_eq!(dump(&db), record);
    drop(db);
    assert!(std::fs::read(&path)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
    let db = Db::open(&path).unwrap();
    assert_eq!(public_key(&db), key);
    assert!(!std::fs::read_to_string(file(&path, ".key"))
        .unwrap()
        .contains("sealed"));
    for b in plenary_core_backups(&path) {
        assert!(std::fs::read(&b).unwrap().starts_with(b"SQLite format 3\0"));
    }
    // The journal's mode is back (WAL) and the database takes actions.
    let mode: String = db
        .conn()
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

fn plenary_core_backups(path: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(path.parent().unwrap().join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    v.sort();
    v
}

#[test]
fn conversions_are_refused_where_they_make_no_sense_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ga.db");
    let mut db = demo(&path, None);
    let before = dump(&db);
    for e in [
        db.change_passphrase(&pass(PASS)).unwrap_err(),
        db.decrypt().unwrap_err(),
    ] {
        assert_eq!(e.kind(), "conflict");
        assert!(e.to_string().contains("not encrypted"), "{e}");
    }
    // Another connection has the file open (the app, a room server): refused.
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .query_row("SELECT count(*) FROM people", [], |r| r.get::<_, i64>(0))
        .unwrap();
    let e = db.encrypt(&pass(PASS)).unwrap_err();
    assert_eq!(e.kind(), "conflict");
    assert!(e.to_string().contains("another program"), "{e}");
    drop(other);
    assert!(!db.is_encrypted());
    assert_eq!(dump(&db), before);
    add_wg(&mut db, "Still writable");
    let mode: String = db
        .conn()
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert!(!file(&path, ".rekey").exists());

    db.encrypt(&pass(PASS)).unwrap();
    let e = db.encrypt(&pass(OTHER)).unwrap_err();
    assert!(e.to_string().contains("already encrypted"), "{e}");
    let mut memory = Db::open_in_memory().unwrap();
    assert_eq!(memory.encrypt(&pass(PASS)).unwrap_err().kind(), "conflict");
}

#[test]
fn a_plain_backup_restores_into_an_encrypted_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ga.db");
    let mut db = demo(&path, None);
    let plain_copy = dir.path().join("plain-copy.db");
    db.backup_to(&plain_copy).unwrap();
    let record = dump(&db);
    db.encrypt(&pass(PASS)).unwrap();
    add_wg(&mut db, "Added after the copy");
    db.restore_from(&plain_copy).unwrap();
    assert_eq!(dump(&db), record);
    drop(db);
    let who = {
        let db = Db::open_with_passphrase(&path, Some(&pass(PASS))).unwrap();
        names(&db)
    };
    let bytes = std::fs::read(&path).unwrap();
    assert!(!who.iter().any(|n| contains(&bytes, n)));

    // An encrypted copy does not restore into a plain database.
    let enc_copy = dir.path().join("enc-copy.db");
    let mut db = Db::open_with_passphrase(&path, Some(&pass(PASS))).unwrap();
    db.backup_to(&enc_copy).unwrap();
    db.decrypt().unwrap();
    let before = dump(&db);
    let e = db.restore_from(&enc_copy).unwrap_err();
    assert!(e.to_string().contains("encrypted"), "{e}");
    assert_eq!(dump(&db), before);
}
