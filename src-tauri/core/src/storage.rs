//! Where this installation keeps its record: what the app's "About" and the setup screen
//! tell a facilitator, so that they know which files to back up or carry to another
//! laptop. Read-only; the paths are decided by `db::default_db_path` (or `--db` /
//! `PLENARY_DB`), `Db::key_path` and the backups folder beside the database.

use crate::Db;
use serde::Serialize;

/// The files of this installation, as absolute paths where the database is a file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Storage {
    /// The SQLite file; `None` for an in-memory database (tests).
    pub database: Option<String>,
    /// The assembly's signing key, beside the database (owner-only).
    pub key: Option<String>,
    /// Automatic backups taken before imports, beside the database.
    pub backups: Option<String>,
    /// Whether the database is encrypted with a passphrase (docs/security.md).
    pub encrypted: bool,
    /// Whether the database is the platform's default one (not `--db` / `PLENARY_DB`).
    pub is_default_location: bool,
    /// The version of Plenary's core that opened it.
    pub version: String,
}

impl Db {
    pub fn storage(&self) -> Storage {
        let absolute = |p: &std::path::Path| {
            std::path::absolute(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string()
        };
        let database = self.path();
        let is_default_location = match (database, crate::db::default_db_path()) {
            (Some(p), Ok(default)) => {
                std::path::absolute(p).ok() == std::path::absolute(&default).ok()
            }
            _ => false,
        };
        Storage {
            database: database.map(absolute),
            key: self.key_path().map(|p| absolute(&p)),
            backups: database.map(|p| absolute(&crate::backup::backups_dir(p))),
            encrypted: self.is_encrypted(),
            is_default_location,
            version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}
