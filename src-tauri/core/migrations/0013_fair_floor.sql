-- Plenary schema 13: the fair floor (ga-process.md, "Fair floor: the policies an
-- assembly chooses"). Local working data like the rest of the speaking log: neither
-- table travels in bundles (bundle/tables.rs, LOCAL_ONLY says why).

-- Each change of a meeting's floor policy, with its reason. The meeting's policy in force
-- is the newest change (highest seq), else `meetings.policy` (the base it was created
-- with). The minutes list the changes.
CREATE TABLE floor_policy_changes (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id      TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq > 0),
    -- As written: `progressive,alternate:women and non-binary|open,cap:2`.
    policy          TEXT NOT NULL,
    -- Why the facilitation team changed it ("" when none was given).
    reason          TEXT NOT NULL DEFAULT '',
    -- The item under way when it changed, if any (its stack's undo takes the change back).
    agenda_item_id  TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX floor_policy_changes_seq ON floor_policy_changes(meeting_id, seq);
CREATE INDEX floor_policy_changes_item ON floor_policy_changes(agenda_item_id) WHERE agenda_item_id IS NOT NULL;

-- The sub-list a person chose for a meeting ("women and non-binary", "open"): chosen by
-- them, never inferred; never exported; redacted from published minutes.
CREATE TABLE floor_list_choices (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people(id),
    list        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX floor_list_choices_person ON floor_list_choices(meeting_id, person_id);
CREATE INDEX floor_list_choices_people ON floor_list_choices(person_id);
-- Every foreign key leads an index (tests/foreign_key_indexes.rs).
CREATE INDEX floor_policy_changes_origin ON floor_policy_changes(origin);
CREATE INDEX floor_list_choices_origin ON floor_list_choices(origin);
