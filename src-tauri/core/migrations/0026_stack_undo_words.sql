-- What a stack undo step undoes, said again in the stack-keeper's language (issue 15): a
-- message of stack.ftl (`stack-undone-…`) and its values — names as typed, a kind, a
-- time limit, a floor policy — as JSON. `label` keeps the English for the journal; a
-- step recorded before this migration has no words (NULL): it is shown with its action's
-- own words in other languages, as before. Local, like the rest of stack_undo.
ALTER TABLE stack_undo ADD COLUMN words TEXT;
