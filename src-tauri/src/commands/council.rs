//! The spokes council (ga-process.md, "Spokes council"): the council's view, choosing a
//! WG's spoke, consult breaks, and decisions by WG voices. Each command is one core call;
//! the ones that change the council return its new view.

use plenary_core::decision::CouncilDecisionInput;
use plenary_core::i18n::Lang;
use plenary_core::proposal::decide::DecisionPreview;
use plenary_core::proposal::Decision;
use plenary_core::spokes::Council;
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

const ACTOR: Actor = Actor::Facilitator;

#[tauri::command]
pub fn get_council(state: State<'_, AppState>, meeting: String) -> CmdResult<Council> {
    state.db().council(id("meeting", &meeting)?)
}

/// `name` becomes WG `wg`'s spoke (a new spoke for a WG ends the previous one's turn).
#[tauri::command]
pub fn set_spoke(
    state: State<'_, AppState>,
    meeting: String,
    wg: String,
    name: String,
) -> CmdResult<Council> {
    let meeting = id("meeting", &meeting)?;
    let mut db = state.db();
    db.set_spoke(ACTOR, meeting, &wg, &name)?;
    db.council(meeting)
}

/// The spoke `by` calls a consult break of `minutes`.
#[tauri::command]
pub fn call_consult_break(
    state: State<'_, AppState>,
    meeting: String,
    by: String,
    minutes: u32,
) -> CmdResult<Council> {
    let meeting = id("meeting", &meeting)?;
    let mut db = state.db();
    db.call_consult_break(ACTOR, meeting, &by, minutes)?;
    db.council(meeting)
}

#[tauri::command]
pub fn end_consult_break(state: State<'_, AppState>, meeting: String) -> CmdResult<Council> {
    let meeting = id("meeting", &meeting)?;
    let mut db = state.db();
    db.end_consult_break(ACTOR, meeting)?;
    db.council(meeting)
}

/// What a council's decision by WG voices would be; writes nothing. `lang`: the
/// language of its sentences (the app's; English without it).
#[tauri::command]
pub fn preview_council_decision(
    state: State<'_, AppState>,
    input: CouncilDecisionInput,
    lang: Option<String>,
) -> CmdResult<DecisionPreview> {
    let lang = Lang::of_arg(lang.as_deref())?;
    state.db().preview_council_decision_in(&input, lang)
}

#[tauri::command]
pub fn record_council_decision(
    state: State<'_, AppState>,
    item: String,
    input: CouncilDecisionInput,
    lang: Option<String>,
) -> CmdResult<Decision> {
    let lang = Lang::of_arg(lang.as_deref())?;
    Ok(state
        .db()
        .record_council_decision(ACTOR, id("agenda-item", &item)?, &input)?
        .said_in(lang))
}
