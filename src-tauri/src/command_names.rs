// The names of every app command, in one list shared by build.rs (the ACL manifest) and
// the app (a test checks that this list and the registered handlers agree).
pub const ALL: &[&str] = &[
    // assembly
    "get_dashboard",
    "init_assembly",
    "list_people",
    // working groups
    "add_wg",
    "set_wg_status",
    "get_wg_history",
    // meetings and agenda
    "new_meeting",
    "get_meeting",
    "open_meeting",
    "close_meeting",
    "set_attendance",
    "assign_role",
    "unassign_role",
    "add_agenda_item",
    "move_agenda_item",
    "remove_agenda_item",
    "start_item",
    "finish_item",
    "table_item",
    "set_item_notes",
    "get_report_back",
    "record_report_back",
    // proposals
    "list_proposals",
    // bundles and federation
    "preview_import",
    "import_bundle",
    "export_bundle",
    "get_federation",
    "adopt_proposal",
];
