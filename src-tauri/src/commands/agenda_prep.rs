use plenary_core::agenda::AgendaItem;
use plenary_core::order_of_business::{AgendaCandidates, OrderOfBusiness};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

#[tauri::command]
pub fn get_agenda_candidates(state: State<'_, AppState>) -> CmdResult<AgendaCandidates> {
    state.db().agenda_candidates()
}

#[tauri::command]
pub fn add_order_of_business(
    state: State<'_, AppState>,
    meeting: String,
    plan: OrderOfBusiness,
) -> CmdResult<Vec<AgendaItem>> {
    state
        .db()
        .add_order_of_business(Actor::Facilitator, id("meeting", &meeting)?, &plan)
}
