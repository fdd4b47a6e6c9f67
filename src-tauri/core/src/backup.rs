//! Backups and restore, with SQLite's online backup: a consistent copy of the database
//! while it is open. A backup is taken automatically before a restore (into `backups/`
//! beside the database), and the automatic backups never take more than twice the
//! database's size in all; `plenary backup` and `plenary restore` do it by hand. An import
//! takes no backup: it keeps its own record of what it changed, to be undone whole
//! (`bundle/undo.rs`) at a cost that follows the bundle, not the database. Restore checks the file first, stages it beside the database,
//! and copies it in with one backup step, which SQLite commits whole or not at all.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use uuid::Uuid;

use crate::assembly::Assembly;
use crate::db::schema_version;
use crate::passphrase::{open_connection, AtRest};
use crate::{invalid, Db, Error, Result};

/// How many automatic backups are kept at most (the oldest go first)...
const KEEP: usize = 10;
/// ...and how much disk they may take in all, in multiples of the database's size.
const KEEP_SIZE_FACTOR: u64 = 2;
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

fn copy_all(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new(from, to)?;
    // All pages in one step: one transaction on the destination.
    match backup.step(-1)? {
        StepResult::Done => Ok(()),
        _ => Err(crate::conflict!("backup-busy")),
    }
}

/// Removes a database file with its WAL and shared-memory files, ignoring what is absent.
fn remove_db_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Where automatic backups go: the folder `backups/` beside the database.
pub(crate) fn backups_dir(db_path: &Path) -> PathBuf {
    folder_of(db_path).join("backups")
}

/// The automatic backups of the database at `db_path` (in `backups/` beside it, named
/// `<stem>-<time>-before-<why>.db`), oldest first.
pub(crate) fn automatic_backups(db_path: &Path) -> Vec<PathBuf> {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plenary".into());
    let prefix = format!("{stem}-");
    let mut found: Vec<PathBuf> = std::fs::read_dir(backups_dir(db_path))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| {
                    e.file_name().to_str().is_some_and(|n| {
                        n.starts_with(&prefix) && n.contains("-before-") && n.ends_with(".db")
                    })
                })
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// The folder a file is in ("." for a bare file name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn staging_path(beside: &Path) -> PathBuf {
    folder_of(beside).join(format!(".plenary-{}.db", Uuid::now_v7()))
}

