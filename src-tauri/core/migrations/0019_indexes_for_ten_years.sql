-- Plenary schema 19: indexes the window needs on ten years of record
-- (docs/PERFORMANCE.md, "The window at scale").
--
-- The minutes list everyone a meeting's records name (person.rs, people_in_meeting), and
-- for speeches that asks for `speeches.meeting_id = ?`: with no index on that column
-- SQLite read every speech of the record — 855,000 on the ten-year dataset, 0.2–0.4 s
-- per minutes. Migration 9 indexed the columns that name people; this one names a meeting.
CREATE INDEX speeches_by_meeting_id ON speeches(meeting_id);

-- The federation's decisions, newest first (federation.rs, FED_DECISION_FROM): walked
-- from the newest meeting down in (date, number) order, a page reads its rows and stops,
-- instead of every decision sorted.
CREATE INDEX meetings_by_date_number ON meetings(date, number);

-- The proposals board: a status's proposals newest first, and each status counted
-- (proposal.rs, proposals_page and proposal_counts) — without it, every proposal (texts
-- and all) read for each status.
CREATE INDEX proposals_by_status ON proposals(status, year, number, id);
