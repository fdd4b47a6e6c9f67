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
    // preparing a GA
    "get_agenda_candidates",
    "add_order_of_business",
    // proposals
    "list_proposals",
    // minutes
    "get_minutes",
    "export_minutes",
    // the speakers' stack
    "get_stack",
    "stack_add",
    "stack_next",
    "stack_undo",
    "stack_withdraw",
    "stack_prioritize",
    "stack_close",
    "stack_reopen",
    "stack_pause",
    "stack_resume",
    "set_speaker_limit",
    "get_speaking_stats",
];
