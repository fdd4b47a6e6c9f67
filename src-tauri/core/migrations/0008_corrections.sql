-- Plenary schema 8: corrections to a closed GA's record.
--
-- A closed meeting whose minutes are not approved can still be corrected (ga-process.md,
-- "Real GAs, as minutes record them"); every correction is kept — what, before, after,
-- who (the acting role) and when — and the minutes list them. Local only: the corrected
-- records travel with their new revision, and a bundle's minutes carry this list.
CREATE TABLE corrections (
    id            TEXT PRIMARY KEY,
    origin        TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id    TEXT NOT NULL REFERENCES meetings(id),
    record_table  TEXT NOT NULL,              -- the table of the corrected record
    record_id     TEXT NOT NULL,
    what          TEXT NOT NULL,              -- "attendance", "item 3.2 started", …
    before        TEXT NOT NULL,              -- as the minutes showed it ('' = nothing)
    after         TEXT NOT NULL,
    names_person  INTEGER NOT NULL DEFAULT 0, -- 1: before/after are people's names
    actor         TEXT NOT NULL,
    corrected_at  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX corrections_meeting ON corrections(meeting_id, corrected_at);
