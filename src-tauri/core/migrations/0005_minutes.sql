-- Plenary schema 5: minutes approval and action items.
--
-- Minutes start as a draft and are approved at a later GA (ga-process.md, "Minutes"):
-- the approving meeting is recorded on the meeting whose minutes it approved.
ALTER TABLE meetings ADD COLUMN minutes_approved_at TEXT;
ALTER TABLE meetings ADD COLUMN minutes_approved_in TEXT REFERENCES meetings(id);

-- What someone agreed to do, recorded on the agenda item where it was agreed.
CREATE TABLE action_items (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id  TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    person_id       TEXT REFERENCES people(id),  -- who will do it, if someone was named
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_items_item ON action_items(agenda_item_id);
