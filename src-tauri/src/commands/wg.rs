use plenary_core::paging::{Page, PageRequest};
use plenary_core::wg::{NewWg, WgChoice, WgStatus, WgStatusChange, WorkingGroup};
use plenary_core::wg_detail::{WgDetail, WgReportBack};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

#[tauri::command]
pub fn add_wg(state: State<'_, AppState>, input: NewWg) -> CmdResult<WorkingGroup> {
    state.db().add_wg(Actor::Facilitator, &input)
}

#[tauri::command]
pub fn set_wg_status(
    state: State<'_, AppState>,
    wg: String,
    status: WgStatus,
    note: Option<String>,
    on: Option<String>,
) -> CmdResult<WorkingGroup> {
    // The day of the change, YYYY-MM-DD (a history dated back); none or empty: today.
    let on = on
        .as_deref()
        .filter(|d| !d.is_empty())
        .map(|d| plenary_core::validate::date(plenary_core::word!("field-change-day"), d))
        .transpose()?;
    state.db().set_wg_status(
        Actor::Facilitator,
        id("working-group", &wg)?,
        status,
        on,
        note.as_deref().unwrap_or(""),
    )
}

// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_wg_history(state: State<'_, AppState>, wg: String) -> CmdResult<Vec<WgStatusChange>> {
    state.db().wg_history(id("working-group", &wg)?)
}

/// This assembly's working groups a form offers (not dissolved), by name, bounded.
// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_wg_choices(state: State<'_, AppState>) -> CmdResult<Vec<WgChoice>> {
    state.db().wg_choices()
}

/// One working group's page: the group, its latest status changes, its proposals counted.
// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_wg(state: State<'_, AppState>, wg: String) -> CmdResult<WgDetail> {
    state.db().wg_detail(id("working-group", &wg)?)
}

/// The group's report-backs, newest GA first, a page at a time.
// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn page_wg_report_backs(
    state: State<'_, AppState>,
    wg: String,
    page: PageRequest,
) -> CmdResult<Page<WgReportBack>> {
    state.db().wg_report_backs(id("working-group", &wg)?, &page)
}
