-- Plenary schema: bundles between assemblies (docs/bundle-format.md).
--
-- This migration only touches tables of 0001, so that it applies after any other
-- migration that adds tables of its own.

-- An adopted proposal points at the proposal it was copied from. No foreign key: the
-- original may belong to an assembly whose records a later importer does not hold.
ALTER TABLE proposals ADD COLUMN derived_from TEXT;
CREATE INDEX proposals_derived_from ON proposals(derived_from) WHERE derived_from IS NOT NULL;

-- Every bundle file that changed something here, kept byte for byte so that it can be
-- passed on to another assembly untouched (its signature stays valid). Kept in the
-- database rather than beside it: one file to back up, and the bytes commit in the same
-- transaction as the records they brought.
CREATE TABLE received_bundles (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL REFERENCES assemblies(id),  -- the importing (local) assembly
    assembly_id  TEXT NOT NULL REFERENCES assemblies(id),  -- the assembly that made the bundle
    sha256       TEXT NOT NULL UNIQUE,                     -- of the whole file, hex
    file_name    TEXT NOT NULL,
    size         INTEGER NOT NULL,
    made_at      TEXT NOT NULL,                            -- the manifest's creation time
    scope        TEXT NOT NULL,                            -- JSON, as in the manifest
    report       TEXT NOT NULL,                            -- JSON: what the import did
    bytes        BLOB NOT NULL,
    created_at   TEXT NOT NULL,                            -- when it was imported
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX received_bundles_assembly ON received_bundles(assembly_id, created_at);

-- Deleted records, so that a deletion travels in bundles and an older bundle cannot bring
-- a deleted record back. Rows of the local assembly are written by temporary triggers
-- (bundle/tables.rs) on every exported table; rows of other assemblies come with their
-- bundles.
CREATE TABLE tombstones (
    id            TEXT PRIMARY KEY,   -- the deleted record's id
    origin        TEXT NOT NULL,      -- the assembly that owned it
    record_table  TEXT NOT NULL,
    deleted_at    TEXT NOT NULL
);
CREATE INDEX tombstones_origin ON tombstones(origin, deleted_at);
