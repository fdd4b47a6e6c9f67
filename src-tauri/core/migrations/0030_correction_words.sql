-- What a correction changed and its values, said again in the reader's language (issue
-- 15): each as JSON (`correction::Worded`: a message of minutes.ftl — `correction-…`, a
-- rule's or a role's word — with its values, or a decision's numbers, which
-- `decision::Sentences` says), NULL for words the same in every language (a name, notes
-- as typed, a time). `what`, `before` and `after` keep the English, for `--json` and for
-- a Plenary that knows no such column; a correction kept before this migration has no
-- words (NULL): its English is shown as it was, in every language. Local, like the rest
-- of `corrections`.
ALTER TABLE corrections ADD COLUMN what_said TEXT;
ALTER TABLE corrections ADD COLUMN before_said TEXT;
ALTER TABLE corrections ADD COLUMN after_said TEXT;
