//! Opening the database: the one place where the layers' per-connection setup is put
//! together. The lowest layer (db.rs: pragmas, migrations, transactions) knows nothing of
//! bundles; the tombstone triggers of every exported table come from the bundle layer's
//! table list (`bundle::tables::tombstone_triggers`), so that deleting a local record of
//! any table that travels leaves the tombstone that carries the deletion to others.

use std::path::Path;

use crate::passphrase::{AtRest, DbKey, Passphrase};
use crate::{Db, Result};

/// What every connection runs after its migrations.
fn on_open() -> String {
    crate::bundle::tables::tombstone_triggers()
}

impl Db {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A database from a newer Plenary is refused before anything is written to it.
    /// A plain one opens as it always has; an encrypted one is refused (`locked`): use
    /// [`Db::open_with_passphrase`].
    pub fn open(path: &Path) -> Result<Db> {
        Db::open_with(path, None, &on_open())
    }

    /// Opens the database at `path` with its passphrase when it is encrypted (the wrong
    /// one is refused, nothing written); a new file is created encrypted with it; a plain
    /// file opens as with [`Db::open`]. Every shell opens its database through here.
    pub fn open_with_passphrase(path: &Path, passphrase: Option<&Passphrase>) -> Result<Db> {
        Db::open_with(path, passphrase, &on_open())
    }

    /// Whether the plain database at `path` was made by an earlier Plenary, so that
    /// opening it first brings its schema up to date: seconds on a long history (a
    /// migration may rebuild an index of every record), which the app says on screen
    /// rather than showing nothing. Reads the file's header only: SQLite keeps
    /// `user_version` in bytes 60–63, big-endian. A new or encrypted file is not behind
    /// here (its unlock opens it); nor one whose header is short. The header can lag the
    /// write-ahead log (a version a crash left there): then the answer is a harmless yes.
    pub fn needs_upgrade(path: &Path) -> Result<bool> {
        if AtRest::of_file(path)? != AtRest::Plain {
            return Ok(false);
        }
        use std::io::Read;
        let mut head = Vec::with_capacity(64);
        std::fs::File::open(path)
            .and_then(|f| f.take(64).read_to_end(&mut head))
            .map_err(|e| {
                crate::Error::io(
                    crate::error_message!("io-cannot-open", path = path.display().to_string()),
                    e,
                )
            })?;
        let Some(v) = head.get(60..64) else {
            return Ok(false);
        };
        let version = i64::from(u32::from_be_bytes([v[0], v[1], v[2], v[3]]));
        Ok(version > 0 && version < crate::db::schema_version())
    }

    /// Whether the file at `path` is an encrypted database (so a passphrase is needed to
    /// open it). Reads its first bytes only.
    pub fn is_encrypted_file(path: &Path) -> Result<bool> {
        Ok(AtRest::of_file(path)?.is_encrypted())
    }

    /// Replaces this database's connection with a new one to the same file, keyed with
    /// `key` (after a passphrase change, rekey.rs), set up as at open.
    pub(crate) fn reopen_with(&mut self, key: Option<DbKey>) -> Result<()> {
        let Some(path) = self.path().map(Path::to_path_buf) else {
            return Ok(());
        };
        // The old connection is closed first: it was to the file this one replaced, and
        // nothing of its closing may touch the new one's files.
        drop(std::mem::replace(
            &mut self.conn,
            rusqlite::Connection::open_in_memory()?,
        ));
        let fresh = Db::open_keyed(&path, key, &on_open())?;
        self.conn = fresh.conn;
        self.key = fresh.key;
        Ok(())
    }

    /// A private in-memory database (tests, benchmarks). It has no key file location, so
    /// `init` keeps the signing key in memory only.
    pub fn open_in_memory() -> Result<Db> {
        Db::open_in_memory_with(&on_open())
    }
}
