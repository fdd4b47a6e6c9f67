-- Two pages of proposals that read far more than their page (issue 20; figures from
-- sqlite3 on the ten years with ten assemblies at 0.1, 10,000 proposals):
--
-- A working group's proposals of one status, newest first (the groups of its page). With
-- only the status index (status, year, number, id), SQLite read the proposals of that
-- status newest first until it had ten of the group's: most of the 8,499 decided ones for
-- a group of 25, 2-6 ms a group, four groups before the page is drawn; now 0.3 ms. The
-- index leads with wg_id, so it also serves that foreign key (0009's proposals_by_wg_id,
-- which it replaces).
DROP INDEX proposals_by_wg_id;
CREATE INDEX proposals_by_wg ON proposals (wg_id, status, year, number, id);

-- Every proposal known here, newest first (the federation view's list, unfiltered): no
-- index had (year, number, id) first, so SQLite read all 10,000 and sorted them for a
-- page of twenty, 24-33 ms (72-86 ms in the window, where the next screen's commands
-- waited behind it); now the page is read from this index and stops after its rows.
CREATE INDEX proposals_newest ON proposals (year, number, id);
