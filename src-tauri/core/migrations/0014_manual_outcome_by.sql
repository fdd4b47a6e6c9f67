-- A manual outcome (tabled, withdrawn, sent back) says who and why (ga-process.md,
-- "Decision rules (exact)"): `note` is the why, `by_whom` the who ("the proposers",
-- "the facilitator"). Empty for every other change of status, and for the manual
-- outcomes recorded before this (the minutes then print the outcome alone).
ALTER TABLE proposal_status_changes ADD COLUMN by_whom TEXT NOT NULL DEFAULT '';
