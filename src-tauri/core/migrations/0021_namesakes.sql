-- Namesakes that rank hundreds of records, a filter by assembly inside the index, and an
-- import preview that does not index (issue #17; migration 0020 made the search index).
--
-- 1. Two small indexes for namesakes, one row per record: `namesake_wgs` (a WG's name and
--    description) and `namesake_proposals` (a proposal's title and current text), own and
--    imported. Looking for a WG's or a proposal's namesakes in the whole search index
--    matched most report-backs and most of the history (0.2 s for a WG, 23–61 s for a
--    proposal on ten years with ten assemblies); here only its own kind is matched. Their
--    rowids are the record's `search_docs` id, so the same triggers keep them, in the same
--    transactions as the records. Each has a term list (`namesake_*_terms`) from which a
--    record's telling words — its rarest — are chosen.
-- 2. `search_fts` gets a third column, `origin`: the record's assembly as one token (the
--    32 hex digits of its id), so that a search filtered to one assembly is an AND inside
--    the index instead of a look at each match's assembly. The namesake indexes have it
--    too (a record's own assembly is left out with NOT). It weighs nothing in the ranking
--    (bm25 weight 0), and a person's words are matched in title and body only. FTS5 has
--    no ALTER, so the table is made again and refilled under the same rowids.
-- 3. `search_paused`: while it holds a row, the triggers do not index. Only the import
--    preview's dry run sets it, inside the savepoint it rolls back (the row goes with the
--    rest), so a dry run checks a bundle without indexing it (12 s of a ten-year bundle's
--    preview was the indexing of records that were then thrown away).
--
-- The triggers are 0020's, each with the pause, the origin column and the namesake rows.

CREATE TABLE search_paused (
    only INTEGER PRIMARY KEY CHECK (only = 1)
);

DROP TRIGGER search_working_groups_ai;
DROP TRIGGER search_working_groups_au;
DROP TRIGGER search_working_groups_ad;
DROP TRIGGER search_report_backs_ai;
DROP TRIGGER search_report_backs_au;
DROP TRIGGER search_report_backs_ad;
DROP TRIGGER search_decisions_ai;
DROP TRIGGER search_decisions_au;
DROP TRIGGER search_decisions_ad;
DROP TRIGGER search_agenda_items_ai;
DROP TRIGGER search_agenda_items_au;
DROP TRIGGER search_agenda_items_ad;
DROP TRIGGER search_proposals_ai;
DROP TRIGGER search_proposals_au;
DROP TRIGGER search_proposals_ad;
DROP TRIGGER search_proposal_versions_ai;
DROP TRIGGER search_proposal_versions_au;
DROP TRIGGER search_proposal_versions_ad;
DROP TRIGGER search_decision_stances_ai;
DROP TRIGGER search_decision_stances_au;
DROP TRIGGER search_decision_stances_ad;
DROP TRIGGER search_announcements_ai;
DROP TRIGGER search_announcements_au;
DROP TRIGGER search_announcements_ad;
DROP TRIGGER search_action_items_ai;
DROP TRIGGER search_action_items_au;
DROP TRIGGER search_action_items_ad;
DROP TRIGGER search_clarifying_questions_ai;
DROP TRIGGER search_clarifying_questions_au;
DROP TRIGGER search_clarifying_questions_ad;
DROP TRIGGER search_concerns_ai;
DROP TRIGGER search_concerns_au;
DROP TRIGGER search_concerns_ad;

DROP TABLE search_terms;
DROP TABLE search_fts;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, origin,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_fts, 'row');

CREATE VIRTUAL TABLE namesake_wgs USING fts5(
    title, body, origin,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE namesake_wg_terms USING fts5vocab(namesake_wgs, 'row');

CREATE VIRTUAL TABLE namesake_proposals USING fts5(
    title, body, origin,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE namesake_proposal_terms USING fts5vocab(namesake_proposals, 'row');

-- working_groups → 'wg'
CREATE TRIGGER search_working_groups_ai AFTER INSERT ON working_groups WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id));
    DELETE FROM namesake_wgs WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'wg', record_id, origin FROM search_src_wg WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
    INSERT INTO namesake_wgs (rowid, title, body, origin)
        SELECT d.id, w.name, w.description, lower(hex(w.origin)) FROM working_groups w JOIN search_docs d ON d.kind = 'wg' AND d.record_id = w.id
        WHERE w.id IN (NEW.id);
END;
CREATE TRIGGER search_working_groups_au AFTER UPDATE OF name, description ON working_groups WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id));
    DELETE FROM namesake_wgs WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'wg', record_id, origin FROM search_src_wg WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
    INSERT INTO namesake_wgs (rowid, title, body, origin)
        SELECT d.id, w.name, w.description, lower(hex(w.origin)) FROM working_groups w JOIN search_docs d ON d.kind = 'wg' AND d.record_id = w.id
        WHERE w.id IN (NEW.id);
END;
CREATE TRIGGER search_working_groups_ad AFTER DELETE ON working_groups WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (OLD.id));
    DELETE FROM namesake_wgs WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'wg' AND record_id IN (OLD.id);
END;

-- report_backs → 'report-back'
CREATE TRIGGER search_report_backs_ai AFTER INSERT ON report_backs WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'report-back', record_id, origin FROM search_src_report_back WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;
CREATE TRIGGER search_report_backs_au AFTER UPDATE OF summary, asks, announcements, on_behalf_of ON report_backs WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'report-back', record_id, origin FROM search_src_report_back WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;
CREATE TRIGGER search_report_backs_ad AFTER DELETE ON report_backs WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'report-back' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'report-back' AND record_id IN (OLD.id);
END;

