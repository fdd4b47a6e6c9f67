//! The database: opening it (pragmas, migrations, refusing newer schemas), the clock, and
//! the one way to change anything — [`Db::write`], a transaction that journals its action.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use uuid::Uuid;

use crate::journal::Actor;
use crate::passphrase::{AtRest, DbKey, Passphrase};
use crate::{Error, Result};

/// Every schema change, in order. Forward only: a released migration is never edited;
/// a change is a new file. `tests/migrations.rs` migrates a database made at every
/// earlier version.
pub const MIGRATION_SQL: &[&str] = &[
    include_str!("../migrations/0001_foundation.sql"),
    include_str!("../migrations/0002_stack.sql"),
    include_str!("../migrations/0003_proposals.sql"),
    include_str!("../migrations/0005_minutes.sql"),
    include_str!("../migrations/0006_meeting_start.sql"),
    include_str!("../migrations/0007_bundles.sql"),
    include_str!("../migrations/0008_corrections.sql"),
    include_str!("../migrations/0009_foreign_key_indexes.sql"),
    include_str!("../migrations/0010_import_undo.sql"),
    include_str!("../migrations/0011_real_gas.sql"),
    include_str!("../migrations/0012_vote_after_blocks.sql"),
    include_str!("../migrations/0013_fair_floor.sql"),
    include_str!("../migrations/0014_manual_outcome_by.sql"),
    include_str!("../migrations/0015_hand_requests.sql"),
    include_str!("../migrations/0016_none_raised.sql"),
    include_str!("../migrations/0017_spokes_council.sql"),
    include_str!("../migrations/0018_federation_folders.sql"),
    include_str!("../migrations/0019_indexes_for_ten_years.sql"),
    include_str!("../migrations/0020_search.sql"),
    include_str!("../migrations/0021_namesakes.sql"),
    include_str!("../migrations/0022_assembly_minutes_lang.sql"),
    include_str!("../migrations/0023_wg_recent_activity.sql"),
    include_str!("../migrations/0024_meeting_people_covering.sql"),
    include_str!("../migrations/0025_search_prefixes.sql"),
    include_str!("../migrations/0026_stack_undo_words.sql"),
    include_str!("../migrations/0027_search_titles.sql"),
    include_str!("../migrations/0028_federation_note_words.sql"),
    include_str!("../migrations/0029_proposal_page_indexes.sql"),
    include_str!("../migrations/0030_correction_words.sql"),
    include_str!("../migrations/0031_decisions_of_one_assembly.sql"),
];

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_SQL.iter().map(|sql| M::up(sql)).collect()));

/// Makes sure SQLCipher has finished starting before a connection is opened. Its start-up
/// routine registers `sqlcipher_export` (rekey.rs, backup.rs) for every new connection
/// only after the point where a second thread's first connection stops waiting for it: two
/// threads opening their first connections together (tests in parallel; the app opens
/// its database before any other thread) could get one without the function ("no such
/// function: sqlcipher_export"). The process's first connection is opened alone.
pub(crate) fn sqlite_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| {
        let _ = Connection::open_in_memory();
    });
}

/// The schema version this Plenary writes (`PRAGMA user_version`).
pub fn schema_version() -> i64 {
    MIGRATION_SQL.len() as i64
}

/// Where the database lives unless `--db` / `PLENARY_DB` say otherwise: the platform's
/// data directory (`~/.local/share/plenary/plenary.db` on Linux).
pub fn default_db_path() -> Result<PathBuf> {
    let base = dirs::data_dir().ok_or_else(|| crate::invalid!("db-no-data-directory"))?;
    Ok(base.join("plenary").join("plenary.db"))
}

/// The signing key file of the database at `path`: `<path>.key`.
pub(crate) fn key_path_of(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".key");
    PathBuf::from(s)
}

/// An open Plenary database. One per process; the desktop app keeps it behind a mutex.
pub struct Db {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    /// Fixed time for tests and reproducible output; `None` means the system clock.
    fixed_now: Option<DateTime<Utc>>,
    local: Option<Uuid>,
    /// The signing key of an in-memory database (a file database keeps it in a file).
    pub(crate) memory_key: Option<ed25519_dalek::SigningKey>,
    /// The keys of an encrypted database (passphrase.rs); `None` for a plain one. Kept
    /// for the other connections to the same file (checkpointer, backups) and the
    /// signing key file; wiped when the database is closed.
    pub(crate) key: Option<DbKey>,
}

