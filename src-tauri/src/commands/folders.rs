//! Federation through a shared folder: the folders panel of the federation view. The
//! watcher itself runs from `lib.rs` while the app is open (`plenary_core::federation::
//! watch`); these are the person's actions on it.

use std::path::Path;

use plenary_core::federation::folder::{FolderStatus, InboxPass, OutboxWrite, SyncReport};
use plenary_core::Actor;
use tauri::State;

use super::CmdResult;
use crate::AppState;

/// Who acts in the journal: the federation view is the minute-taker's.
const ACTOR: Actor = Actor::MinuteTaker;

/// The folders, the keys waiting for approval, the files left alone.
#[tauri::command]
pub async fn get_federation_folders(state: State<'_, AppState>) -> CmdResult<FolderStatus> {
    state.db().folder_status()
}

/// Chooses the inbox and outbox (the watcher follows the change).
#[tauri::command]
pub async fn set_federation_folders(
    state: State<'_, AppState>,
    inbox: String,
    outbox: String,
) -> CmdResult<FolderStatus> {
    state
        .db()
        .set_federation_folders(ACTOR, Path::new(inbox.trim()), Path::new(outbox.trim()))
}

/// Looks through the inbox and writes the outbox, now.
#[tauri::command]
pub async fn sync_federation_folders(state: State<'_, AppState>) -> CmdResult<SyncReport> {
    state.db().federation_sync(ACTOR)
}

/// "Write the outbox now": a bundle of what changed since the last one.
#[tauri::command]
pub async fn write_outbox_now(state: State<'_, AppState>) -> CmdResult<OutboxWrite> {
    state.db().write_outbox(ACTOR)
}

/// Approves the key with this fingerprint: its waiting bundles are imported.
#[tauri::command]
pub async fn approve_federation_key(
    state: State<'_, AppState>,
    fingerprint: String,
) -> CmdResult<InboxPass> {
    state.db().approve_folder_key(ACTOR, &fingerprint)
}
