-- Every foreign key column gets an index whose leading columns are the key's own.
-- Without one, deleting or re-keying a parent row (undoing the add of a new name deletes
-- the person) makes SQLite scan each child table in full to check the key — a cost that
-- grows with the record (issue #20: 77 ms on the ten-year dataset for one undo).
-- `tests/foreign_key_indexes.rs` reads the schema and fails on any key left without one.
CREATE INDEX action_items_by_origin ON action_items (origin);
CREATE INDEX action_items_by_person_id ON action_items (person_id);
CREATE INDEX agenda_items_by_origin ON agenda_items (origin);
CREATE INDEX agenda_items_by_wg_id ON agenda_items (wg_id);
CREATE INDEX amendments_by_agenda_item_id ON amendments (agenda_item_id);
CREATE INDEX amendments_by_offered_by_person_id ON amendments (offered_by_person_id);
CREATE INDEX amendments_by_origin ON amendments (origin);
CREATE INDEX clarifying_questions_by_agenda_item_id ON clarifying_questions (agenda_item_id);
CREATE INDEX clarifying_questions_by_answered_by_person_id ON clarifying_questions (answered_by_person_id);
CREATE INDEX clarifying_questions_by_asked_by_person_id ON clarifying_questions (asked_by_person_id);
CREATE INDEX clarifying_questions_by_origin ON clarifying_questions (origin);
CREATE INDEX corrections_by_origin ON corrections (origin);
CREATE INDEX concerns_by_agenda_item_id ON concerns (agenda_item_id);
CREATE INDEX concerns_by_origin ON concerns (origin);
CREATE INDEX concerns_by_raised_by_person_id ON concerns (raised_by_person_id);
CREATE INDEX decision_stances_by_origin ON decision_stances (origin);
CREATE INDEX decision_stances_by_person_id ON decision_stances (person_id);
CREATE INDEX decisions_by_origin ON decisions (origin);
CREATE INDEX hearings_by_origin ON hearings (origin);
CREATE INDEX meeting_roles_by_origin ON meeting_roles (origin);
CREATE INDEX meetings_by_minutes_approved_in ON meetings (minutes_approved_in);
CREATE INDEX proposal_status_changes_by_agenda_item_id ON proposal_status_changes (agenda_item_id);
CREATE INDEX proposal_status_changes_by_meeting_id ON proposal_status_changes (meeting_id);
CREATE INDEX proposal_status_changes_by_origin ON proposal_status_changes (origin);
CREATE INDEX proposal_versions_by_origin ON proposal_versions (origin);
CREATE INDEX proposals_by_wg_id ON proposals (wg_id);
CREATE INDEX received_bundles_by_origin ON received_bundles (origin);
CREATE INDEX report_backs_by_origin ON report_backs (origin);
CREATE INDEX speech_pauses_by_origin ON speech_pauses (origin);
CREATE INDEX speeches_by_origin ON speeches (origin);
CREATE INDEX stack_entries_by_meeting_id ON stack_entries (meeting_id);
CREATE INDEX stack_entries_by_origin ON stack_entries (origin);
CREATE INDEX stack_undo_by_meeting_id ON stack_undo (meeting_id);
CREATE INDEX stack_undo_by_origin ON stack_undo (origin);
CREATE INDEX stacks_by_origin ON stacks (origin);
CREATE INDEX temperature_checks_by_agenda_item_id ON temperature_checks (agenda_item_id);
CREATE INDEX temperature_checks_by_origin ON temperature_checks (origin);
CREATE INDEX wg_status_changes_by_origin ON wg_status_changes (origin);
