use plenary_core::agenda::{AgendaItem, NewAgendaItem};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

#[tauri::command]
pub fn add_agenda_item(state: State<'_, AppState>, input: NewAgendaItem) -> CmdResult<AgendaItem> {
    state.db().add_agenda_item(Actor::Facilitator, &input)
}

#[tauri::command]
pub fn move_agenda_item(
    state: State<'_, AppState>,
    item: String,
    position: i64,
) -> CmdResult<Vec<AgendaItem>> {
    state
        .db()
        .move_agenda_item(Actor::Facilitator, id("agenda-item", &item)?, position)
}

#[tauri::command]
pub fn remove_agenda_item(state: State<'_, AppState>, item: String) -> CmdResult<Vec<AgendaItem>> {
    state
        .db()
        .remove_agenda_item(Actor::Facilitator, id("agenda-item", &item)?)
}

#[tauri::command]
/// `at`: the time it happened, "HH:MM" (a write-up after the meeting; absent: the
/// clock's for a meeting held today).
pub fn start_item(
    state: State<'_, AppState>,
    item: String,
    at: Option<String>,
) -> CmdResult<AgendaItem> {
    let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
    state
        .db()
        .start_item_at(Actor::Facilitator, id("agenda-item", &item)?, at)
}

#[tauri::command]
/// `at`: the time it happened, "HH:MM" (a write-up after the meeting; absent: the
/// clock's for a meeting held today).
pub fn finish_item(
    state: State<'_, AppState>,
    item: String,
    at: Option<String>,
) -> CmdResult<AgendaItem> {
    let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
    state
        .db()
        .finish_item_at(Actor::Facilitator, id("agenda-item", &item)?, at)
}

#[tauri::command]
/// `reason`: why (required by the core when the item's proposal is tabled with it).
pub fn table_item(
    state: State<'_, AppState>,
    item: String,
    reason: Option<String>,
) -> CmdResult<AgendaItem> {
    state.db().table_item(
        Actor::Facilitator,
        id("agenda-item", &item)?,
        reason.as_deref().unwrap_or(""),
    )
}
