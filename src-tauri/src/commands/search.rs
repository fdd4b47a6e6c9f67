//! Search across every assembly and namesakes (issue #17). Plain Tauri commands for the
//! main window only: they are not in the room's command table, so no phone or team device
//! in the room can search the assembly's record.
//!
//! They run off the main thread (`async`): a Tauri command that is not runs on GTK's main
//! thread, and a search or a namesake query of tens of milliseconds on ten years would
//! hold the window's drawing and input for that long. Their answers may then come back in
//! another order than asked: the palette keeps only its latest question's answer.

use plenary_core::federation::OriginFilter;
use plenary_core::paging::{Page, PageRequest};
use plenary_core::search::{Namesake, SearchQuery, SearchResults, WgCounterparts};
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

/// One page of hits for what was typed in the command palette (Ctrl+K).
#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, query: SearchQuery) -> CmdResult<SearchResults> {
    state.db().search(&query)
}

/// The working groups of other assemblies that work on the same things (a WG's page).
#[tauri::command(async)]
pub fn get_wg_namesakes(state: State<'_, AppState>, wg: String) -> CmdResult<Vec<Namesake>> {
    state.db().wg_namesakes(id("working-group", &wg)?)
}

/// The similar proposals of other assemblies and what became of them (a proposal's page).
#[tauri::command(async)]
pub fn get_proposal_namesakes(
    state: State<'_, AppState>,
    proposal: String,
) -> CmdResult<Vec<Namesake>> {
    state.db().proposal_namesakes(id("proposal", &proposal)?)
}

/// Who works on what: a page of the WGs known here, each with its counterparts elsewhere.
#[tauri::command(async)]
pub fn page_who_works_on_what(
    state: State<'_, AppState>,
    filter: OriginFilter,
    page: PageRequest,
) -> CmdResult<Page<WgCounterparts>> {
    state.db().who_works_on_what(&filter, &page)
}
