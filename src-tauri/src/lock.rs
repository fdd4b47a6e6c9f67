//! Encryption at rest in the app (docs/security.md): when the database is encrypted, the
//! app starts locked — the window shows the unlock screen, and every command but
//! `unlock` is refused (`locked`) until the passphrase opens the database. Only then is
//! the app's state (the database, its checkpointer) made.
//!
//! The same gate holds while a database made by an earlier version is brought up to
//! date in the background (`crate::Upgrade`): every command is refused (`upgrading`),
//! and the window says why, until the records open — or, if the upgrade failed, with
//! that failure, so the window shows what went wrong rather than waiting for ever.

use std::path::PathBuf;
use std::sync::Mutex;

use plenary_core::passphrase::Passphrase;
use plenary_core::{Db, Error, Result};
use tauri::ipc::Invoke;
use tauri::{Manager, Runtime};

use crate::AppState;

/// The commands a locked app answers.
const WHILE_LOCKED: &[&str] = &["unlock"];

/// What the app waits for before its database is open.
enum Waiting {
    /// Nothing: the database is open.
    Nothing,
    /// The passphrase of the encrypted database at this path.
    Passphrase(PathBuf),
    /// The upgrade of the database's schema, under way.
    Upgrade,
    /// An upgrade that failed: the error every command answers with (serialized as a
    /// command's error is), until the app is started again.
    Failed(serde_json::Value),
}

/// Whether the app waits for the passphrase, or for its records to be brought up to date.
pub struct Lock {
    waiting: Mutex<Waiting>,
}

impl Lock {
    /// An app that waits for the passphrase of the encrypted database at `path`.
    pub fn locked(path: PathBuf) -> Lock {
        Lock {
            waiting: Mutex::new(Waiting::Passphrase(path)),
        }
    }

    /// An app whose database is open.
    pub fn open() -> Lock {
        Lock {
            waiting: Mutex::new(Waiting::Nothing),
        }
    }

    /// An app whose database is being brought up to date.
    pub fn upgrading() -> Lock {
        Lock {
            waiting: Mutex::new(Waiting::Upgrade),
        }
    }

    fn waiting(&self) -> std::sync::MutexGuard<'_, Waiting> {
        self.waiting
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The upgrade is done: the database is open (its state managed by the caller), or
    /// it failed with `error`.
    pub fn upgraded(&self, result: std::result::Result<(), &Error>) {
        *self.waiting() = match result {
            Ok(()) => Waiting::Nothing,
            Err(e) => Waiting::Failed(serde_json::to_value(e).unwrap_or_else(
                |_| serde_json::json!({"kind": "database", "message": e.to_string()}),
            )),
        };
    }

    /// What a command is refused with now, if it is.
    fn refusal(&self) -> Option<serde_json::Value> {
        let error = |e: Error| serde_json::to_value(e).ok();
        match &*self.waiting() {
            Waiting::Nothing => None,
            Waiting::Passphrase(_) => error(Error::Locked),
            Waiting::Upgrade => error(Error::Upgrading),
            Waiting::Failed(e) => Some(e.clone()),
        }
    }

    /// Opens the database with `passphrase` and makes the app's state; the wrong one is
    /// refused (`wrong-passphrase`) and the app stays locked. Unlocking an open app does
    /// nothing.
    pub fn unlock<R: Runtime, M: Manager<R>>(
        &self,
        app: &M,
        passphrase: &Passphrase,
    ) -> Result<()> {
        let mut waiting = self.waiting();
        let Waiting::Passphrase(path) = &*waiting else {
            return Ok(());
        };
        let db = Db::open_with_passphrase(path, Some(passphrase))?;
        app.manage(AppState::new(db)?);
        *waiting = Waiting::Nothing;
        Ok(())
    }
}

/// Answers `invoke` with `locked` when the app is locked (`upgrading` while its records
/// are brought up to date, or the upgrade's failure) and the command is not one a locked
/// app answers; otherwise hands it to `then`.
pub fn unless_locked<R: Runtime>(invoke: Invoke<R>, then: impl Fn(Invoke<R>) -> bool) -> bool {
    let refusal = if WHILE_LOCKED.contains(&invoke.message.command()) {
        None
    } else {
        invoke
            .message
            .webview_ref()
            .try_state::<Lock>()
            .and_then(|lock| lock.refusal())
    };
    if let Some(error) = refusal {
        invoke.resolver.reject(error);
        return true;
    }
    then(invoke)
}
