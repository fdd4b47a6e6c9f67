use plenary_core::action_item::{ActionItem, NewActionItem};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

#[tauri::command]
pub fn list_action_items(state: State<'_, AppState>, item: String) -> CmdResult<Vec<ActionItem>> {
    state.db().action_items(id("agenda-item", &item)?)
}

#[tauri::command]
pub fn add_action_item(
    state: State<'_, AppState>,
    item: String,
    input: NewActionItem,
) -> CmdResult<ActionItem> {
    state
        .db()
        .add_action_item(Actor::MinuteTaker, id("agenda-item", &item)?, &input)
}

#[tauri::command]
pub fn remove_action_item(state: State<'_, AppState>, action: String) -> CmdResult<()> {
    state
        .db()
        .remove_action_item(Actor::MinuteTaker, id("action-item", &action)?)
}
