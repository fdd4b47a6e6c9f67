//! Tauri commands: each parses its arguments, calls one core function, returns its result.
//! Errors reach the UI as `{kind, message}` (the core's `Error` serialises so).
//! The role recorded in the journal is the one whose view issues the command.

mod agenda;
mod assembly;
mod bundle;
mod meeting;
mod proposal;
mod wg;

use plenary_core::Error;
use uuid::Uuid;

pub type CmdResult<T> = Result<T, Error>;

/// Ids arrive as text from the webview.
fn id(what: &str, text: &str) -> CmdResult<Uuid> {
    Uuid::parse_str(text.trim())
        .map_err(|_| Error::Invalid(format!("{what} id {text:?} is not a valid id")))
}

/// The handler table: every command in `command_names::ALL`, and only those.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static
{
    tauri::generate_handler![
        assembly::get_dashboard,
        assembly::init_assembly,
        assembly::list_people,
        wg::add_wg,
        wg::set_wg_status,
        wg::get_wg_history,
        meeting::new_meeting,
        meeting::get_meeting,
        meeting::open_meeting,
        meeting::close_meeting,
        meeting::set_attendance,
        meeting::assign_role,
        meeting::unassign_role,
        agenda::add_agenda_item,
        agenda::move_agenda_item,
        agenda::remove_agenda_item,
        agenda::start_item,
        agenda::finish_item,
        agenda::table_item,
        agenda::set_item_notes,
        agenda::get_report_back,
        agenda::record_report_back,
        proposal::list_proposals,
        bundle::preview_import,
        bundle::import_bundle,
        bundle::export_bundle,
        bundle::get_federation,
        bundle::adopt_proposal,
    ]
}