impl Db {
    /// Writes a consistent copy of the database to `path`: one self-contained file
    /// (rollback journal, no WAL beside it), written whole or not at all.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        let stage = staging_path(path);
        let result = (|| {
            // Keyed with this database's key and salt when it is encrypted: the copy is
            // as unreadable as the database, and opens with the same passphrase.
            let mut dst = open_connection(&stage, self.key.as_ref())?;
            copy_all(&self.conn, &mut dst)?;
            dst.pragma_update(None, "journal_mode", "DELETE")?;
            dst.close().map_err(|(_, e)| e)?;
            std::fs::rename(&stage, path).map_err(|e| {
                Error::io(
                    crate::error_message!("io-cannot-write", path = path.display().to_string()),
                    e,
                )
            })
        })();
        if result.is_err() {
            remove_db_files(&stage);
        }
        result
    }

    /// A backup in the folder `backups/` beside the database, named for the time and
    /// `why` ("restore"). The oldest automatic backups are removed beyond ten, or while
    /// all of them together take more than twice the database's size (the newest is
    /// always kept). `None` for an in-memory database.
    pub fn backup_before(&self, why: &str) -> Result<Option<PathBuf>> {
        let Some(db_path) = self.path() else {
            return Ok(None);
        };
        let dir = backups_dir(db_path);
        std::fs::create_dir_all(&dir).map_err(|e| {
            Error::io(
                crate::error_message!("io-cannot-create-folder", path = dir.display().to_string()),
                e,
            )
        })?;
        let stem = db_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plenary".into());
        let suffix = format!("-before-{why}.db");
        let mut path = dir.join(format!(
            "{stem}-{}{suffix}",
            Utc::now().format("%Y%m%dT%H%M%S%.3fZ")
        ));
        let mut n = 2;
        while path.exists() {
            path = dir.join(format!(
                "{stem}-{}-{n}{suffix}",
                Utc::now().format("%Y%m%dT%H%M%S%.3fZ")
            ));
            n += 1;
        }
        self.backup_to(&path)?;
        self.prune_backups(db_path)?;
        Ok(Some(path))
    }

    /// The database's size: its pages, as a backup of it takes.
    fn size_in_pages(&self) -> Result<u64> {
        let pages: i64 = self
            .conn
            .pragma_query_value(None, "page_count", |r| r.get(0))?;
        // SQLCipher answers `page_size` on an encrypted database as text
        // ("cipher_page_size"): read either.
        let page: rusqlite::types::Value =
            self.conn
                .pragma_query_value(None, "page_size", |r| r.get(0))?;
        let page = match page {
            rusqlite::types::Value::Integer(n) => n,
            rusqlite::types::Value::Text(t) => t.trim().parse().unwrap_or(4096),
            _ => 4096,
        };
        Ok((pages * page) as u64)
    }

    /// Removes the oldest automatic backups of `stem` (any kind) beyond [`KEEP`] or while
    /// they take more than [`KEEP_SIZE_FACTOR`] times the database's size; the newest stays.
    fn prune_backups(&self, db_path: &Path) -> Result<()> {
        let mut kept: Vec<(PathBuf, u64)> = automatic_backups(db_path)
            .into_iter()
            .map(|p| {
                let n = std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
                (p, n)
            })
            .collect();
        // Names start with the time: sorted, the newest is last.
        kept.sort();
        let budget = KEEP_SIZE_FACTOR * self.size_in_pages()?;
        let mut total: u64 = kept.iter().map(|(_, n)| n).sum();
        let mut count = kept.len();
        for (p, n) in &kept[..kept.len().saturating_sub(1)] {
            if count <= KEEP && total <= budget {
                break;
            }
            let _ = std::fs::remove_file(p);
            total -= n;
            count -= 1;
        }
        Ok(())
    }

    /// Replaces this database with the backup at `src`, after checking that it is a
    /// Plenary database this Plenary can open (migrating an older one), and that it is
    /// this installation's assembly (its signing key is the one beside this database).
    /// The current database is backed up first. Nothing changes if anything fails.
    pub fn restore_from(&mut self, src: &Path) -> Result<Assembly> {
        let shown = src.display().to_string();
        let not_plenary = |why: &str| invalid!("backup-not-plenary", file = &shown, why = why);
        std::fs::metadata(src)
            .map_err(|e| Error::io(crate::error_message!("io-cannot-open", path = &shown), e))?;
        // A plain file must begin as SQLite's do; any other is read only if it is
        // encrypted with this database's key (the same salt: a copy of this database
        // since its passphrase was last set).
        match AtRest::of_file(src)? {
            AtRest::Plain => {
                let mut head = [0u8; 16];
                use std::io::Read;
                let mut f = std::fs::File::open(src).map_err(|e| {
                    Error::io(crate::error_message!("io-cannot-open", path = &shown), e)
                })?;
                if f.read_exact(&mut head).is_err() || head != SQLITE_MAGIC {
                    return Err(not_plenary("not-sqlite"));
                }
            }
            AtRest::Encrypted(salt) => match &self.key {
                Some(key) if key.salt() == salt => {}
                Some(_) => return Err(not_plenary("other-passphrase")),
                None => return Err(not_plenary("encrypted-into-plain")),
            },
            AtRest::New => return Err(not_plenary("not-sqlite")),
        }
        let stage = match self.path() {
            Some(p) => staging_path(p),
            None => std::env::temp_dir().join(format!(".plenary-{}.db", Uuid::now_v7())),
        };
        let result = self.restore_staged(src, &stage, &not_plenary);
        remove_db_files(&stage);
        result
    }

    fn restore_staged(
        &mut self,
        src: &Path,
        stage: &Path,
        not_plenary: &dyn Fn(&str) -> Error,
    ) -> Result<Assembly> {
        {
            let from = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|_| not_plenary("cannot-open"))?;
            let src_encrypted = AtRest::of_file(src)?.is_encrypted();
            if src_encrypted {
                if let Some(key) = &self.key {
                    key.apply(&from)?;
                }
            }
            // The staged copy is keyed as this database is.
            let mut to = open_connection(stage, self.key.as_ref())?;
            if src_encrypted == self.key.is_some() {
                copy_all(&from, &mut to).map_err(|_| not_plenary("cannot-read"))?;
            } else {
                // A plain backup into an encrypted database: SQLite's backup copies only
                // between files encrypted alike, so the copy is SQLCipher's export.
                crate::rekey::export_from(&to, src).map_err(|_| not_plenary("cannot-read"))?;
            }
            let check: String = to
                .query_row("PRAGMA quick_check", [], |r| r.get(0))
                .map_err(|_| not_plenary("cannot-read"))?;
            if check != "ok" {
                return Err(invalid!(
                    "backup-damaged",
                    file = src.display().to_string(),
                    check = check
                ));
            }
            let version: i64 = to.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version > schema_version() {
                return Err(Error::NewerDatabase {
                    found: version,
                    known: schema_version(),
                });
            }
            let has_assembly: Option<i64> = to
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('assemblies', 'journal')",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            if version < 1 || has_assembly != Some(2) {
                return Err(not_plenary("no-tables"));
            }
        }
        // Opening it as Plenary does migrates an older schema (and proves it can).
        let staged = Db::open_keyed(
            stage,
            self.key.clone(),
            &crate::bundle::tables::tombstone_triggers(),
        )?;
        let assembly = staged
            .local_assembly()
            .map_err(|_| not_plenary("no-assembly"))?;
        if let Ok(key) = self.signing_key() {
            let public = crate::assembly::hex(key.verifying_key().as_bytes());
            if assembly.public_key.as_deref() != Some(public.as_str()) {
                return Err(crate::not_allowed!(
                    "backup-other-signing-key",
                    name = &assembly.name,
                    code = &assembly.code
                ));
            }
        }
        if self.local_id().is_ok() {
            self.backup_before("restore")?;
        }
        copy_all(&staged.conn, &mut self.conn)?;
        drop(staged);
        self.conn
            .execute_batch(&crate::bundle::tables::tombstone_triggers())?;
        let id = assembly.id;
        self.set_local(id);
        self.local_assembly()
    }
}
