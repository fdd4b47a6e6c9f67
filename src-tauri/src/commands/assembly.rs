use plenary_core::assembly::Assembly;
use plenary_core::dashboard::Dashboard;
use plenary_core::person::Person;
use tauri::State;

use super::CmdResult;
use crate::AppState;

#[tauri::command]
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

#[tauri::command]
pub fn list_people(state: State<'_, AppState>, prefix: String) -> CmdResult<Vec<Person>> {
    state.db().people_matching(&prefix, 20)
}
