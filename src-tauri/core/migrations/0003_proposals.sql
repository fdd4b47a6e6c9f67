-- Plenary schema: proposals and the consensus process.
--
-- Every version of a proposal's text; friendly amendments; hearings (a proposal on one
-- agenda item, with the process step it has reached); clarifying questions, concerns and
-- temperature checks heard there; decisions with their rule, counts and named stances;
-- and the dated history of a proposal's status.
--
-- Same conventions as schema 1 (ids UUIDv7, origin, created_at, updated_at, revision).
-- This migration only adds tables: it changes none of schema 1's, so it composes with
-- any other migration that adds tables or agenda_items columns.

CREATE TABLE proposal_versions (
    id            TEXT PRIMARY KEY,
    origin        TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id   TEXT NOT NULL REFERENCES proposals(id),
    number        INTEGER NOT NULL CHECK (number > 0),   -- 1 = as submitted
    text          TEXT NOT NULL,
    amendment_id  TEXT,                                 -- the accepted amendment that made it
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX proposal_versions_number ON proposal_versions(proposal_id, number);

-- A friendly amendment: the text of the proposal as the amendment would make it, offered
-- on one version (base_version), accepted or rejected by the proposer.
CREATE TABLE amendments (
    id                    TEXT PRIMARY KEY,
    origin                TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id           TEXT NOT NULL REFERENCES proposals(id),
    agenda_item_id        TEXT REFERENCES agenda_items(id),  -- the hearing, if offered at a GA
    base_version          INTEGER NOT NULL CHECK (base_version > 0),
    text                  TEXT NOT NULL,
    offered_by_person_id  TEXT NOT NULL REFERENCES people(id),
    status                TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    version               INTEGER,                           -- the version an accepted one made
    answered_at           TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    revision              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX amendments_proposal ON amendments(proposal_id, created_at);

-- A proposal heard on an agenda item, once its process has begun (no row = not started).
CREATE TABLE hearings (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id  TEXT NOT NULL UNIQUE REFERENCES agenda_items(id),
    proposal_id     TEXT NOT NULL REFERENCES proposals(id),
    step            TEXT NOT NULL CHECK (step IN ('present', 'clarifying-questions', 'concerns', 'temperature-check', 'call-for-consensus', 'vote', 'outcome')),
    step_at         TEXT NOT NULL,
    outcome         TEXT CHECK (outcome IS NULL OR outcome IN ('consensus', 'passed', 'blocked', 'failed', 'tabled', 'withdrawn', 'sent-back')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX hearings_proposal ON hearings(proposal_id);

CREATE TABLE clarifying_questions (
    id                     TEXT PRIMARY KEY,
    origin                 TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id            TEXT NOT NULL REFERENCES proposals(id),
    agenda_item_id         TEXT NOT NULL REFERENCES agenda_items(id),
    asked_by_person_id     TEXT REFERENCES people(id),
    question               TEXT NOT NULL,
    answer                 TEXT,
    answered_by_person_id  TEXT REFERENCES people(id),
    answered_at            TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    revision               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX clarifying_questions_proposal ON clarifying_questions(proposal_id, created_at);

CREATE TABLE concerns (
    id                  TEXT PRIMARY KEY,
    origin              TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id         TEXT NOT NULL REFERENCES proposals(id),
    agenda_item_id      TEXT NOT NULL REFERENCES agenda_items(id),
    raised_by_person_id TEXT REFERENCES people(id),
    concern             TEXT NOT NULL,
    addressed           INTEGER NOT NULL DEFAULT 0 CHECK (addressed IN (0, 1)),
    response            TEXT NOT NULL DEFAULT '',   -- how it was addressed (or why not)
    addressed_at        TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    revision            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX concerns_proposal ON concerns(proposal_id, created_at);

-- Non-binding: twinkles up / sideways / down.
CREATE TABLE temperature_checks (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id     TEXT NOT NULL REFERENCES proposals(id),
    agenda_item_id  TEXT NOT NULL REFERENCES agenda_items(id),
    up              INTEGER NOT NULL CHECK (up >= 0),
    sideways        INTEGER NOT NULL CHECK (sideways >= 0),
    down            INTEGER NOT NULL CHECK (down >= 0),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX temperature_checks_proposal ON temperature_checks(proposal_id, created_at);

-- A decision under a rule (one per hearing). Manual outcomes (withdrawn, sent-back, a
-- tabling by hand) are hearing outcomes and status changes, not decisions.
CREATE TABLE decisions (
    id                 TEXT PRIMARY KEY,
    origin             TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id        TEXT NOT NULL REFERENCES proposals(id),
    agenda_item_id     TEXT NOT NULL UNIQUE REFERENCES agenda_items(id),
    version            INTEGER NOT NULL CHECK (version > 0),  -- the text decided
    rule               TEXT NOT NULL,
    default_rule       TEXT NOT NULL,                         -- the assembly's rule at the time
    support            INTEGER NOT NULL CHECK (support >= 0),
    against            INTEGER NOT NULL CHECK (against >= 0),
    stand_asides       INTEGER NOT NULL CHECK (stand_asides >= 0),
    blocks             INTEGER NOT NULL CHECK (blocks >= 0),
    quorum             INTEGER CHECK (quorum IS NULL OR quorum > 0),
    stand_aside_limit  TEXT,                                  -- A/B
    outcome            TEXT NOT NULL CHECK (outcome IN ('consensus', 'passed', 'blocked', 'failed', 'tabled')),
    entered_by         TEXT NOT NULL,                         -- the role at the keyboard
    disputed           INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
    dispute_note       TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX decisions_proposal ON decisions(proposal_id);

-- The stand-asides and blocks who gave their name.
CREATE TABLE decision_stances (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL REFERENCES assemblies(id),
    decision_id  TEXT NOT NULL REFERENCES decisions(id),
    stance       TEXT NOT NULL CHECK (stance IN ('stand-aside', 'block')),
    person_id    TEXT NOT NULL REFERENCES people(id),
    reason       TEXT,                                 -- required for a block
    position     INTEGER NOT NULL,                     -- order entered
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    CHECK (stance <> 'block' OR coalesce(reason, '') <> '')
);
CREATE UNIQUE INDEX decision_stances_person ON decision_stances(decision_id, person_id);

-- Every change of a proposal's status, dated, with where it happened.
CREATE TABLE proposal_status_changes (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    proposal_id     TEXT NOT NULL REFERENCES proposals(id),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'on-agenda', 'in-process', 'decided', 'tabled', 'withdrawn', 'sent-back')),
    meeting_id      TEXT REFERENCES meetings(id),
    agenda_item_id  TEXT REFERENCES agenda_items(id),
    note            TEXT NOT NULL DEFAULT '',
    changed_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX proposal_status_changes_proposal ON proposal_status_changes(proposal_id, changed_at);

-- Proposals made before this schema get their text as version 1 and their current status
-- as the start of their history. Ids are UUIDv7 (16 bytes, as rusqlite stores a Uuid):
-- the record's creation time in milliseconds, then version 7, the variant and random bits.
INSERT INTO proposal_versions (id, origin, proposal_id, number, text, created_at, updated_at)
SELECT unhex(printf('%012x7%03x%x%03x%012x',
           CAST(round((julianday(created_at) - 2440587.5) * 86400000) AS INTEGER),
           abs(random() % 4096), 8 + abs(random() % 4), abs(random() % 4096),
           abs(random() % 281474976710656))),
       origin, id, 1, text, created_at, created_at
FROM proposals;

INSERT INTO proposal_status_changes (id, origin, proposal_id, status, note, changed_at, created_at, updated_at)
SELECT unhex(printf('%012x7%03x%x%03x%012x',
           CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER),
           abs(random() % 4096), 8 + abs(random() % 4), abs(random() % 4096),
           abs(random() % 281474976710656))),
       origin, id, status, 'status when the consensus process was added to Plenary', updated_at, updated_at, updated_at
FROM proposals;
