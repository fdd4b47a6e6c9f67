-- Plenary schema 16: the spokes council (ga-process.md, "Spokes council").

-- A meeting's format travels with it, like its stack policy: part of the record.
ALTER TABLE meetings ADD COLUMN format TEXT NOT NULL DEFAULT 'general-assembly'
    CHECK (format IN ('general-assembly', 'spokes-council'));

-- The spoke each WG (or caucus) sent to a spokes council. Rotating: choosing a new spoke
-- for a WG ends the previous one's turn (`until_at`) and both rows stay, so the minutes
-- can say who spoke for the WG and when it changed hands. Local, like the speaking log:
-- the bundle's minutes list each WG's spokes (bundle/tables.rs, LOCAL_ONLY).
CREATE TABLE spokes (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    wg_id       TEXT NOT NULL REFERENCES working_groups(id),
    person_id   TEXT NOT NULL REFERENCES people(id),
    from_at     TEXT NOT NULL,
    -- Set when another spoke took over for the WG; NULL while this one speaks for it.
    until_at    TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
-- One current spoke per WG, and a person speaks for one WG at a time.
CREATE UNIQUE INDEX spokes_current_wg ON spokes(meeting_id, wg_id) WHERE until_at IS NULL;
CREATE UNIQUE INDEX spokes_current_person ON spokes(meeting_id, person_id) WHERE until_at IS NULL;
CREATE INDEX spokes_meeting ON spokes(meeting_id, from_at);
CREATE INDEX spokes_wg ON spokes(wg_id);
CREATE INDEX spokes_person ON spokes(person_id);
CREATE INDEX spokes_origin ON spokes(origin);

-- In a spokes council a stack entry is a spoke speaking for their WG (the queue shows it).
ALTER TABLE stack_entries ADD COLUMN wg_id TEXT REFERENCES working_groups(id);
CREATE INDEX stack_entries_wg ON stack_entries(wg_id) WHERE wg_id IS NOT NULL;

-- A consult break a spoke called: a few timed minutes for the groups to talk among
-- themselves before answering. Recorded with its times; the minutes list them.
CREATE TABLE consult_breaks (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id      TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    -- The item under way when it was called, if any.
    agenda_item_id  TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    wg_id           TEXT NOT NULL REFERENCES working_groups(id),
    person_id       TEXT NOT NULL REFERENCES people(id),
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 30),
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
-- One break at a time in a meeting.
CREATE UNIQUE INDEX consult_breaks_one ON consult_breaks(meeting_id) WHERE ended_at IS NULL;
CREATE INDEX consult_breaks_meeting ON consult_breaks(meeting_id, started_at);
CREATE INDEX consult_breaks_item ON consult_breaks(agenda_item_id) WHERE agenda_item_id IS NOT NULL;
CREATE INDEX consult_breaks_wg ON consult_breaks(wg_id);
CREATE INDEX consult_breaks_person ON consult_breaks(person_id);
CREATE INDEX consult_breaks_origin ON consult_breaks(origin);

-- The voice each WG gave in a spokes council's call for consensus and vote (one voice
-- per WG). The decision's counts are these voices counted; local like the stances' names
-- are not: the counts travel in the decision, the bundle's minutes list each WG's voice.
CREATE TABLE decision_wg_voices (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL REFERENCES assemblies(id),
    decision_id  TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    wg_id        TEXT NOT NULL REFERENCES working_groups(id),
    voice        TEXT NOT NULL CHECK (voice IN ('for', 'against', 'stand-aside', 'block')),
    reason       TEXT,
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    CHECK (voice <> 'block' OR coalesce(reason, '') <> '')
);
CREATE UNIQUE INDEX decision_wg_voices_wg ON decision_wg_voices(decision_id, wg_id);
CREATE INDEX decision_wg_voices_wgs ON decision_wg_voices(wg_id);
CREATE INDEX decision_wg_voices_origin ON decision_wg_voices(origin);
