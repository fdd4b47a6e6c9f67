-- Plenary schema 6: a meeting's planned start time.
--
-- Local wall-clock time "HH:MM" (24-hour) on the meeting's date, or NULL when not set.
-- With the agenda's allotted minutes it gives the planned end time.
ALTER TABLE meetings ADD COLUMN starts_at TEXT
    CHECK (starts_at IS NULL OR (length(starts_at) = 5 AND starts_at GLOB '[0-2][0-9]:[0-5][0-9]'));