impl Db {
    /// Opens (creating if needed) the database at `path`, brings its schema up to date and
    /// runs `on_open` — the per-connection setup of the layers above (`Db::open`, in
    /// open.rs, passes the bundle layer's tombstone triggers): this layer knows no table
    /// beyond the schema. A database from a newer Plenary is refused before anything is
    /// written to it. An encrypted file needs its `passphrase` (refused without, or with
    /// the wrong one, before anything is written); a new file given one is encrypted; a
    /// plain file opens as it always has, whatever is given.
    pub(crate) fn open_with(
        path: &Path,
        passphrase: Option<&Passphrase>,
        on_open: &str,
    ) -> Result<Db> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::io(
                    crate::error_message!(
                        "io-cannot-create-folder",
                        path = dir.display().to_string()
                    ),
                    e,
                )
            })?;
        }
        crate::rekey::finish_interrupted(path, &key_path_of(path))?;
        let key = match AtRest::of_file(path)? {
            AtRest::New => match passphrase {
                Some(p) => {
                    let key = DbKey::new_random(p)?;
                    // The salt goes into the main file now (page 1, in rollback mode):
                    // in WAL mode a new file's first pages would wait in the log, and the
                    // next open reads the salt from the file.
                    crate::passphrase::open_connection(path, Some(&key))?
                        .execute_batch("PRAGMA user_version = 0")?;
                    Some(key)
                }
                None => None,
            },
            AtRest::Plain => None,
            AtRest::Encrypted(salt) => Some(DbKey::derive(passphrase.ok_or(Error::Locked)?, salt)?),
        };
        Self::open_keyed(path, key, on_open)
    }

    /// Opens the database at `path` with the keys already derived (`None`: plain).
    pub(crate) fn open_keyed(path: &Path, key: Option<DbKey>, on_open: &str) -> Result<Db> {
        let conn = crate::passphrase::open_connection(path, key.as_ref())?;
        let mut db = Self::setup(conn, Some(path.to_path_buf()), on_open)?;
        db.key = key;
        Ok(db)
    }

    /// A private in-memory database, set up like [`Db::open_with`].
    pub(crate) fn open_in_memory_with(on_open: &str) -> Result<Db> {
        sqlite_ready();
        Self::setup(Connection::open_in_memory()?, None, on_open)
    }

    /// Another connection to this database's file, keyed as this one is (the background
    /// checkpointer's).
    pub(crate) fn open_sibling(&self) -> Result<Option<Connection>> {
        self.path()
            .map(|p| crate::passphrase::open_connection(p, self.key.as_ref()))
            .transpose()
    }

    fn setup(mut conn: Connection, path: Option<PathBuf>, on_open: &str) -> Result<Db> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > schema_version() {
            return Err(Error::NewerDatabase {
                found,
                known: schema_version(),
            });
        }
        // WAL + synchronous=FULL: a committed action survives a crash or a power cut.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Room for every statement the actions prepare (a stack action alone uses ~40;
        // rusqlite keeps 16 by default, and a re-parse costs more than the query), and a
        // 32 MiB page cache so that a large database's hot index pages stay in memory.
        conn.set_prepared_statement_cache_capacity(256);
        conn.pragma_update(None, "cache_size", -32768)?;
        MIGRATIONS.to_latest(&mut conn)?;
        conn.execute_batch(on_open)?;
        let mut db = Db {
            conn,
            path,
            fixed_now: None,
            local: None,
            memory_key: None,
            key: None,
        };
        db.local = db.local_assembly_id()?;
        Ok(db)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Read access for queries that live in other modules of the core.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Freezes the clock (tests, snapshots, demo data).
    pub fn set_now(&mut self, now: Option<DateTime<Utc>>) {
        self.fixed_now = now;
    }

    /// Now, in UTC, to the millisecond (what is stored).
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed_now
            .unwrap_or_else(|| Utc::now().trunc_subsecs(3))
    }

    /// The id of this installation's own assembly, once `init` has run.
    pub fn local_id(&self) -> Result<Uuid> {
        self.local.ok_or(Error::NoAssembly)
    }

    fn local_assembly_id(&self) -> Result<Option<Uuid>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM assemblies WHERE is_local = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub(crate) fn set_local(&mut self, id: Uuid) {
        self.local = Some(id);
    }

    /// Runs `f` on one snapshot of the database (a read transaction): what it reads is
    /// consistent, and SQLite takes its locks once instead of at every query.
    pub fn read<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)?;
        let out = f(self);
        tx.finish()?;
        out
    }

    /// One raw write transaction for the fixture generators of the `plenary-dataset`
    /// crate, which bulk-insert (with prepared statements, in seconds) the rows that years
    /// of real actions would have left, journal rows included. Foreign keys and every
    /// constraint still hold. Never for user actions: those go through [`Db::write`].
    pub fn bulk_load<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs one user action as one IMMEDIATE transaction. The closure records what it did
    /// with [`Tx::journal`]; nothing is visible (or acknowledged) until the commit, and an
    /// error rolls everything back.
    pub fn write<T>(&mut self, actor: Actor, f: impl FnOnce(&mut Tx) -> Result<T>) -> Result<T> {
        let origin = self.local_id()?;
        self.write_as(origin, actor, f)
    }

    /// Like [`Db::write`], for the few actions that may run before an assembly exists
    /// (`init`, `demo`) — they pass the assembly they are creating.
    pub(crate) fn write_as<T>(
        &mut self,
        origin: Uuid,
        actor: Actor,
        f: impl FnOnce(&mut Tx) -> Result<T>,
    ) -> Result<T> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut t = Tx {
            tx,
            origin,
            now,
            actor,
        };
        let out = f(&mut t)?;
        t.tx.commit()?;
        Ok(out)
    }
}