-- decisions → 'decision'
CREATE TRIGGER search_decisions_ai AFTER INSERT ON decisions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;
CREATE TRIGGER search_decisions_au AFTER UPDATE OF outcome, dispute_note ON decisions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;
CREATE TRIGGER search_decisions_ad AFTER DELETE ON decisions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.id);
END;

-- agenda_items → 'minutes'
CREATE TRIGGER search_agenda_items_ai AFTER INSERT ON agenda_items WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;
CREATE TRIGGER search_agenda_items_au AFTER UPDATE OF title, notes ON agenda_items WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;
CREATE TRIGGER search_agenda_items_ad AFTER DELETE ON agenda_items WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.id);
END;

-- proposals → 'proposal', and the decisions that carry its title
CREATE TRIGGER search_proposals_ai AFTER INSERT ON proposals WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id));
    DELETE FROM namesake_proposals WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
    INSERT INTO namesake_proposals (rowid, title, body, origin)
        SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id
        WHERE p.id IN (NEW.id);
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
END;
CREATE TRIGGER search_proposals_au AFTER UPDATE OF title, text ON proposals WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id));
    DELETE FROM namesake_proposals WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
    INSERT INTO namesake_proposals (rowid, title, body, origin)
        SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id
        WHERE p.id IN (NEW.id);
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
END;
CREATE TRIGGER search_proposals_ad AFTER DELETE ON proposals WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.id));
    DELETE FROM namesake_proposals WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.id);
END;

-- proposal_versions: part of the 'proposal' of its proposal_id
CREATE TRIGGER search_proposal_versions_ai AFTER INSERT ON proposal_versions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.proposal_id));
    DELETE FROM namesake_proposals WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.proposal_id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.proposal_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (NEW.proposal_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.proposal_id);
    INSERT INTO namesake_proposals (rowid, title, body, origin)
        SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id
        WHERE p.id IN (NEW.proposal_id);
END;
CREATE TRIGGER search_proposal_versions_au AFTER UPDATE ON proposal_versions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id, NEW.proposal_id));
    DELETE FROM namesake_proposals WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id, NEW.proposal_id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id, NEW.proposal_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (OLD.proposal_id, NEW.proposal_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.proposal_id, NEW.proposal_id);
    INSERT INTO namesake_proposals (rowid, title, body, origin)
        SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id
        WHERE p.id IN (OLD.proposal_id, NEW.proposal_id);
END;
CREATE TRIGGER search_proposal_versions_ad AFTER DELETE ON proposal_versions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id));
    DELETE FROM namesake_proposals WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (OLD.proposal_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.proposal_id);
    INSERT INTO namesake_proposals (rowid, title, body, origin)
        SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id
        WHERE p.id IN (OLD.proposal_id);
END;

-- decision_stances: part of the 'decision' of its decision_id
CREATE TRIGGER search_decision_stances_ai AFTER INSERT ON decision_stances WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.decision_id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.decision_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (NEW.decision_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.decision_id);
END;
CREATE TRIGGER search_decision_stances_au AFTER UPDATE ON decision_stances WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id, NEW.decision_id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id, NEW.decision_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (OLD.decision_id, NEW.decision_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.decision_id, NEW.decision_id);
END;
CREATE TRIGGER search_decision_stances_ad AFTER DELETE ON decision_stances WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (OLD.decision_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.decision_id);
END;

-- announcements: part of the 'minutes' of its agenda_item_id
CREATE TRIGGER search_announcements_ai AFTER INSERT ON announcements WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;
CREATE TRIGGER search_announcements_au AFTER UPDATE ON announcements WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;
CREATE TRIGGER search_announcements_ad AFTER DELETE ON announcements WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- action_items: part of the 'minutes' of its agenda_item_id
CREATE TRIGGER search_action_items_ai AFTER INSERT ON action_items WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;
CREATE TRIGGER search_action_items_au AFTER UPDATE ON action_items WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;
CREATE TRIGGER search_action_items_ad AFTER DELETE ON action_items WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- clarifying_questions: part of the 'minutes' of its agenda_item_id
CREATE TRIGGER search_clarifying_questions_ai AFTER INSERT ON clarifying_questions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;
CREATE TRIGGER search_clarifying_questions_au AFTER UPDATE ON clarifying_questions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;
CREATE TRIGGER search_clarifying_questions_ad AFTER DELETE ON clarifying_questions WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- concerns: part of the 'minutes' of its agenda_item_id
CREATE TRIGGER search_concerns_ai AFTER INSERT ON concerns WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;
CREATE TRIGGER search_concerns_au AFTER UPDATE ON concerns WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;
CREATE TRIGGER search_concerns_ad AFTER DELETE ON concerns WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body, origin)
        SELECT d.id, s.title, s.body, lower(hex(s.origin)) FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- The index of the records already here, under the same rowids.

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

INSERT INTO namesake_wgs (rowid, title, body, origin)
    SELECT d.id, w.name, w.description, lower(hex(w.origin)) FROM working_groups w JOIN search_docs d ON d.kind = 'wg' AND d.record_id = w.id;

INSERT INTO namesake_proposals (rowid, title, body, origin)
    SELECT d.id, p.title, p.text, lower(hex(p.origin)) FROM proposals p JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = p.id;
