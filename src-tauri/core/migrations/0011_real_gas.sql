-- Plenary schema: real GAs as minutes record them (ga-process.md, "Real GAs, as minutes
-- record them"): approximate attendance, open roles with hand-overs, report-backs given on
-- someone's behalf, announcements as records, and the `caucus` WG category.
--
-- SQLite cannot change a CHECK constraint in place: three tables are rebuilt. The
-- indexes of the rebuilt tables (0001, 0002, 0009) are made again. The
-- foreign keys that point at working_groups are deferred to the end of this migration's
-- transaction (`defer_foreign_keys` resets itself at the commit), so that the table can
-- be dropped and filled again; every row comes back with its id, so no reference breaks.
PRAGMA defer_foreign_keys = ON;

-- Attendance: a count (`attendance`), a range (`attendance` to `attendance_max`) or about
-- a count (`attendance_about` = 1). Old rows keep their count as it was.
ALTER TABLE meetings ADD COLUMN attendance_max INTEGER
    CHECK (attendance_max IS NULL OR (attendance IS NOT NULL AND attendance_max > attendance));
ALTER TABLE meetings ADD COLUMN attendance_about INTEGER NOT NULL DEFAULT 0
    CHECK (attendance_about IN (0, 1));

-- Roles are an open list of words; a role may be held from or until a time of the
-- meeting ("stepped down at 20:10"), local "HH:MM".
CREATE TABLE meeting_roles_new (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id  TEXT NOT NULL REFERENCES meetings(id),
    role        TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 60),
    person_id   TEXT NOT NULL REFERENCES people(id),
    from_time   TEXT,
    until_time  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
INSERT INTO meeting_roles_new (id, origin, meeting_id, role, person_id, created_at, updated_at, revision)
    SELECT id, origin, meeting_id, role, person_id, created_at, updated_at, revision FROM meeting_roles;
DROP TABLE meeting_roles;
ALTER TABLE meeting_roles_new RENAME TO meeting_roles;
CREATE UNIQUE INDEX meeting_roles_unique ON meeting_roles(meeting_id, role, person_id);
CREATE INDEX meeting_roles_person ON meeting_roles(person_id);
CREATE INDEX meeting_roles_by_origin ON meeting_roles (origin);

-- A report-back names its WG or says on whose behalf it is given ("for Occupy Newark").
CREATE TABLE report_backs_new (
    id                   TEXT PRIMARY KEY,
    origin               TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id       TEXT NOT NULL UNIQUE REFERENCES agenda_items(id),
    wg_id                TEXT REFERENCES working_groups(id),
    on_behalf_of         TEXT NOT NULL DEFAULT '',
    presenter_person_id  TEXT REFERENCES people(id),
    summary              TEXT NOT NULL DEFAULT '',
    asks                 TEXT NOT NULL DEFAULT '',
    announcements        TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    revision             INTEGER NOT NULL DEFAULT 1,
    CHECK (wg_id IS NULL OR on_behalf_of = '')
);
INSERT INTO report_backs_new (id, origin, agenda_item_id, wg_id, presenter_person_id, summary, asks,
                              announcements, created_at, updated_at, revision)
    SELECT id, origin, agenda_item_id, wg_id, presenter_person_id, summary, asks,
           announcements, created_at, updated_at, revision FROM report_backs;
DROP TABLE report_backs;
ALTER TABLE report_backs_new RENAME TO report_backs;
CREATE INDEX report_backs_wg ON report_backs(wg_id);
CREATE INDEX report_backs_presenter ON report_backs(presenter_person_id);
CREATE INDEX report_backs_by_origin ON report_backs (origin);

-- WG categories: the essay's three and `caucus`.
CREATE TABLE working_groups_copy AS SELECT * FROM working_groups;
DROP TABLE working_groups;
CREATE TABLE working_groups (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL REFERENCES assemblies(id),
    name         TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (category IN ('operational', 'sectorial', 'strategy', 'caucus')),
    status       TEXT NOT NULL CHECK (status IN ('forming', 'active', 'dormant', 'dissolved')),
    description  TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    schedule     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO working_groups (id, origin, name, category, status, description, contact, schedule,
                            created_at, updated_at, revision)
    SELECT id, origin, name, category, status, description, contact, schedule,
           created_at, updated_at, revision FROM working_groups_copy;
DROP TABLE working_groups_copy;
CREATE UNIQUE INDEX working_groups_name ON working_groups(origin, name COLLATE NOCASE);

-- Announcements at an announcement item: who made it, on whose behalf, what was said.
CREATE TABLE announcements (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    agenda_item_id  TEXT NOT NULL REFERENCES agenda_items(id),
    position        INTEGER NOT NULL CHECK (position > 0),
    person_id       TEXT REFERENCES people(id),
    on_behalf_of    TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX announcements_item ON announcements(agenda_item_id, position);
CREATE INDEX announcements_person ON announcements(person_id);
CREATE INDEX announcements_by_origin ON announcements (origin);
