//! Opening the database: the one place where the layers' per-connection setup is put
//! together. The lowest layer (db.rs: pragmas, migrations, transactions) knows nothing of
//! bundles; the tombstone triggers of every exported table come from the bundle layer's
//! table list (`bundle::tables::tombstone_triggers`), so that deleting a local record of
//! any table that travels leaves the tombstone that carries the deletion to others.

use std::path::Path;

use crate::{Db, Result};

/// What every connection runs after its migrations.
fn on_open() -> String {
    crate::bundle::tables::tombstone_triggers()
}

impl Db {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A database from a newer Plenary is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Db> {
        Db::open_with(path, &on_open())
    }

    /// A private in-memory database (tests, benchmarks). It has no key file location, so
    /// `init` keeps the signing key in memory only.
    pub fn open_in_memory() -> Result<Db> {
        Db::open_in_memory_with(&on_open())
    }
}
