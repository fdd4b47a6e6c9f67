use plenary_core::assembly::Assembly;
use plenary_core::dashboard::Dashboard;
use plenary_core::storage::Storage;
use tauri::State;

use super::CmdResult;
use crate::AppState;

// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_dashboard(state: State<'_, AppState>) -> CmdResult<Dashboard> {
    state.db().dashboard()
}

/// First run: create this installation's assembly.
#[tauri::command]
pub fn init_assembly(
    state: State<'_, AppState>,
    name: String,
    code: String,
    rule: Option<String>,
) -> CmdResult<Assembly> {
    state.db().init_assembly(&name, &code, rule.as_deref())
}

/// Where this installation keeps its record (the "About" dialog, the setup screen).
#[tauri::command]
pub fn get_storage(state: State<'_, AppState>) -> CmdResult<Storage> {
    Ok(state.db().storage())
}

/// First run: fill the empty database with the demo assembly, to explore Plenary before
/// creating one's own (refused when the database already has an assembly).
#[tauri::command]
pub fn open_demo(state: State<'_, AppState>) -> CmdResult<Assembly> {
    plenary_core::demo::fill(&mut state.db())
}
