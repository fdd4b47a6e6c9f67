//! The lists the UI shows, one page at a time (`plenary_core::paging`): each command takes
//! the list's filter and a `PageRequest` (`after`: the cursor of the previous page,
//! `limit`) and returns a `Page` (items, total, next cursor). No list command returns a
//! whole history; the complete lists stay on the command line (`--json`).
//!
//! Every one of them runs off GTK's main thread (`async`). A plain Tauri command runs on
//! the main thread, and a screen asks for several lists at once: when one of them (the
//! federation's summary of eleven assemblies, tens of milliseconds on ten years) held the
//! database, the others waited for it *on the main thread*, and the window neither drew nor
//! delivered any answer until it was done. Answers may come back in another order than
//! asked; each list keeps its own answer (`PagedList`).

use plenary_core::bundle::ReceivedBundle;
use plenary_core::federation::{
    FederatedDecision, FederatedProposal, FederatedWg, FederationSummary, OriginFilter,
};
use plenary_core::i18n::Lang;
use plenary_core::meeting::{Meeting, MeetingFilter};
use plenary_core::paging::{Page, PageRequest};
use plenary_core::proposal::{ProposalCounts, ProposalFilter, ProposalSummary};
use plenary_core::wg::{WgFilter, WorkingGroup};
use tauri::State;

use super::{id, CmdResult};
use crate::AppState;

/// The local assembly's GAs, newest first.
#[tauri::command(async)]
pub fn page_meetings(
    state: State<'_, AppState>,
    filter: MeetingFilter,
    page: PageRequest,
) -> CmdResult<Page<Meeting>> {
    state.db().meetings_page(&filter, &page)
}

/// Working groups known here, by name.
#[tauri::command(async)]
pub fn page_wgs(
    state: State<'_, AppState>,
    filter: WgFilter,
    page: PageRequest,
) -> CmdResult<Page<WorkingGroup>> {
    state.db().wgs_page(&filter, &page)
}

/// Proposals known here as the board lists them (no text), newest first.
#[tauri::command(async)]
pub fn page_proposals(
    state: State<'_, AppState>,
    filter: ProposalFilter,
    page: PageRequest,
) -> CmdResult<Page<ProposalSummary>> {
    state.db().proposals_page(&filter, &page)
}

/// How many proposals per status, and the years that have proposals (the board's filters).
#[tauri::command(async)]
pub fn get_proposal_counts(
    state: State<'_, AppState>,
    filter: ProposalFilter,
) -> CmdResult<ProposalCounts> {
    state.db().proposal_counts(&filter)
}

/// What the federation view opens on: a summary per assembly.
#[tauri::command(async)]
pub fn get_federation(state: State<'_, AppState>) -> CmdResult<FederationSummary> {
    state.db().federation_summary()
}

/// One proposal with its origin and adoptions (the proposal page's federation line).
#[tauri::command(async)]
pub fn get_federated_proposal(
    state: State<'_, AppState>,
    proposal: String,
) -> CmdResult<FederatedProposal> {
    state.db().federated_proposal(id("proposal", &proposal)?)
}

#[tauri::command(async)]
pub fn page_federated_wgs(
    state: State<'_, AppState>,
    filter: OriginFilter,
    page: PageRequest,
) -> CmdResult<Page<FederatedWg>> {
    state.db().federated_wgs_page(&filter, &page)
}

#[tauri::command(async)]
pub fn page_federated_proposals(
    state: State<'_, AppState>,
    filter: ProposalFilter,
    page: PageRequest,
) -> CmdResult<Page<FederatedProposal>> {
    state.db().federated_proposals_page(&filter, &page)
}

/// Decisions known here, newest first; their sentences in `lang` (the app's language;
/// English without it).
#[tauri::command(async)]
pub fn page_decisions(
    state: State<'_, AppState>,
    filter: OriginFilter,
    page: PageRequest,
    lang: Option<String>,
) -> CmdResult<Page<FederatedDecision>> {
    let lang = Lang::of_arg(lang.as_deref())?;
    let page = state.db().decisions_page(&filter, &page)?;
    Ok(Page {
        items: page.items.into_iter().map(|d| d.said_in(lang)).collect(),
        ..page
    })
}

/// The bundles received here, newest first (kept byte for byte, to be passed on).
#[tauri::command(async)]
pub fn page_received_bundles(
    state: State<'_, AppState>,
    filter: OriginFilter,
    page: PageRequest,
) -> CmdResult<Page<ReceivedBundle>> {
    state.db().received_bundles_page(&filter, &page)
}
