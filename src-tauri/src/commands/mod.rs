//! Tauri commands: each parses its arguments, calls one core function, returns its result.
//! Errors reach the UI as `{kind, message}` (the core's `Error` serialises so).
//! The role recorded in the journal is the one whose view issues the command.

mod action_item;
mod agenda;
mod agenda_prep;
mod assembly;
mod bundle;
mod council;
mod folders;
mod lists;
mod meeting;
mod minutes;
mod passphrase;
mod person;
mod projector;
mod proposal;
mod room;
mod search;
mod stack;
mod wg;

use plenary_core::Error;
use uuid::Uuid;

pub type CmdResult<T> = Result<T, Error>;

/// Ids arrive as text from the webview.
fn id(what: &str, text: &str) -> CmdResult<Uuid> {
    Uuid::parse_str(text.trim())
        .map_err(|_| plenary_core::invalid!("bad-id", what = what, given = text))
}

/// The handler table: every command in `command_names::ALL`, and only those. The room's
/// commands (stack, projector, meeting and proposal views, the minute-taker's notes and
/// records, hands) come from the
/// core's one table (`plenary_core::room::commands`), which the room's HTTP server
/// serves too; the others are plain Tauri commands.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static
{
    let generated: Box<dyn Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync> =
        Box::new(tauri::generate_handler![
            assembly::get_dashboard,
            assembly::init_assembly,
            assembly::set_minutes_lang,
            assembly::get_storage,
            assembly::open_demo,
            wg::add_wg,
            wg::set_wg_status,
            wg::get_wg_history,
            wg::get_wg_choices,
            wg::get_wg,
            wg::page_wg_report_backs,
            meeting::new_meeting,
            meeting::open_meeting,
            meeting::close_meeting,
            meeting::set_meeting_start,
            meeting::assign_role,
            meeting::unassign_role,
            council::get_council,
            council::set_spoke,
            council::call_consult_break,
            council::end_consult_break,
            council::preview_council_decision,
            council::record_council_decision,
            agenda::add_agenda_item,
            agenda::move_agenda_item,
            agenda::remove_agenda_item,
            agenda::start_item,
            agenda::finish_item,
            agenda::table_item,
            person::page_people,
            person::rename_person,
            person::merge_people,
            person::forget_person,
            agenda_prep::get_agenda_candidates,
            agenda_prep::find_agenda_proposals,
            agenda_prep::add_order_of_business,
            minutes::get_minutes,
            minutes::export_minutes,
            minutes::approve_minutes,
            projector::open_projector,
            action_item::list_action_items,
            action_item::add_action_item,
            action_item::remove_action_item,
            proposal::new_proposal,
            proposal::submit_proposal,
            proposal::correct_amendment,
            proposal::diff_versions,
            proposal::record_temperature,
            proposal::preview_decision,
            proposal::record_decision,
            proposal::correct_decision,
            proposal::set_disputed,
            proposal::withdraw_proposal,
            proposal::send_back_proposal,
            proposal::table_proposal,
            bundle::preview_import,
            bundle::import_bundle,
            bundle::export_bundle,
            bundle::adopt_proposal,
            bundle::pass_on_bundle,
            bundle::undo_import,
            folders::get_federation_folders,
            folders::set_federation_folders,
            folders::sync_federation_folders,
            folders::write_outbox_now,
            folders::approve_federation_key,
            lists::page_meetings,
            lists::page_wgs,
            lists::page_proposals,
            lists::get_proposal_counts,
            lists::get_federation,
            lists::get_federated_proposal,
            lists::page_federated_wgs,
            lists::page_federated_proposals,
            lists::page_decisions,
            lists::page_received_bundles,
            search::search,
            search::get_wg_namesakes,
            search::get_proposal_namesakes,
            search::page_who_works_on_what,
            room::open_room,
            room::close_room,
            room::set_app_language,
            room::get_room,
            room::get_room_link,
            room::new_pairing_code,
            room::revoke_room_session,
            passphrase::unlock,
            passphrase::set_passphrase,
            passphrase::change_passphrase,
            passphrase::remove_passphrase,
        ]);
    move |invoke| crate::lock::unless_locked(invoke, |invoke| room::dispatch(invoke, &generated))
}
