//! Setting, changing and removing the passphrase (docs/security.md): a plain database
//! encrypted, an encrypted one given a new passphrase, or decrypted — each in one step
//! that cannot leave a half-converted database.
//!
//! The database is never changed in place. A complete new file is written beside it
//! (`<db>.rekey`, by SQLCipher's `sqlcipher_export`, keyed with the new key and a new
//! salt, or plain), and so are the new signing key file (`<db>.key.rekey`) and a re-keyed
//! copy of each automatic backup (`<backup>.rekey`); everything is flushed to the disk.
//! Then one `rename` puts the new database in place: that is the moment the conversion
//! happens. The other files follow by rename.
//!
//! A crash before that rename leaves the old database with its old passphrase; after it,
//! the new one with the new. Either way the next open ([`finish_interrupted`]) puts the
//! files left behind in order *without any key*: a pending file that matches the database
//! as it now is (plain with plain, or sealed for the same salt) replaces the file it was
//! written for, any other is removed. `tests/rekey.rs` crashes the command line at each
//! step to show it.
//!
//! While converting, the database leaves its write-ahead log (journal_mode DELETE, which
//! SQLite allows only when no other connection has the file open — so another Plenary
//! cannot write to the old file meanwhile) and holds its lock until the new file is in
//! place (locking_mode EXCLUSIVE).

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::key_file::{self, Form};
use crate::passphrase::{AtRest, DbKey, Passphrase};
use crate::{conflict, Db, Error, Result};

/// What a passphrase change did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Rekeyed {
    /// Whether the database is encrypted now.
    pub encrypted: bool,
    /// Automatic backups re-written with the new passphrase (or plain, when removed).
    pub backups_rekeyed: u64,
    /// Automatic backups deleted because they were encrypted with an older passphrase
    /// than the one this change started from (left by an earlier interrupted change).
    pub backups_deleted: u64,
}

/// The file written beside `path` before it replaces it.
fn pending(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".rekey");
    PathBuf::from(s)
}

/// A crash point for the tests (`PLENARY_TEST_CRASH_AT=<step>`): the process ends at once,
/// as a power cut would end it, leaving the files as they are at that step.
fn crash_point(step: &str) {
    if std::env::var_os("PLENARY_TEST_CRASH_AT").is_some_and(|s| s == step) {
        std::process::abort();
    }
}

fn sync_file(path: &Path) -> Result<()> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| {
            Error::io(
                crate::error_message!("io-cannot-flush", path = path.display().to_string()),
                e,
            )
        })
}

/// Makes a rename durable: the folder's entry is flushed too.
fn sync_folder(of: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(crate::backup::folder_of(of)) {
        let _ = dir.sync_all();
    }
}

fn rename(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to).map_err(|e| {
        Error::io(
            crate::error_message!(
                "io-cannot-move",
                from = from.display().to_string(),
                to = to.display().to_string()
            ),
            e,
        )
    })?;
    sync_folder(to);
    Ok(())
}

