//! The TypeScript types of the UI (`ui/src/lib/bindings/`) are generated from the Rust
//! types here. This test fails when the committed files are stale; run
//! `UPDATE_BINDINGS=1 cargo test -p plenary-core bindings` to regenerate them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ts_rs::{Config, TS};

/// Exports every type the UI uses (each with the types it refers to) into `dir`.
fn export_all(dir: &Path) {
    let cfg = Config::new().with_large_int("number").with_out_dir(dir);
    macro_rules! export {
        ($($t:ty),+ $(,)?) => { $( <$t>::export_all(&cfg).expect(concat!("export ", stringify!($t))); )+ };
    }
    export!(
        crate::dashboard::Dashboard,
        crate::assembly::Assembly,
        crate::storage::Storage,
        crate::wg::WorkingGroup,
        crate::wg::WgStatusChange,
        crate::wg::WgChoice,
        crate::wg::NewWg,
        crate::meeting::MeetingDetail,
        crate::correction::Correction,
        crate::meeting::NewMeeting,
        crate::meeting::MeetingRole,
        crate::meeting::RoleInput,
        crate::announcement::Announcement,
        crate::announcement::NewAnnouncement,
        crate::person::PersonSummary,
        crate::person::PeopleFilter,
        crate::person_forget::Forgotten,
        crate::rekey::Rekeyed,
        crate::agenda::NewAgendaItem,
        crate::agenda::ReportBack,
        crate::agenda::ReportBackInput,
        crate::person::Person,
        crate::proposal::Proposal,
        crate::proposal::NewProposal,
        crate::proposal::ProposalDetail,
        crate::proposal::Hearing,
        crate::proposal::versions::AmendInput,
        crate::proposal::versions::VersionDiff,
        crate::proposal::hearing::NewQuestion,
        crate::proposal::hearing::AnswerInput,
        crate::proposal::hearing::NewConcern,
        crate::proposal::hearing::TemperatureInput,
        crate::decision::DecisionInput,
        crate::proposal::decide::DecisionPreview,
        crate::proposal::ManualOutcomeInput,
        crate::journal::JournalEntry,
        crate::order_of_business::AgendaCandidates,
        crate::order_of_business::OrderOfBusiness,
        crate::minutes::Minutes,
        crate::projector::ProjectorView,
        crate::minutes::approval::MinutesStatus,
        crate::action_item::ActionItem,
        crate::action_item::NewActionItem,
        crate::stack::StackView,
        crate::stack::FloorPolicy,
        crate::stack::PolicyChange,
        crate::spokes::Council,
        crate::decision::CouncilDecisionInput,
        crate::stack::Airtime,
        crate::room::Role,
        crate::room::hands::PendingHands,
        crate::room::hands::MyHand,
        crate::stack::EntryKind,
        crate::stack::SpeakingStats,
        crate::bundle::ExportOptions,
        crate::bundle::ExportSummary,
        crate::bundle::Inspection,
        crate::bundle::ImportReport,
        crate::bundle::ImportPreview,
        crate::bundle::ReceivedBundle,
        crate::bundle::ImportUndone,
        crate::agenda_proposals::ProposalChoices,
        crate::federation::Federation,
        crate::federation::FederationSummary,
        crate::federation::OriginFilter,
        crate::federation::folder::FolderStatus,
        crate::federation::folder::SyncReport,
        crate::federation::watch::FolderEvent,
        crate::paging::PageRequest,
        crate::meeting::MeetingFilter,
        crate::wg::WgFilter,
        crate::proposal::ProposalSummary,
        crate::proposal::ProposalFilter,
        crate::proposal::ProposalCounts,
        crate::wg_detail::WgDetail,
        crate::wg_detail::WgReportBack,
        crate::search::SearchQuery,
        crate::search::SearchResults,
        crate::search::Namesake,
        crate::search::WgCounterparts,
    );
    #[cfg(feature = "room-server")]
    <crate::room::server::RoomStatus>::export_all(&cfg).expect("export RoomStatus");
    #[cfg(feature = "room-server")]
    <crate::room::server::RoomLink>::export_all(&cfg).expect("export RoomLink");
    // A generic type is exported once, with its parameter.
    <crate::paging::Page<()>>::export_all(&cfg).expect("export Page");
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") {
                files.insert(name, std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    files
}

#[test]
fn bindings_are_fresh() {
    let committed_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings");
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path());
    let generated = read_dir(fresh.path());
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&committed_dir);
        std::fs::create_dir_all(&committed_dir).unwrap();
        for (name, text) in &generated {
            std::fs::write(committed_dir.join(name), text).unwrap();
        }
        return;
    }
    let committed = read_dir(&committed_dir);
    assert!(
        committed == generated,
        "ui/src/lib/bindings is stale: run `UPDATE_BINDINGS=1 cargo test -p plenary-core bindings` and commit the result"
    );
}
