-- A hearing keeps the steps the facilitator passed over saying that nothing was raised
-- there (`proposal step --none`, issue 12): the minutes print "No clarifying questions
-- were asked." / "No concerns were raised." from these, as a paper minute would. Until
-- now only the journal kept it (`hearing.step`, detail `none_raised`): the hearings of
-- this database that were passed over so take it from there.
ALTER TABLE hearings ADD COLUMN no_questions INTEGER NOT NULL DEFAULT 0 CHECK (no_questions IN (0, 1));
ALTER TABLE hearings ADD COLUMN no_concerns INTEGER NOT NULL DEFAULT 0 CHECK (no_concerns IN (0, 1));

UPDATE hearings SET no_questions = 1, revision = revision + 1
WHERE agenda_item_id IN (
    SELECT record_id FROM journal
    WHERE action = 'hearing.step' AND json_extract(detail, '$.none_raised') = 'clarifying-questions')
  AND NOT EXISTS (SELECT 1 FROM clarifying_questions q WHERE q.agenda_item_id = hearings.agenda_item_id);

UPDATE hearings SET no_concerns = 1, revision = revision + 1
WHERE agenda_item_id IN (
    SELECT record_id FROM journal
    WHERE action = 'hearing.step' AND json_extract(detail, '$.none_raised') = 'concerns')
  AND NOT EXISTS (SELECT 1 FROM concerns c WHERE c.agenda_item_id = hearings.agenda_item_id)
  AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.agenda_item_id = hearings.agenda_item_id);
