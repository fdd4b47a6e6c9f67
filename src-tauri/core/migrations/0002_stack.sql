-- Plenary schema 2: the speakers' stack of each agenda item (ga-process.md, "The stack"),
-- the speaking log (speeches and their pauses), and the undo log of stack actions.
--
-- Every table follows the conventions of schema 1 (UUIDv7 id, origin, created_at,
-- updated_at, revision). Removing an agenda item removes its stack with it.

-- The state of one item's stack that is not an entry: closed or not, and the per-speaker
-- time limit. A row exists once the stack has been closed or given a limit; no row means
-- an open stack without a limit.
CREATE TABLE stacks (
    id                     TEXT PRIMARY KEY,
    origin                 TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id         TEXT NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE,
    closed                 INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    speaker_limit_seconds  INTEGER CHECK (speaker_limit_seconds IS NULL OR speaker_limit_seconds > 0),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    revision               INTEGER NOT NULL DEFAULT 1
);

-- One hand raised: a person waiting (then speaking, then done) in one band of an item's stack.
CREATE TABLE stack_entries (
    id                     TEXT PRIMARY KEY,
    origin                 TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id         TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    meeting_id             TEXT NOT NULL REFERENCES meetings(id),
    person_id              TEXT NOT NULL REFERENCES people(id),
    kind                   TEXT NOT NULL CHECK (kind IN ('process', 'information', 'clarifying', 'direct-response', 'speak')),
    prioritized            INTEGER NOT NULL DEFAULT 0 CHECK (prioritized IN (0, 1)),
    -- A direct response names who had the floor when it was added ("direct response to Sam").
    responds_to_person_id  TEXT REFERENCES people(id),
    status                 TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'speaking', 'done', 'withdrawn')),
    -- 1, 2, 3… in the order entries were added to this item's stack ("time added", without ties).
    added_no               INTEGER NOT NULL CHECK (added_no > 0),
    withdrawn_at           TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    revision               INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'direct-response') = (responds_to_person_id IS NOT NULL))
);
CREATE UNIQUE INDEX stack_entries_added ON stack_entries(agenda_item_id, added_no);
-- A person waits at most once per band on an item's stack.
CREATE UNIQUE INDEX stack_entries_one_per_band ON stack_entries(agenda_item_id, person_id, kind) WHERE status = 'waiting';
-- One person has the floor at a time.
CREATE UNIQUE INDEX stack_entries_one_speaking ON stack_entries(agenda_item_id) WHERE status = 'speaking';
CREATE INDEX stack_entries_person ON stack_entries(person_id);
-- Partial: most entries respond to nobody, and SQLite's foreign-key check on `people`
-- (x = ?) still uses it; every `stack add` then writes one index page less.
CREATE INDEX stack_entries_responds_to ON stack_entries(responds_to_person_id) WHERE responds_to_person_id IS NOT NULL;

-- The speaking log: one speech per entry that got the floor.
CREATE TABLE speeches (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    entry_id        TEXT NOT NULL UNIQUE REFERENCES stack_entries(id) ON DELETE CASCADE,
    agenda_item_id  TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    meeting_id      TEXT NOT NULL REFERENCES meetings(id),
    person_id       TEXT NOT NULL REFERENCES people(id),
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    -- Set when the speech ends: speaking time without the pauses, the item's per-speaker
    -- limit in force then, and the time spoken beyond it (the overrun log).
    spoken_ms       INTEGER CHECK (spoken_ms IS NULL OR spoken_ms >= 0),
    limit_seconds   INTEGER CHECK (limit_seconds IS NULL OR limit_seconds > 0),
    overrun_ms      INTEGER CHECK (overrun_ms IS NULL OR overrun_ms > 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    CHECK ((ended_at IS NULL) = (spoken_ms IS NULL))
);
CREATE INDEX speeches_item ON speeches(agenda_item_id, started_at);
-- "Has already spoken in this meeting": a finished speech by this person at this meeting.
CREATE INDEX speeches_finished ON speeches(meeting_id, person_id) WHERE ended_at IS NOT NULL;
CREATE INDEX speeches_person ON speeches(person_id);

CREATE TABLE speech_pauses (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    speech_id   TEXT NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    paused_at   TEXT NOT NULL,
    resumed_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX speech_pauses_speech ON speech_pauses(speech_id, paused_at);
CREATE UNIQUE INDEX speech_pauses_open ON speech_pauses(speech_id) WHERE resumed_at IS NULL;

-- Undo of stack actions (src/stack/undo.rs): per item, each action's before-images of the
-- rows it changed, newest = highest seq. Local working data, never exported; forgotten
-- when the meeting closes (a closed meeting cannot change any more).
CREATE TABLE stack_undo (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id  TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    meeting_id      TEXT NOT NULL REFERENCES meetings(id),
    seq             INTEGER NOT NULL CHECK (seq > 0),
    action          TEXT NOT NULL,   -- stack.add, stack.next, …
    label           TEXT NOT NULL,   -- what undo would undo, for a person: "add Sam (speak)"
    changes         TEXT NOT NULL,   -- JSON: [{table, id, before: {column: value} | null}]
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX stack_undo_seq ON stack_undo(agenda_item_id, seq);
-- No index on meeting_id: the table holds the steps of the meetings not closed yet only
-- (a few hundred rows), and the one query by meeting is the purge when one closes.

-- Undoing `stack add` removes a person it created; SQLite then checks every reference to
-- that person. These indexes keep that check (and any person lookup) from scanning tables.
CREATE INDEX meeting_roles_person ON meeting_roles(person_id);
CREATE INDEX proposals_proposer ON proposals(proposer_person_id);
CREATE INDEX report_backs_presenter ON report_backs(presenter_person_id);
