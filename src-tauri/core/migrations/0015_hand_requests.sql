-- The room (architecture.md, "The room"): hands raised from participants' phones,
-- waiting for the stack-keeper to accept them into the stack or decline them.
--
-- Local only (bundle/tables.rs LOCAL_ONLY): a request names a device of the room, not a
-- record of the assembly; an accepted one becomes a stack entry, which is the record.

CREATE TABLE hand_requests (
    id              TEXT PRIMARY KEY,
    origin          TEXT NOT NULL REFERENCES assemblies(id),
    meeting_id      TEXT NOT NULL REFERENCES meetings(id),
    -- The random id the phone's browser keeps for the room (a cookie): one pending
    -- request per device.
    device          TEXT NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('process', 'information', 'clarifying', 'direct-response', 'speak')),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    -- Set when accepted: the entry it became (removed with its agenda item's stack).
    stack_entry_id  TEXT REFERENCES stack_entries(id) ON DELETE SET NULL,
    decided_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX hand_requests_one_pending ON hand_requests(meeting_id, device) WHERE status = 'pending';
CREATE INDEX hand_requests_meeting ON hand_requests(meeting_id, status, created_at);
CREATE INDEX hand_requests_entry ON hand_requests(stack_entry_id) WHERE stack_entry_id IS NOT NULL;
CREATE INDEX hand_requests_origin ON hand_requests(origin);
