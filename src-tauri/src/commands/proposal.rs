//! Proposals: the board, the proposal page and the facilitator's process panel. A
//! hearing is named by its agenda item (`item`). The hearing's records a paired
//! minute-taker keeps too (its step, questions, concerns, friendly amendments) are in the
//! room's one table (`plenary_core::room::commands`); here are the facilitator's calls
//! (temperature checks, the decision, the other outcomes) and the corrections.

use plenary_core::decision::DecisionInput;
use plenary_core::i18n::Lang;
use plenary_core::proposal::decide::DecisionPreview;
use plenary_core::proposal::hearing::{TemperatureCheck, TemperatureInput};
use plenary_core::proposal::{
    Amendment, Decision, ManualOutcomeInput, NewProposal, Proposal, VersionDiff,
};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

/// A new proposal; `draft: true` keeps it as a draft.
#[tauri::command]
pub fn new_proposal(
    state: State<'_, AppState>,
    input: NewProposal,
    draft: Option<bool>,
) -> CmdResult<Proposal> {
    let mut db = state.db();
    if draft.unwrap_or(false) {
        db.draft_proposal(Actor::Facilitator, &input)
    } else {
        db.new_proposal(Actor::Facilitator, &input)
    }
}

#[tauri::command]
pub fn submit_proposal(state: State<'_, AppState>, proposal: String) -> CmdResult<Proposal> {
    state
        .db()
        .submit_proposal(Actor::Facilitator, id("proposal", &proposal)?)
}

/// Corrects the proposer's recorded answer to an amendment offered at a GA (after the
/// GA closed: kept as a correction).
#[tauri::command]
pub fn correct_amendment(
    state: State<'_, AppState>,
    amendment: String,
    accepted: bool,
) -> CmdResult<Amendment> {
    state
        .db()
        .correct_amendment(Actor::MinuteTaker, id("amendment", &amendment)?, accepted)
}

#[tauri::command]
pub fn diff_versions(
    state: State<'_, AppState>,
    proposal: String,
    from: i64,
    to: i64,
) -> CmdResult<VersionDiff> {
    state
        .db()
        .diff_versions(id("proposal", &proposal)?, from, to)
}

#[tauri::command]
pub fn record_temperature(
    state: State<'_, AppState>,
    item: String,
    input: TemperatureInput,
) -> CmdResult<TemperatureCheck> {
    state
        .db()
        .record_temperature(Actor::Facilitator, id("agenda-item", &item)?, &input)
}

/// What the decision would be; writes nothing. `lang` (the app's language; English
/// without it): the language of its sentences, as every command answering with a
/// decision takes it.
#[tauri::command]
pub fn preview_decision(
    state: State<'_, AppState>,
    input: DecisionInput,
    lang: Option<String>,
) -> CmdResult<DecisionPreview> {
    let lang = Lang::of_arg(lang.as_deref())?;
    state.db().preview_decision_in(&input, lang)
}

#[tauri::command]
pub fn record_decision(
    state: State<'_, AppState>,
    item: String,
    input: DecisionInput,
    lang: Option<String>,
) -> CmdResult<Decision> {
    let lang = Lang::of_arg(lang.as_deref())?;
    Ok(state
        .db()
        .record_decision(Actor::Facilitator, id("agenda-item", &item)?, &input)?
        .said_in(lang))
}

/// Corrects a recorded decision's counts (after the GA closed: kept as a correction).
#[tauri::command]
pub fn correct_decision(
    state: State<'_, AppState>,
    decision: String,
    input: DecisionInput,
    lang: Option<String>,
) -> CmdResult<Decision> {
    let lang = Lang::of_arg(lang.as_deref())?;
    Ok(state
        .db()
        .correct_decision(Actor::MinuteTaker, id("decision", &decision)?, &input)?
        .said_in(lang))
}

#[tauri::command]
pub fn set_disputed(
    state: State<'_, AppState>,
    decision: String,
    disputed: bool,
    note: String,
    lang: Option<String>,
) -> CmdResult<Decision> {
    let lang = Lang::of_arg(lang.as_deref())?;
    Ok(state
        .db()
        .set_disputed(
            Actor::MinuteTaker,
            id("decision", &decision)?,
            disputed,
            &note,
        )?
        .said_in(lang))
}

/// `item`: the hearing where it happened, if at a GA.
#[tauri::command]
pub fn withdraw_proposal(
    state: State<'_, AppState>,
    proposal: String,
    item: Option<String>,
    input: ManualOutcomeInput,
) -> CmdResult<Proposal> {
    let at = item.map(|i| id("agenda-item", &i)).transpose()?;
    state
        .db()
        .withdraw_proposal(Actor::Facilitator, id("proposal", &proposal)?, at, &input)
}

#[tauri::command]
pub fn send_back_proposal(
    state: State<'_, AppState>,
    proposal: String,
    item: Option<String>,
    input: ManualOutcomeInput,
) -> CmdResult<Proposal> {
    let at = item.map(|i| id("agenda-item", &i)).transpose()?;
    state
        .db()
        .send_back_proposal(Actor::Facilitator, id("proposal", &proposal)?, at, &input)
}

#[tauri::command]
pub fn table_proposal(
    state: State<'_, AppState>,
    proposal: String,
    item: Option<String>,
    input: ManualOutcomeInput,
) -> CmdResult<Proposal> {
    let at = item.map(|i| id("agenda-item", &i)).transpose()?;
    state
        .db()
        .table_proposal(Actor::Facilitator, id("proposal", &proposal)?, at, &input)
}
