-- Plenary schema 19: the speeches of a meeting found through an index.
--
-- The minutes list everyone a meeting's records name (person.rs, people_in_meeting), and
-- for speeches that asks for `speeches.meeting_id = ?`: with no index on that column
-- SQLite read every speech of the record — 855,000 on the ten-year dataset, ~0.5 s per
-- minutes (docs/PERFORMANCE.md, "The window at scale"). Migration 9 indexed the columns
-- that name people; this column names a meeting.
CREATE INDEX speeches_by_meeting_id ON speeches(meeting_id);
