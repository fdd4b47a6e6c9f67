use plenary_core::assembly::Assembly;
use plenary_core::dashboard::Dashboard;
use plenary_core::i18n::Lang;
use plenary_core::storage::Storage;
use plenary_core::Actor;
use tauri::State;

use super::CmdResult;
use crate::AppState;

// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_dashboard(state: State<'_, AppState>) -> CmdResult<Dashboard> {
    state.db().dashboard()
}

/// First run: create this installation's assembly, the minutes it shares in `lang` (the
/// app's language; English when not given).
#[tauri::command]
pub fn init_assembly(
    state: State<'_, AppState>,
    name: String,
    code: String,
    rule: Option<String>,
    lang: Option<String>,
) -> CmdResult<Assembly> {
    let lang: Lang = match lang {
        Some(l) => l.parse()?,
        None => Lang::En,
    };
    state
        .db()
        .init_assembly_in(&name, &code, rule.as_deref(), lang)
}

/// Settings: the language of the minutes this assembly shares (inside its bundles).
#[tauri::command]
pub fn set_minutes_lang(state: State<'_, AppState>, lang: String) -> CmdResult<Assembly> {
    let lang: Lang = lang.parse()?;
    state.db().set_minutes_lang(Actor::Facilitator, lang)
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
