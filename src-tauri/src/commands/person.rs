use plenary_core::paging::{Page, PageRequest};
use plenary_core::person::{PeopleFilter, Person, PersonSummary};
use plenary_core::person_forget::Forgotten;
use plenary_core::Actor;
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

/// A page of the assembly's people (the People screen), by name, with their counts.
// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn page_people(
    state: State<'_, AppState>,
    filter: PeopleFilter,
    page: PageRequest,
) -> CmdResult<Page<PersonSummary>> {
    state.db().people_page(&filter, &page)
}

#[tauri::command]
pub fn rename_person(
    state: State<'_, AppState>,
    person: String,
    name: String,
) -> CmdResult<Person> {
    state
        .db()
        .rename_person(Actor::MinuteTaker, id("person", &person)?, &name)
}

/// Merges `person` into `into`: every record of `person` names `into` instead.
#[tauri::command]
pub fn merge_people(state: State<'_, AppState>, person: String, into: String) -> CmdResult<Person> {
    state.db().merge_people(
        Actor::MinuteTaker,
        id("person", &person)?,
        id("person", &into)?,
    )
}

/// Forgets `person` on request: their name becomes "Participant N" everywhere in this
/// assembly's record, and the old bytes are cleared from the file and the backups.
#[tauri::command]
pub fn forget_person(state: State<'_, AppState>, person: String) -> CmdResult<Forgotten> {
    state
        .db()
        .forget_person(Actor::MinuteTaker, id("person", &person)?)
}