/// An open write transaction with what every mutation needs: the local assembly (the
/// `origin` of every record it creates), the time, and who acts.
pub struct Tx<'c> {
    pub(crate) tx: Transaction<'c>,
    pub origin: Uuid,
    pub now: DateTime<Utc>,
    pub actor: Actor,
}

impl<'c> std::ops::Deref for Tx<'c> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl Tx<'_> {
    /// A new record id: UUIDv7, so ids sort by creation time.
    pub fn new_id(&self) -> Uuid {
        Uuid::now_v7()
    }

    /// Refuses a change to a record another assembly owns: imported records are read-only.
    pub fn ensure_owned(&self, what: Owned<'_>, origin: Uuid) -> Result<()> {
        ensure_owned(what, origin, self.origin)
    }
}

/// The record a change to another assembly's record is refused on, as the refusal names it.
#[derive(Debug, Clone, Copy)]
pub enum Owned<'a> {
    ThisProposal,
    ThisMeeting,
    ThisDecision,
    /// A GA, by its number.
    Ga(i64),
    /// A working group, by its name.
    Wg(&'a str),
    /// A person, by their name.
    Person(&'a str),
}

/// Refuses a change to a record of `origin` unless it is `local`'s (see [`Tx::ensure_owned`]).
pub(crate) fn ensure_owned(what: Owned<'_>, origin: Uuid, local: Uuid) -> Result<()> {
    if origin == local {
        return Ok(());
    }
    Err(match what {
        Owned::ThisProposal => crate::not_allowed!("not-owned-proposal"),
        Owned::ThisMeeting => crate::not_allowed!("not-owned-meeting"),
        Owned::ThisDecision => crate::not_allowed!("not-owned-decision"),
        Owned::Ga(number) => crate::not_allowed!("not-owned-ga", number = number),
        Owned::Wg(name) => crate::not_allowed!("not-owned-wg", name = name),
        Owned::Person(name) => crate::not_allowed!("not-owned-person", name = name),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn a_newer_database_is_refused_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        {
            let c = Connection::open(&path).unwrap();
            c.pragma_update(None, "user_version", schema_version() + 1)
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Db::open(&path).err().unwrap();
        assert_eq!(err.kind(), "newer-database");
        assert!(err.to_string().contains("newer Plenary"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn pragmas_are_set() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("p.db")).unwrap();
        let mode: String = db
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        let sync: i64 = db
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        let fk: i64 = db
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
    }
}
