//! A crash during `plenary passphrase set|change|remove` leaves a usable database, with
//! either the old passphrase or the new one (never a mix): the command line is ended at
//! each step of the conversion (`PLENARY_TEST_CRASH_AT`, an abort as sudden as a power
//! cut), then the database is opened as the next start would open it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use plenary_core::passphrase::Passphrase;
use plenary_core::Db;

use common::dump;

const OLD: &str = "correct horse battery";
const NEW: &str = "staple of the movement";

/// The steps of a conversion, in order, and whether the new passphrase holds after a
/// crash there.
const STEPS: &[(&str, bool)] = &[
    ("exported", false),
    ("staged", false),
    ("renamed", true),
    ("key-renamed", true),
];

#[derive(Clone, Copy, Debug)]
enum Conversion {
    Set,
    Change,
    Remove,
}

impl Conversion {
    fn word(self) -> &'static str {
        match self {
            Conversion::Set => "set",
            Conversion::Change => "change",
            Conversion::Remove => "remove",
        }
    }
    /// The passphrase before and after (`None`: plain).
    fn before(self) -> Option<&'static str> {
        match self {
            Conversion::Set => None,
            Conversion::Change | Conversion::Remove => Some(OLD),
        }
    }
    fn after(self) -> Option<&'static str> {
        match self {
            Conversion::Set | Conversion::Change => Some(NEW),
            Conversion::Remove => None,
        }
    }
}

fn open(path: &Path, p: Option<&str>) -> plenary_core::Result<Db> {
    Db::open_with_passphrase(path, p.map(Passphrase::new).as_ref())
}

fn crash(path: &Path, change: Conversion, step: &str) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plenary"));
    cmd.args(["--db", path.to_str().unwrap(), "passphrase", change.word()])
        .env("PLENARY_NEW_PASSPHRASE", NEW)
        .env("PLENARY_TEST_CRASH_AT", step)
        .env_remove("PLENARY_PASSPHRASE");
    if let Some(old) = change.before() {
        cmd.env("PLENARY_PASSPHRASE", old);
    }
    let out = cmd.output().unwrap();
    assert!(
        !out.status.success(),
        "the conversion was meant to end at {step}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

fn leftovers(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in [dir.to_path_buf(), dir.join("backups")] {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            if e.file_name().to_string_lossy().contains(".rekey") {
                out.push(e.path());
            }
        }
    }
    out
}

fn backups(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect()
}

/// Copies every file of the folder `from` (and its backups folder) into `to`.
fn copy_folder(from: &Path, to: &Path) {
    for sub in ["", "backups"] {
        std::fs::create_dir_all(to.join(sub)).unwrap();
        for e in std::fs::read_dir(from.join(sub)).unwrap().flatten() {
            if e.path().is_file() {
                std::fs::copy(e.path(), to.join(sub).join(e.file_name())).unwrap();
            }
        }
    }
}

#[test]
fn a_crash_at_any_step_leaves_the_old_or_the_new_passphrase() {
    // The demo, with an automatic backup, once plain and once encrypted; each case
    // works on a copy.
    let bases = tempfile::tempdir().unwrap();
    let mut made = Vec::new();
    for (name, p) in [("plain", None), ("encrypted", Some(OLD))] {
        let dir = bases.path().join(name);
        let mut db = open(&dir.join("ga.db"), p).unwrap();
        plenary_core::demo::fill(&mut db).unwrap();
        db.backup_before("test").unwrap();
        let key = db.signing_key().unwrap().verifying_key();
        made.push((dir, dump(&db), key));
    }
    for change in [Conversion::Set, Conversion::Change, Conversion::Remove] {
        for &(step, new_holds) in STEPS {
            let (base, record, key) = &made[usize::from(change.before().is_some())];
            let (record, key) = (record.clone(), *key);
            let dir = tempfile::tempdir().unwrap();
            copy_folder(base, dir.path());
            let path = dir.path().join("ga.db");
            crash(&path, change, step);

            let (holds, other) = if new_holds {
                (change.after(), change.before())
            } else {
                (change.before(), change.after())
            };
            let what = format!("{change:?} ended at {step}");
            if let Some(other) = other {
                let e = open(&path, Some(other)).err();
                assert!(
                    holds.is_none() || e.is_some_and(|e| e.kind() == "wrong-passphrase"),
                    "{what}: the other passphrase must not open it"
                );
            }
            let db = open(&path, holds).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(db.is_encrypted(), holds.is_some(), "{what}");
            assert_eq!(dump(&db), record, "{what}: the record is whole");
            assert_eq!(
                db.signing_key()
                    .unwrap_or_else(|e| panic!("{what}: {e}"))
                    .verifying_key(),
                key,
                "{what}: the signing key opens"
            );
            assert!(
                leftovers(dir.path()).is_empty(),
                "{what}: {:?}",
                leftovers(dir.path())
            );
            for b in backups(dir.path()) {
                let c = open(&b, holds).unwrap_or_else(|e| panic!("{what}: backup {e}"));
                assert_eq!(c.is_encrypted(), holds.is_some(), "{what}: backup");
            }
            drop(db);

            // And the conversion, run again, completes.
            let mut db = open(&path, holds).unwrap();
            match (holds, change.after()) {
                (None, Some(_)) => {
                    db.encrypt(&Passphrase::new(NEW)).unwrap();
                }
                (Some(_), Some(_)) if holds != change.after() => {
                    db.change_passphrase(&Passphrase::new(NEW)).unwrap();
                }
                (Some(_), None) => {
                    db.decrypt().unwrap();
                }
                _ => {}
            }
            drop(db);
            let db = open(&path, change.after()).unwrap();
            assert_eq!(dump(&db), record, "{what}: after finishing");
        }
    }
}
