-- What became of an inbox file, said again in the reader's language (issue 15): the note
-- as a message of errors.ftl (`error-federation-note-…`) and its values — a file's name,
-- counts, a bundle's own refusal as a message inside it — as JSON (`Said`: code, args,
-- the English). `note` keeps the English, for `--json` and for a Plenary that knows no
-- such column; a row kept before this migration has no words (NULL): its English note is
-- shown as it was, in every language. Local, like the rest of federation_files.
ALTER TABLE federation_files ADD COLUMN note_said TEXT;
