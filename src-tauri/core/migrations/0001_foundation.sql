-- Plenary schema 1: the assembly, people, working groups, meetings, agenda, report-backs,
-- the base of proposals, and the journal.
--
-- Conventions (docs/ARCHITECTURE.md, "Invariants"):
-- * ids are UUIDv7 as text; every record has origin (the owning assembly), created_at,
--   updated_at (RFC 3339 UTC) and revision (1, bumped on every change);
-- * closed sets of words are checked here as well as in Rust.

CREATE TABLE assemblies (
    id            TEXT PRIMARY KEY,
    origin        TEXT NOT NULL,              -- an assembly owns itself: origin = id
    name          TEXT NOT NULL,
    code          TEXT NOT NULL,              -- short code used in references: LDN-GA-39
    is_local      INTEGER NOT NULL DEFAULT 0, -- 1 for this installation's own assembly
    default_rule  TEXT NOT NULL DEFAULT 'consensus',
    public_key    TEXT,                       -- Ed25519, hex; pinned on first import
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX assemblies_one_local ON assemblies(is_local) WHERE is_local = 1;

CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    name        TEXT NOT NULL,
    pronouns    TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX people_name ON people(origin, name COLLATE NOCASE);

CREATE TABLE working_groups (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL REFERENCES assemblies(id),
    name         TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (category IN ('operational', 'sectorial', 'strategy')),
    status       TEXT NOT NULL CHECK (status IN ('forming', 'active', 'dormant', 'dissolved')),
    description  TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    schedule     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX working_groups_name ON working_groups(origin, name COLLATE NOCASE);

-- The dated history of a WG's status: one row per change, the first one at creation.
CREATE TABLE wg_status_changes (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    wg_id       TEXT NOT NULL REFERENCES working_groups(id),
    status      TEXT NOT NULL CHECK (status IN ('forming', 'active', 'dormant', 'dissolved')),
    changed_on  TEXT NOT NULL,              -- YYYY-MM-DD
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX wg_status_changes_wg ON wg_status_changes(wg_id, changed_on);

CREATE TABLE meetings (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    number      INTEGER NOT NULL CHECK (number > 0),
    date        TEXT NOT NULL,              -- YYYY-MM-DD, local date of the GA
    place       TEXT NOT NULL DEFAULT '',
    attendance  INTEGER CHECK (attendance IS NULL OR attendance >= 0),
    policy      TEXT NOT NULL DEFAULT 'progressive' CHECK (policy IN ('progressive', 'fifo')),
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed')),
    opened_at   TEXT,
    closed_at   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX meetings_number ON meetings(origin, number);
CREATE INDEX meetings_date ON meetings(date);

-- Who held which role at a meeting (two facilitators are common).
CREATE TABLE meeting_roles (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id  TEXT NOT NULL REFERENCES meetings(id),
    role        TEXT NOT NULL CHECK (role IN ('facilitator', 'stack-keeper', 'timekeeper', 'minute-taker', 'vibes-watcher')),
    person_id   TEXT NOT NULL REFERENCES people(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX meeting_roles_unique ON meeting_roles(meeting_id, role, person_id);

-- Proposals: the base record. Their process (versions, amendments, decisions) is added by
-- a later migration.
CREATE TABLE proposals (
    id                  TEXT PRIMARY KEY,
    origin              TEXT NOT NULL REFERENCES assemblies(id),
    year                INTEGER NOT NULL,
    number              INTEGER NOT NULL CHECK (number > 0),
    title               TEXT NOT NULL,
    text                TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'submitted',
    wg_id               TEXT REFERENCES working_groups(id),
    proposer_person_id  TEXT REFERENCES people(id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    revision            INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX proposals_ref ON proposals(origin, year, number);

CREATE TABLE agenda_items (
    id                TEXT PRIMARY KEY,
    origin            TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id        TEXT NOT NULL REFERENCES meetings(id),
    position          INTEGER NOT NULL CHECK (position > 0), -- item 39.3 has position 3
    kind              TEXT NOT NULL CHECK (kind IN ('process', 'report-back', 'proposal', 'discussion', 'announcement', 'soapbox', 'other')),
    title             TEXT NOT NULL,
    allotted_minutes  INTEGER CHECK (allotted_minutes IS NULL OR allotted_minutes > 0),
    started_at        TEXT,
    ended_at          TEXT,
    status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'done', 'tabled')),
    wg_id             TEXT REFERENCES working_groups(id),
    proposal_id       TEXT REFERENCES proposals(id),
    notes             TEXT NOT NULL DEFAULT '',  -- the minute-taker's notes
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE INDEX agenda_items_proposal ON agenda_items(proposal_id) WHERE proposal_id IS NOT NULL;

CREATE TABLE report_backs (
    id                   TEXT PRIMARY KEY,
    origin               TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id       TEXT NOT NULL UNIQUE REFERENCES agenda_items(id),
    wg_id                TEXT NOT NULL REFERENCES working_groups(id),
    presenter_person_id  TEXT REFERENCES people(id),
    summary              TEXT NOT NULL DEFAULT '',
    asks                 TEXT NOT NULL DEFAULT '',
    announcements        TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    revision             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX report_backs_wg ON report_backs(wg_id);

-- What happened, in order: one row per user action (audit, undo, "what changed").
CREATE TABLE journal (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,   -- the role that acted: facilitator, stack-keeper, cli, …
    action       TEXT NOT NULL,   -- e.g. wg.add, meeting.open, agenda.move
    record_table TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    meeting_id   TEXT,            -- set when the action belongs to a meeting
    detail       TEXT NOT NULL DEFAULT '{}'  -- JSON: what changed
);
CREATE INDEX journal_record ON journal(record_id);
CREATE INDEX journal_meeting ON journal(meeting_id, seq) WHERE meeting_id IS NOT NULL;
