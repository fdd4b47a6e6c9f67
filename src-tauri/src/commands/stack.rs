//! The stack-keeper's commands. Every mutating command returns the new stack view, so the
//! UI needs one round trip per keystroke-action. The journal records the stack-keeper.

use plenary_core::stack::{EntryKind, SpeakingStats, StackView};
use plenary_core::{Actor, Db};
use tauri::State;
use uuid::Uuid;

use super::{id, CmdResult};
use crate::AppState;

const ACTOR: Actor = Actor::StackKeeper;

/// Runs one stack action, then reads the view of the item it changed.
fn then_view(
    state: State<'_, AppState>,
    act: impl FnOnce(&mut Db) -> CmdResult<Uuid>,
) -> CmdResult<StackView> {
    let mut db = state.db();
    let item = act(&mut db)?;
    db.stack_view(item)
}

#[tauri::command]
pub fn get_stack(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    state.db().stack_view(id("agenda item", &item)?)
}

#[tauri::command]
pub fn stack_add(
    state: State<'_, AppState>,
    item: String,
    name: String,
    kind: Option<EntryKind>,
    prioritize: Option<bool>,
) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| {
        db.stack_add(
            ACTOR,
            item,
            &name,
            kind.unwrap_or(EntryKind::Speak),
            prioritize.unwrap_or(false),
        )
        .map(|_| item)
    })
}

#[tauri::command]
pub fn stack_next(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| db.stack_next(ACTOR, item).map(|_| item))
}

#[tauri::command]
pub fn stack_undo(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| db.stack_undo(ACTOR, item).map(|_| item))
}

#[tauri::command]
pub fn stack_withdraw(state: State<'_, AppState>, entry: String) -> CmdResult<StackView> {
    let entry = id("stack entry", &entry)?;
    then_view(state, |db| db.stack_withdraw(ACTOR, entry))
}

#[tauri::command]
pub fn stack_prioritize(
    state: State<'_, AppState>,
    entry: String,
    prioritized: bool,
) -> CmdResult<StackView> {
    let entry = id("stack entry", &entry)?;
    then_view(state, |db| db.stack_prioritize(ACTOR, entry, prioritized))
}

#[tauri::command]
pub fn stack_close(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| db.stack_close(ACTOR, item).map(|_| item))
}

#[tauri::command]
pub fn stack_reopen(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| db.stack_reopen(ACTOR, item).map(|_| item))
}

#[tauri::command]
pub fn stack_pause(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| db.stack_pause(ACTOR, item).map(|_| item))
}

#[tauri::command]
pub fn stack_resume(state: State<'_, AppState>, item: String) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| db.stack_resume(ACTOR, item).map(|_| item))
}

/// `seconds: null` removes the limit.
#[tauri::command]
pub fn set_speaker_limit(
    state: State<'_, AppState>,
    item: String,
    seconds: Option<i64>,
) -> CmdResult<StackView> {
    let item = id("agenda item", &item)?;
    then_view(state, |db| {
        db.set_speaker_limit(ACTOR, item, seconds).map(|_| item)
    })
}

#[tauri::command]
pub fn get_speaking_stats(state: State<'_, AppState>, meeting: String) -> CmdResult<SpeakingStats> {
    state.db().speaking_stats(id("meeting", &meeting)?)
}
