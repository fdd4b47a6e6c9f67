//! Encryption at rest in the app (docs/security.md): when the database is encrypted, the
//! app starts locked — the window shows the unlock screen, and every command but
//! `unlock` is refused (`locked`) until the passphrase opens the database. Only then is
//! the app's state (the database, its checkpointer) made.

use std::path::PathBuf;
use std::sync::Mutex;

use plenary_core::passphrase::Passphrase;
use plenary_core::{Db, Error, Result};
use tauri::ipc::Invoke;
use tauri::{Manager, Runtime};

use crate::AppState;

/// The commands a locked app answers.
const WHILE_LOCKED: &[&str] = &["unlock"];

/// Whether the app waits for the passphrase, and of which database.
pub struct Lock {
    waiting: Mutex<Option<PathBuf>>,
}

impl Lock {
    /// An app that waits for the passphrase of the encrypted database at `path`.
    pub fn locked(path: PathBuf) -> Lock {
        Lock {
            waiting: Mutex::new(Some(path)),
        }
    }

    /// An app whose database is open.
    pub fn open() -> Lock {
        Lock {
            waiting: Mutex::new(None),
        }
    }

    pub fn is_locked(&self) -> bool {
        self.waiting
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .is_some()
    }

    /// Opens the database with `passphrase` and makes the app's state; the wrong one is
    /// refused (`wrong-passphrase`) and the app stays locked. Unlocking an open app does
    /// nothing.
    pub fn unlock<R: Runtime, M: Manager<R>>(
        &self,
        app: &M,
        passphrase: &Passphrase,
    ) -> Result<()> {
        let mut waiting = self
            .waiting
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(path) = waiting.as_ref() else {
            return Ok(());
        };
        let db = Db::open_with_passphrase(path, Some(passphrase))?;
        app.manage(AppState::new(db)?);
        *waiting = None;
        Ok(())
    }
}

/// Answers `invoke` with `locked` when the app is locked and the command is not one a
/// locked app answers; otherwise hands it to `then`.
pub fn unless_locked<R: Runtime>(invoke: Invoke<R>, then: impl Fn(Invoke<R>) -> bool) -> bool {
    let locked = !WHILE_LOCKED.contains(&invoke.message.command())
        && invoke
            .message
            .webview_ref()
            .try_state::<Lock>()
            .is_some_and(|lock| lock.is_locked());
    if locked {
        invoke.resolver.reject(Error::Locked);
        return true;
    }
    then(invoke)
}
