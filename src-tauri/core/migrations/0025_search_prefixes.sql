-- The word being typed found from prefix indexes (issue #17, the budget's size: ten years
-- plus ten other assemblies of the same size, 522,000 documents).
--
-- The command palette searches as one types: the last word is a prefix ("thi" → this,
-- third…). Without a prefix index FTS5 answers a prefix by merging the whole word lists of
-- every word that starts with it into one list before the first hit is read, at every
-- evaluation (the count, the titles' count, the page): 80–120 ms a search on that
-- dataset, whatever the filter or the page size. With prefix indexes of 1 to 4
-- characters a prefix of that length is read like a word, a page at a time. (Longer
-- prefixes are merged as before; they match fewer words. docs/PERFORMANCE.md measures
-- both.)
--
-- FTS5 has no ALTER: the table is made again with the same columns and refilled under
-- the same rowids from the views and `search_docs`, as 0021 did. The triggers name the
-- table and keep working on the new one.

DROP TABLE search_terms;
DROP TABLE search_fts;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, origin,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_fts, 'row');

INSERT INTO search_fts (rowid, title, body, origin)
    SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body, origin)
    SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body, origin)
    SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body, origin)
    SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body, origin)
    SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id;
