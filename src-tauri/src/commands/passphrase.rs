//! Encryption at rest (docs/security.md): the unlock at start, and setting, changing or
//! removing the passphrase from the settings. Each is one core call; a change of the
//! current passphrase needs it typed again (someone at an unlocked laptop cannot change
//! or remove it without knowing it).

use plenary_core::passphrase::Passphrase;
use plenary_core::rekey::Rekeyed;
use tauri::{AppHandle, Runtime, State};

use super::CmdResult;
use crate::lock::Lock;
use crate::AppState;

/// Opens the encrypted database with `passphrase`; the app's other commands work from
/// then on.
#[tauri::command]
pub fn unlock<R: Runtime>(
    app: AppHandle<R>,
    lock: State<'_, Lock>,
    passphrase: String,
) -> CmdResult<()> {
    lock.unlock(&app, &Passphrase::new(passphrase))
}

/// Encrypts the plain database with a new passphrase, typed twice.
#[tauri::command]
pub fn set_passphrase(
    state: State<'_, AppState>,
    passphrase: String,
    again: String,
) -> CmdResult<Rekeyed> {
    let new = Passphrase::new_confirmed(passphrase, again)?;
    state.rekey(|db| db.encrypt(&new))
}

/// Gives the encrypted database a new passphrase: the current one, then the new one twice.
#[tauri::command]
pub fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    again: String,
) -> CmdResult<Rekeyed> {
    let current = Passphrase::new(current);
    let new = Passphrase::new_confirmed(passphrase, again)?;
    state.rekey(|db| {
        db.check_passphrase(&current)?;
        db.change_passphrase(&new)
    })
}

/// Decrypts the database, its current passphrase typed again.
#[tauri::command]
pub fn remove_passphrase(state: State<'_, AppState>, current: String) -> CmdResult<Rekeyed> {
    let current = Passphrase::new(current);
    state.rekey(|db| {
        db.check_passphrase(&current)?;
        db.decrypt()
    })
}