fn remove_quietly(path: &Path) {
    for suffix in ["", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Whether a pending file of this form belongs with the database as it is now.
fn matches(db: AtRest, pending: Option<Form>) -> bool {
    matches!((db, pending), (AtRest::Plain, Some(Form::Plain)))
        || matches!((db, pending), (AtRest::Encrypted(a), Some(Form::Sealed(b))) if a == b)
}

fn at_rest_as_form(state: AtRest) -> Option<Form> {
    match state {
        AtRest::Plain => Some(Form::Plain),
        AtRest::Encrypted(salt) => Some(Form::Sealed(salt)),
        AtRest::New => None,
    }
}

/// Puts in order what an interrupted conversion left beside the database at `path` (see
/// the module's comment). Needs no key; run before every open.
pub(crate) fn finish_interrupted(path: &Path, key_path: &Path) -> Result<()> {
    let stage = pending(path);
    if stage.exists() {
        // The database was not replaced: the new file is not used.
        remove_quietly(&stage);
    }
    let db = AtRest::of_file(path)?;
    let key_stage = pending(key_path);
    if key_stage.exists() {
        let form = std::fs::read_to_string(&key_stage)
            .ok()
            .map(Zeroizing::new)
            .and_then(|t| key_file::form(&t));
        if matches(db, form) {
            rename(&key_stage, key_path)?;
        } else {
            remove_quietly(&key_stage);
        }
    }
    for backup in crate::backup::automatic_backups(path) {
        let stage = pending(&backup);
        if !stage.exists() {
            continue;
        }
        if matches(db, at_rest_as_form(AtRest::of_file(&stage)?)) {
            rename(&stage, &backup)?;
        } else {
            remove_quietly(&stage);
        }
    }
    Ok(())
}

/// Writes the database open on `from` (its main schema) to a new file at `to`, keyed with
/// `key` or plain, with the same schema version; flushed to the disk.
pub(crate) fn export(from: &Connection, to: &Path, key: Option<&DbKey>) -> Result<()> {
    remove_quietly(to);
    let literal = key.map(|k| k.sqlcipher_key());
    let version: i64 = from.pragma_query_value(None, "user_version", |r| r.get(0))?;
    from.execute(
        "ATTACH DATABASE ?1 AS rekey KEY ?2",
        rusqlite::params![
            to.to_string_lossy(),
            literal.as_ref().map(|l| l.as_str()).unwrap_or("")
        ],
    )?;
    let written = (|| {
        from.query_row("SELECT sqlcipher_export('rekey')", [], |_| Ok(()))?;
        from.execute_batch(&format!("PRAGMA rekey.user_version = {version}"))?;
        Ok::<_, Error>(())
    })();
    let detached = from.execute_batch("DETACH DATABASE rekey");
    written?;
    detached?;
    sync_file(to)
}

/// Copies the plain database at `src` into the (empty) database open on `to`, whatever
/// `to`'s key: SQLCipher's export, with the schema version.
pub(crate) fn export_from(to: &Connection, src: &Path) -> Result<()> {
    to.execute("ATTACH DATABASE ?1 AS src KEY ''", [src.to_string_lossy()])?;
    let copied = (|| {
        to.query_row("SELECT sqlcipher_export('main', 'src')", [], |_| Ok(()))?;
        let version: i64 = to.query_row("PRAGMA src.user_version", [], |r| r.get(0))?;
        to.execute_batch(&format!("PRAGMA main.user_version = {version}"))?;
        Ok::<_, Error>(())
    })();
    let detached = to.execute_batch("DETACH DATABASE src");
    copied?;
    detached?;
    Ok(())
}

impl Db {
    /// Encrypts this plain database with `new` (see the module's comment).
    pub fn encrypt(&mut self, new: &Passphrase) -> Result<Rekeyed> {
        if self.key.is_some() {
            return Err(conflict!("rekey-already-encrypted"));
        }
        self.rekey(Some(DbKey::new_random(new)?))
    }

    /// Gives this encrypted database a new passphrase (and a new salt).
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<Rekeyed> {
        if self.key.is_none() {
            return Err(conflict!("rekey-not-encrypted-set-first"));
        }
        self.rekey(Some(DbKey::new_random(new)?))
    }

    /// Decrypts this encrypted database: afterwards it is a plain SQLite file again.
    pub fn decrypt(&mut self) -> Result<Rekeyed> {
        if self.key.is_none() {
            return Err(conflict!("rekey-not-encrypted"));
        }
        self.rekey(None)
    }

    /// Refuses (`wrong-passphrase`) any passphrase but this encrypted database's: the app
    /// asks for it again before changing or removing it.
    pub fn check_passphrase(&self, passphrase: &Passphrase) -> Result<()> {
        let Some(key) = &self.key else {
            return Err(conflict!("rekey-not-encrypted"));
        };
        if !key.same_as(&DbKey::derive(passphrase, key.salt())?) {
            return Err(Error::WrongPassphrase);
        }
        Ok(())
    }

    /// Whether this database is encrypted at rest.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    fn rekey(&mut self, new: Option<DbKey>) -> Result<Rekeyed> {
        let Some(path) = self.path().map(Path::to_path_buf) else {
            return Err(conflict!("rekey-in-memory"));
        };
        let Some(key_path) = self.key_path() else {
            return Err(conflict!("rekey-in-memory"));
        };
        // Read before anything changes: a key file that does not open stops it here.
        let signing = if key_path.exists() {
            Some(self.signing_key()?)
        } else {
            None
        };
        self.leave_wal()?;
        let staged = self.stage(&path, &key_path, signing.as_ref(), new.as_ref());
        let backups = match staged {
            Ok(b) => b,
            Err(e) => {
                remove_quietly(&pending(&path));
                remove_quietly(&pending(&key_path));
                for backup in crate::backup::automatic_backups(&path) {
                    remove_quietly(&pending(&backup));
                }
                self.back_to_wal();
                return Err(e);
            }
        };
        crash_point("staged");
        // The conversion: the new database takes the old one's place.
        if let Err(e) = rename(&pending(&path), &path) {
            remove_quietly(&pending(&path));
            remove_quietly(&pending(&key_path));
            self.back_to_wal();
            return Err(e);
        }
        crash_point("renamed");
        // From here the new passphrase is the one; what fails below is finished at the
        // next open (finish_interrupted).
        let mut result = Ok(());
        if signing.is_some() {
            result = rename(&pending(&key_path), &key_path);
        }
        crash_point("key-renamed");
        let mut rekeyed = Rekeyed {
            encrypted: new.is_some(),
            backups_rekeyed: 0,
            backups_deleted: 0,
        };
        for (backup, staged) in backups {
            if staged {
                if rename(&pending(&backup), &backup).is_ok() {
                    rekeyed.backups_rekeyed += 1;
                }
            } else if std::fs::remove_file(&backup).is_ok() {
                rekeyed.backups_deleted += 1;
            }
        }
        self.reopen_with(new)?;
        result.map(|()| rekeyed)
    }

    /// Leaves the write-ahead log (everything in it is checkpointed into the file, which
    /// SQLite allows only when no other connection has the database open) and keeps the
    /// file locked until the connection is replaced.
    fn leave_wal(&mut self) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::ZERO)?;
        let mode: rusqlite::Result<String> =
            self.conn
                .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0));
        let busy = conflict!("rekey-database-in-use");
        match mode {
            Ok(m) if m.eq_ignore_ascii_case("delete") => {}
            Ok(_) => {
                self.back_to_wal();
                return Err(busy);
            }
            Err(e) => {
                self.back_to_wal();
                return Err(match e.sqlite_error_code() {
                    Some(
                        rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked,
                    ) => busy,
                    _ => e.into(),
                });
            }
        }
        self.conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        // The first read takes the lock that locking_mode keeps.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        Ok(())
    }

    /// Undoes [`Db::leave_wal`] after a refusal: the database is as it was.
    fn back_to_wal(&mut self) {
        let _ = self.conn.pragma_update(None, "locking_mode", "NORMAL");
        let _ = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()));
        let _ = self.conn.busy_timeout(std::time::Duration::from_secs(5));
    }

    /// Writes the pending files: the database, the signing key, each automatic backup.
    /// Returns every automatic backup with whether it was staged (`false`: encrypted with
    /// another passphrase than the current one, to be deleted).
    fn stage(
        &self,
        path: &Path,
        key_path: &Path,
        signing: Option<&ed25519_dalek::SigningKey>,
        new: Option<&DbKey>,
    ) -> Result<Vec<(PathBuf, bool)>> {
        export(&self.conn, &pending(path), new)?;
        crash_point("exported");
        if let Some(signing) = signing {
            let text = key_file::encode(signing, new)?;
            key_file::write_owner_only(&pending(key_path), text.as_bytes()).map_err(|e| {
                Error::io(
                    crate::error_message!(
                        "io-cannot-write-key",
                        path = pending(key_path).display().to_string()
                    ),
                    e,
                )
            })?;
        }
        let mut backups = Vec::new();
        for backup in crate::backup::automatic_backups(path) {
            let ours = match AtRest::of_file(&backup)? {
                AtRest::Plain => self.key.is_none(),
                AtRest::Encrypted(salt) => self.key.as_ref().is_some_and(|k| k.salt() == salt),
                AtRest::New => false,
            };
            if ours {
                let conn = crate::passphrase::open_connection(&backup, self.key.as_ref())?;
                export(&conn, &pending(&backup), new)?;
            }
            backups.push((backup, ours));
        }
        Ok(backups)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_files_follow_the_database() {
        let s = [1u8; 16];
        assert!(matches(AtRest::Plain, Some(Form::Plain)));
        assert!(matches(AtRest::Encrypted(s), Some(Form::Sealed(s))));
        assert!(!matches(AtRest::Encrypted(s), Some(Form::Sealed([2; 16]))));
        assert!(!matches(AtRest::Plain, Some(Form::Sealed(s))));
        assert!(!matches(AtRest::Encrypted(s), Some(Form::Plain)));
        assert!(!matches(AtRest::New, Some(Form::Plain)));
        assert!(!matches(AtRest::Plain, None));
    }
}
