use plenary_core::meeting::{Meeting, MeetingRole, NewMeeting, RoleHolder, RoleInput};
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

#[tauri::command]
pub fn new_meeting(state: State<'_, AppState>, input: NewMeeting) -> CmdResult<Meeting> {
    state.db().new_meeting(Actor::Facilitator, &input)
}

#[tauri::command]
/// `at`: the time it happened, "HH:MM" (a write-up after the meeting; absent: the
/// clock's for a meeting held today).
pub fn open_meeting(
    state: State<'_, AppState>,
    meeting: String,
    at: Option<String>,
) -> CmdResult<Meeting> {
    let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
    state
        .db()
        .open_meeting_at(Actor::Facilitator, id("meeting", &meeting)?, at)
}

#[tauri::command]
/// `at`: the time it happened, "HH:MM" (a write-up after the meeting; absent: the
/// clock's for a meeting held today).
pub fn close_meeting(
    state: State<'_, AppState>,
    meeting: String,
    at: Option<String>,
) -> CmdResult<Meeting> {
    let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
    state
        .db()
        .close_meeting_at(Actor::Facilitator, id("meeting", &meeting)?, at)
}

/// `startsAt`: "HH:MM" (24-hour, local time); "" clears it.
#[tauri::command]
pub fn set_meeting_start(
    state: State<'_, AppState>,
    meeting: String,
    starts_at: String,
) -> CmdResult<Meeting> {
    state
        .db()
        .set_meeting_start(Actor::Facilitator, id("meeting", &meeting)?, &starts_at)
}

/// `from` / `until`: "HH:MM" of a hand-over (for someone already in the role, only the
/// times given change).
#[tauri::command]
pub fn assign_role(
    state: State<'_, AppState>,
    meeting: String,
    role: MeetingRole,
    name: String,
    from: Option<String>,
    until: Option<String>,
) -> CmdResult<Vec<RoleHolder>> {
    let input = RoleInput {
        role: role.to_string(),
        name,
        from,
        until,
    };
    state
        .db()
        .hold_role(Actor::Facilitator, id("meeting", &meeting)?, &input)
}

#[tauri::command]
pub fn unassign_role(
    state: State<'_, AppState>,
    meeting: String,
    role: MeetingRole,
    person: String,
) -> CmdResult<Vec<RoleHolder>> {
    state.db().unassign_role(
        Actor::Facilitator,
        id("meeting", &meeting)?,
        role,
        id("person", &person)?,
    )
}
