use std::sync::{Mutex, MutexGuard};

use plenary_core::Db;

/// The app's one database connection. Commands are short, so one mutex is enough; it
/// serialises writers exactly as SQLite would.
pub struct AppState {
    db: Mutex<Db>,
}

impl AppState {
    pub fn new(db: Db) -> Self {
        AppState { db: Mutex::new(db) }
    }

    /// The database. A panic in an earlier command cannot leave it half-written (every
    /// action is one transaction), so a poisoned lock is safe to take over.
    pub fn db(&self) -> MutexGuard<'_, Db> {
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
