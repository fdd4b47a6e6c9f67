-- What each import changed, so that it can be taken back whole (`plenary bundle
-- undo-import`) at a cost that follows the bundle, not the database: the ids of the rows
-- it inserted (one JSON array per table) and the rows it replaced or deleted as they were
-- before (one JSON object each). Written in the import's own transaction. Replaces the
-- full backup that was taken before every import (issue #20).
CREATE TABLE import_undo (
    received_id  TEXT NOT NULL REFERENCES received_bundles(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    record_table TEXT NOT NULL,
    change       TEXT NOT NULL CHECK (change IN ('inserted', 'replaced', 'deleted')),
    data         TEXT NOT NULL,
    PRIMARY KEY (received_id, seq)
);
