use plenary_core::proposal::Proposal;
use tauri::State;

use super::CmdResult;
use crate::AppState;

#[tauri::command]
pub fn list_proposals(state: State<'_, AppState>) -> CmdResult<Vec<Proposal>> {
    state.db().proposals()
}
