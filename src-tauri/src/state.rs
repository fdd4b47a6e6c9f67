use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use plenary_core::checkpoint::Checkpointer;
use plenary_core::federation::watch::FolderWatch;
use plenary_core::i18n::Lang;
use plenary_core::room::server::OpenRoom;
use plenary_core::{Db, Result};

/// How often the write-ahead log is checkpointed: often enough that it stays small
/// (a GA writes a few pages a second at most), rarely enough to cost nothing.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// The app's one database connection. Commands are short, so one mutex is enough; it
/// serialises writers exactly as SQLite would. The room's server, when open, shares it:
/// the app stays the single writer.
pub struct AppState {
    db: Arc<Mutex<Db>>,
    /// The room, while the facilitation team keeps it open.
    room: Mutex<Option<OpenRoom>>,
    /// The bundle file last previewed (token, file name, bytes), waiting for the person
    /// to confirm the import: the webview holds only the token, never a path.
    pending: Mutex<Option<(String, String, Vec<u8>)>>,
    /// The bundle file last dropped on the main window (file_drop.rs), until the window
    /// asks for its preview (`preview_import` with `dropped`): the webview learns only
    /// its name.
    dropped: Mutex<Option<PathBuf>>,
    /// Checkpoints the write-ahead log in the background, so that no action waits for
    /// one (plenary_core::checkpoint); stopped when the app's state is dropped, and
    /// while the passphrase changes (its connection would keep the file open).
    checkpointer: Mutex<Option<Checkpointer>>,
    /// Watches the federation inbox while the app runs (lib.rs); stopped when dropped.
    folder_watch: Mutex<Option<FolderWatch>>,
    /// The app's language as its window shows it (the UI says which: `set_app_language`),
    /// which the room's participants' page speaks.
    lang: Mutex<Lang>,
}

impl AppState {
    /// Keeps the database and starts its background checkpointer (every second).
    pub fn new(db: Db) -> Result<Self> {
        let checkpointer = db.checkpoint_in_background(CHECKPOINT_EVERY)?;
        Ok(AppState {
            db: Arc::new(Mutex::new(db)),
            room: Mutex::new(None),
            pending: Mutex::new(None),
            dropped: Mutex::new(None),
            checkpointer: Mutex::new(checkpointer),
            folder_watch: Mutex::new(None),
            lang: Mutex::new(Lang::En),
        })
    }

    /// Runs a passphrase change (`f`) on the database with the background checkpointer
    /// stopped, and starts it again on the new file, whatever the outcome.
    pub fn rekey<T>(&self, f: impl FnOnce(&mut Db) -> Result<T>) -> Result<T> {
        let mut checkpointer = self
            .checkpointer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        drop(checkpointer.take()); // stops its thread and closes its connection
        let mut db = self.db();
        let out = f(&mut db);
        *checkpointer = db.checkpoint_in_background(CHECKPOINT_EVERY)?;
        out
    }

    pub fn set_pending(&self, token: String, file_name: String, bytes: Vec<u8>) {
        *self
            .pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((token, file_name, bytes));
    }

    /// The previewed file (once): its name and bytes.
    pub fn take_pending(&self, token: &str) -> Result<(String, Vec<u8>)> {
        let mut slot = self
            .pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match slot.take() {
            Some((t, name, bytes)) if t == token => Ok((name, bytes)),
            other => {
                *slot = other;
                Err(plenary_core::not_found!("shell-bundle-no-longer-waiting"))
            }
        }
    }

    /// Keeps the path of a bundle dropped on the window (the previous one is forgotten).
    pub fn keep_dropped(&self, path: PathBuf) {
        *self
            .dropped
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(path);
    }

    /// The dropped bundle's path, once.
    pub fn take_dropped(&self) -> Option<PathBuf> {
        self.dropped
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }

    /// The database. A panic in an earlier command cannot leave it half-written (every
    /// action is one transaction), so a poisoned lock is safe to take over.
    pub fn db(&self) -> MutexGuard<'_, Db> {
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Keeps the running folder watcher (it stops when the state is dropped).
    pub fn keep_folder_watch(&self, watch: FolderWatch) {
        *self
            .folder_watch
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(watch);
    }

    /// The app's language (the participants' page speaks it).
    pub fn lang(&self) -> Lang {
        *self
            .lang
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn set_lang(&self, lang: Lang) {
        *self
            .lang
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = lang;
    }

    /// The database, for the room's server to share.
    pub fn shared_db(&self) -> Arc<Mutex<Db>> {
        self.db.clone()
    }

    /// The open room, if any (one that stopped by itself — its meeting closed — is
    /// forgotten here).
    pub fn room(&self) -> MutexGuard<'_, Option<OpenRoom>> {
        let mut room = self
            .room
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if room.as_ref().is_some_and(|r| !r.is_open()) {
            *room = None;
        }
        room
    }
}
