-- Plenary schema 18: federation through a shared folder (architecture.md, "Federation
-- through a shared folder"; docs/federation.md). All local (bundle/tables.rs LOCAL_ONLY):
-- where this installation's folders are and what it found in them says nothing about the
-- assembly's record; the records themselves travel in the bundles.

-- The folders this installation watches (inbox) and writes (outbox), one row at most,
-- and what it wrote there last: the next outbox bundle carries what changed since.
CREATE TABLE federation_folders (
    id                  TEXT PRIMARY KEY,
    origin              TEXT NOT NULL UNIQUE REFERENCES assemblies(id),
    inbox               TEXT NOT NULL,
    outbox              TEXT NOT NULL,
    -- When the inbox was last looked through.
    last_sync_at        TEXT,
    -- The last bundle of ours written to the outbox: its file name, the time the export
    -- started (records changed after it go in the next one) and the journal's last row
    -- then (no row of ours since: nothing can have changed).
    outbox_file         TEXT,
    outbox_at           TEXT,
    outbox_seq          INTEGER,
    outbox_records      INTEGER,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    revision            INTEGER NOT NULL DEFAULT 1,
    CHECK ((outbox_file IS NULL) = (outbox_at IS NULL))
);

-- Every bundle file seen in the inbox, by name, with its size and modification time as
-- last seen: a file seen unchanged is not read again; one that changed (a half-written
-- file finished, a broken one replaced) is tried again.
CREATE TABLE federation_files (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    file_name       TEXT NOT NULL UNIQUE,
    size            INTEGER NOT NULL,
    modified_ns     INTEGER NOT NULL,
    sha256          TEXT,
    -- imported: from a pinned key, imported (or here already); pending: from a key not
    -- known here, waiting for a person to approve its fingerprint; left-alone: not a
    -- complete bundle, or refused (note says why); own: this assembly's own bundle.
    state           TEXT NOT NULL CHECK (state IN ('imported', 'pending', 'left-alone', 'own')),
    note            TEXT NOT NULL,
    -- The assembly that made it and its key's fingerprint, when the manifest could be read.
    assembly_id     TEXT,
    assembly_name   TEXT,
    assembly_code   TEXT,
    fingerprint     TEXT,
    made_at         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX federation_files_state ON federation_files(state, fingerprint);
CREATE INDEX federation_files_origin ON federation_files(origin);

-- Every received bundle passed on into the outbox (relayed), by the SHA-256 of the file:
-- each is passed on once, however often it comes back through the folders.
CREATE TABLE federation_relayed (
    sha256      TEXT PRIMARY KEY,
    origin      TEXT NOT NULL REFERENCES assemblies(id),
    file_name   TEXT NOT NULL,
    relayed_at  TEXT NOT NULL
);
CREATE INDEX federation_relayed_origin ON federation_relayed(origin);
