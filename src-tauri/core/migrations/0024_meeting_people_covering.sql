-- Who a GA's record names (the minutes' list of people, `Db::people_in_meeting`) is read
-- from the GA's stack entries and speeches: ~600 and ~500 rows of a busy GA, each looked
-- up in its table for one column. With the people's columns in the meeting's index the
-- index alone answers (the whole export writes the minutes of every GA: issue 20). The
-- index by meeting keeps its name and first column, so whatever used it still does.
DROP INDEX stack_entries_by_meeting_id;
CREATE INDEX stack_entries_by_meeting_id ON stack_entries (meeting_id, person_id, responds_to_person_id);
DROP INDEX speeches_by_meeting_id;
CREATE INDEX speeches_by_meeting_id ON speeches (meeting_id, person_id);
