//! Proposals: the board, the proposal page and the facilitator's process panel. A
//! hearing is named by its agenda item (`item`). Process records are entered by the
//! facilitator; answers to questions and responses to concerns by the minute-taker.

use plenary_core::decision::DecisionInput;
use plenary_core::proposal::decide::DecisionPreview;
use plenary_core::proposal::hearing::{
    AnswerInput, Concern, NewConcern, NewQuestion, Question, TemperatureCheck, TemperatureInput,
};
use plenary_core::proposal::versions::AmendInput;
use plenary_core::proposal::{
    Amendment, Decision, Hearing, ManualOutcomeInput, NewProposal, ProcessStep, Proposal,
    VersionDiff,
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

#[tauri::command]
pub fn amend_proposal(
    state: State<'_, AppState>,
    proposal: String,
    input: AmendInput,
) -> CmdResult<Amendment> {
    state
        .db()
        .amend_proposal(Actor::Facilitator, id("proposal", &proposal)?, &input)
}

/// The proposer's answer to a pending amendment: accepted or not.
#[tauri::command]
pub fn decide_amendment(
    state: State<'_, AppState>,
    amendment: String,
    accepted: bool,
) -> CmdResult<Amendment> {
    state
        .db()
        .decide_amendment(Actor::Facilitator, id("amendment", &amendment)?, accepted)
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
pub fn get_hearing(state: State<'_, AppState>, item: String) -> CmdResult<Hearing> {
    state.db().hearing(id("agenda item", &item)?)
}

#[tauri::command]
pub fn advance_step(
    state: State<'_, AppState>,
    item: String,
    to: ProcessStep,
    none: Option<bool>,
) -> CmdResult<Hearing> {
    state.db().advance_step(
        Actor::Facilitator,
        id("agenda item", &item)?,
        to,
        none.unwrap_or(false),
    )
}

#[tauri::command]
pub fn add_question(
    state: State<'_, AppState>,
    item: String,
    input: NewQuestion,
) -> CmdResult<Question> {
    state
        .db()
        .add_question(Actor::Facilitator, id("agenda item", &item)?, &input)
}

#[tauri::command]
pub fn answer_question(
    state: State<'_, AppState>,
    question: String,
    input: AnswerInput,
) -> CmdResult<Question> {
    state
        .db()
        .answer_question(Actor::MinuteTaker, id("question", &question)?, &input)
}

#[tauri::command]
pub fn add_concern(
    state: State<'_, AppState>,
    item: String,
    input: NewConcern,
) -> CmdResult<Concern> {
    state
        .db()
        .add_concern(Actor::Facilitator, id("agenda item", &item)?, &input)
}

#[tauri::command]
pub fn address_concern(
    state: State<'_, AppState>,
    concern: String,
    addressed: bool,
    response: String,
) -> CmdResult<Concern> {
    state.db().address_concern(
        Actor::MinuteTaker,
        id("concern", &concern)?,
        addressed,
        &response,
    )
}

#[tauri::command]
pub fn record_temperature(
    state: State<'_, AppState>,
    item: String,
    input: TemperatureInput,
) -> CmdResult<TemperatureCheck> {
    state
        .db()
        .record_temperature(Actor::Facilitator, id("agenda item", &item)?, &input)
}

/// What the decision would be; writes nothing.
#[tauri::command]
pub fn preview_decision(
    state: State<'_, AppState>,
    input: DecisionInput,
) -> CmdResult<DecisionPreview> {
    state.db().preview_decision(&input)
}

#[tauri::command]
pub fn record_decision(
    state: State<'_, AppState>,
    item: String,
    input: DecisionInput,
) -> CmdResult<Decision> {
    state
        .db()
        .record_decision(Actor::Facilitator, id("agenda item", &item)?, &input)
}

/// Corrects a recorded decision's counts (after the GA closed: kept as a correction).
#[tauri::command]
pub fn correct_decision(
    state: State<'_, AppState>,
    decision: String,
    input: DecisionInput,
) -> CmdResult<Decision> {
    state
        .db()
        .correct_decision(Actor::MinuteTaker, id("decision", &decision)?, &input)
}

#[tauri::command]
pub fn set_disputed(
    state: State<'_, AppState>,
    decision: String,
    disputed: bool,
    note: String,
) -> CmdResult<Decision> {
    state.db().set_disputed(
        Actor::MinuteTaker,
        id("decision", &decision)?,
        disputed,
        &note,
    )
}

/// `item`: the hearing where it happened, if at a GA.
#[tauri::command]
pub fn withdraw_proposal(
    state: State<'_, AppState>,
    proposal: String,
    item: Option<String>,
    input: ManualOutcomeInput,
) -> CmdResult<Proposal> {
    let at = item.map(|i| id("agenda item", &i)).transpose()?;
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
    let at = item.map(|i| id("agenda item", &i)).transpose()?;
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
    let at = item.map(|i| id("agenda item", &i)).transpose()?;
    state
        .db()
        .table_proposal(Actor::Facilitator, id("proposal", &proposal)?, at, &input)
}
