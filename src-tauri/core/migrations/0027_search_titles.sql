-- The records' titles in an index of their own (issue #17, the budget's size: ten years
-- plus ten other assemblies of the same size, 522,000 documents).
--
-- When a search's words are in more than 1,000 records, the records whose title has them
-- come first (search.rs). Which those are was asked of `search_fts` with a column filter
-- (`{title} : …`), and a column filter makes FTS5 read the positions of every record that
-- has the words, in any column: for common words that are in few titles or none, a read
-- of most of the index at every search (two common words: p99 25.8 ms on that dataset).
-- `search_titles` holds the same documents under the same rowids (`search_docs.id`), the
-- title and the assembly only, so that question reads the titles' short lists.
--
-- It is kept by triggers on `search_docs`: every trigger that indexes a record (0021)
-- deletes its `search_docs` row and inserts it again, so the title follows every change
-- that re-indexes the record, in the same statement. The title is read from the kind's
-- view (0020), as `search_fts` reads it. While the search triggers are paused (a whole
-- history imported, `search::index_in_bulk`) these are too: the bulk pass indexes the
-- titles with the rest. It has the columns of `search_fts`, the body always empty, so
-- that any query of that index can be asked of this one (`{title body} : …`); and
-- prefix indexes of 1 to 4 characters, as `search_fts` has (0025): the word being typed
-- is asked of the titles too.

CREATE VIRTUAL TABLE search_titles USING fts5(
    title, body, origin,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);

INSERT INTO search_titles (rowid, title, origin)
    SELECT d.id, s.title, lower(hex(s.origin)) FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id;

INSERT INTO search_titles (rowid, title, origin)
    SELECT d.id, s.title, lower(hex(s.origin)) FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id;

INSERT INTO search_titles (rowid, title, origin)
    SELECT d.id, s.title, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id;

INSERT INTO search_titles (rowid, title, origin)
    SELECT d.id, s.title, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id;

INSERT INTO search_titles (rowid, title, origin)
    SELECT d.id, s.title, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id;

CREATE TRIGGER search_titles_ai AFTER INSERT ON search_docs WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT INTO search_titles (rowid, title, origin)
        SELECT NEW.id, title, lower(hex(origin)) FROM search_src_wg WHERE NEW.kind = 'wg' AND record_id = NEW.record_id
        UNION ALL
        SELECT NEW.id, title, lower(hex(origin)) FROM search_src_report_back WHERE NEW.kind = 'report-back' AND record_id = NEW.record_id
        UNION ALL
        SELECT NEW.id, title, lower(hex(origin)) FROM search_src_proposal WHERE NEW.kind = 'proposal' AND record_id = NEW.record_id
        UNION ALL
        SELECT NEW.id, title, lower(hex(origin)) FROM search_src_decision WHERE NEW.kind = 'decision' AND record_id = NEW.record_id
        UNION ALL
        SELECT NEW.id, title, lower(hex(origin)) FROM search_src_minutes WHERE NEW.kind = 'minutes' AND record_id = NEW.record_id;
END;

CREATE TRIGGER search_titles_ad AFTER DELETE ON search_docs WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_titles WHERE rowid = OLD.id;
END;
