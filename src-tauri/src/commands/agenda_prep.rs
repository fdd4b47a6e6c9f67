use plenary_core::agenda::AgendaItem;
use plenary_core::agenda_proposals::{ProposalChoices, MAX_CHOICES};
use plenary_core::order_of_business::{AgendaCandidates, OrderOfBusiness};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_agenda_candidates(state: State<'_, AppState>) -> CmdResult<AgendaCandidates> {
    state.db().agenda_candidates()
}

/// The proposals that can go on this meeting's agenda whose title or reference contains
/// `query`, newest first, bounded (the add-item form asks as the person types).
#[tauri::command]
pub fn find_agenda_proposals(
    state: State<'_, AppState>,
    meeting: String,
    query: String,
) -> CmdResult<ProposalChoices> {
    state
        .db()
        .agenda_proposal_choices(id("meeting", &meeting)?, &query, MAX_CHOICES)
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
