-- Search across every assembly (issue #17): one full-text index over working groups,
-- report-backs, proposals (every version's text), decisions and minutes, own and imported.
--
-- What each kind of hit is made of is said once, by a view `search_src_<kind>` (record id,
-- origin, title, body). The triggers below re-index a record from its view inside the same
-- statement — so inside the same transaction — as the change that made it stale: an
-- action, a correction, an import (it writes through these tables), an import undone, a
-- person forgotten. The search module reads titles and snippets back from the same views.
--
-- The index is a *contentless* FTS5 table (`content=''`) with `contentless_delete=1`:
-- it keeps only the inverted index, not a second copy of every text (the records already
-- hold it, and the views read it back for snippets), so it adds a fraction of the text's
-- size instead of doubling it; and a name rewritten by forgetting a person does not live on
-- in a copy. An external-content table would also avoid the copy, but it reads its content
-- by rowid, and our records' rowids are not stable (VACUUM may renumber rowids of tables
-- without an INTEGER PRIMARY KEY, and forgetting a person VACUUMs). `search_docs` gives
-- each indexed record a stable rowid of its own and says what it is and whose it is.
-- Deleted rows leave their terms in old index segments until they are merged: forgetting
-- a person merges them all ('optimize') before it VACUUMs, so the name's bytes go.

CREATE TABLE search_docs (
    id         INTEGER PRIMARY KEY,   -- the rowid of the record's row in search_fts
    kind       TEXT NOT NULL CHECK (kind IN ('wg', 'report-back', 'proposal', 'decision', 'minutes')),
    record_id  BLOB NOT NULL,         -- the record: a WG, report-back, proposal, decision or agenda item
    origin     BLOB NOT NULL,         -- its assembly
    UNIQUE (kind, record_id)
);
CREATE INDEX search_docs_origin ON search_docs(origin, kind);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The index's term list (how many records hold a term), for choosing the telling words
-- of a record when looking for its namesakes.
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_fts, 'row');

CREATE VIEW search_src_wg AS
SELECT w.id AS record_id, w.origin AS origin, w.name AS title, w.description AS body
FROM working_groups w;

CREATE VIEW search_src_report_back AS
SELECT r.id AS record_id, r.origin AS origin, r.on_behalf_of AS title,
       trim(r.summary || char(10) || r.asks || char(10) || r.announcements) AS body
FROM report_backs r;

-- A proposal's body is its text and every version's text that differs from it.
CREATE VIEW search_src_proposal AS
SELECT p.id AS record_id, p.origin AS origin, p.title AS title,
       p.text || coalesce(char(10) || (SELECT group_concat(v.text, char(10))
                                         FROM proposal_versions v
                                        WHERE v.proposal_id = p.id AND v.text <> p.text), '') AS body
FROM proposals p;

-- A decision is found by its proposal's title, its outcome, the dispute note and the
-- reasons given for blocks and stand-asides.
CREATE VIEW search_src_decision AS
SELECT d.id AS record_id, d.origin AS origin, p.title AS title,
       trim(d.outcome || char(10) || d.dispute_note || coalesce(char(10) || (
           SELECT group_concat(s.reason, char(10)) FROM decision_stances s
            WHERE s.decision_id = d.id AND s.reason IS NOT NULL), '')) AS body
FROM decisions d JOIN proposals p ON p.id = d.proposal_id;

-- The minutes of an agenda item: the minute-taker's notes, announcements, action items,
-- clarifying questions and concerns with their answers. Items with none of these (a bare
-- "Welcome") are not indexed: their titles would bury the hits that say something.
CREATE VIEW search_src_minutes AS
SELECT record_id, origin, title, body FROM (
    SELECT i.id AS record_id, i.origin AS origin, i.title AS title,
           trim(i.notes
             || coalesce(char(10) || (SELECT group_concat(trim(a.on_behalf_of || ' ' || a.text), char(10))
                                        FROM announcements a WHERE a.agenda_item_id = i.id), '')
             || coalesce(char(10) || (SELECT group_concat(x.text, char(10))
                                        FROM action_items x WHERE x.agenda_item_id = i.id), '')
             || coalesce(char(10) || (SELECT group_concat(q.question || coalesce(' ' || q.answer, ''), char(10))
                                        FROM clarifying_questions q WHERE q.agenda_item_id = i.id), '')
             || coalesce(char(10) || (SELECT group_concat(trim(c.concern || ' ' || c.response), char(10))
                                        FROM concerns c WHERE c.agenda_item_id = i.id), '')) AS body
    FROM agenda_items i
) WHERE body <> '';


-- working_groups → 'wg'

CREATE TRIGGER search_working_groups_ai AFTER INSERT ON working_groups BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'wg', record_id, origin FROM search_src_wg WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_working_groups_au AFTER UPDATE OF name, description ON working_groups BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'wg' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'wg', record_id, origin FROM search_src_wg WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_working_groups_ad AFTER DELETE ON working_groups BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'wg' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'wg' AND record_id IN (OLD.id);
END;

-- report_backs → 'report-back'

CREATE TRIGGER search_report_backs_ai AFTER INSERT ON report_backs BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'report-back', record_id, origin FROM search_src_report_back WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_report_backs_au AFTER UPDATE OF summary, asks, announcements, on_behalf_of ON report_backs BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'report-back' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'report-back', record_id, origin FROM search_src_report_back WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_report_backs_ad AFTER DELETE ON report_backs BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'report-back' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'report-back' AND record_id IN (OLD.id);
END;

-- decisions → 'decision'

CREATE TRIGGER search_decisions_ai AFTER INSERT ON decisions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_decisions_au AFTER UPDATE OF outcome, dispute_note ON decisions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_decisions_ad AFTER DELETE ON decisions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.id);
END;

-- agenda_items → 'minutes'

CREATE TRIGGER search_agenda_items_ai AFTER INSERT ON agenda_items BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_agenda_items_au AFTER UPDATE OF title, notes ON agenda_items BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
END;

CREATE TRIGGER search_agenda_items_ad AFTER DELETE ON agenda_items BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.id);
END;

-- proposals → 'proposal', and the decisions that carry its title

CREATE TRIGGER search_proposals_ai AFTER INSERT ON proposals BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
END;

CREATE TRIGGER search_proposals_au AFTER UPDATE OF title, text ON proposals BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.id);
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (SELECT id FROM decisions WHERE proposal_id = NEW.id);
END;

CREATE TRIGGER search_proposals_ad AFTER DELETE ON proposals BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.id);
END;

-- proposal_versions: part of the 'proposal' of its proposal_id

CREATE TRIGGER search_proposal_versions_ai AFTER INSERT ON proposal_versions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.proposal_id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (NEW.proposal_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (NEW.proposal_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.proposal_id);
END;

CREATE TRIGGER search_proposal_versions_au AFTER UPDATE ON proposal_versions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id, NEW.proposal_id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id, NEW.proposal_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (OLD.proposal_id, NEW.proposal_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.proposal_id, NEW.proposal_id);
END;

CREATE TRIGGER search_proposal_versions_ad AFTER DELETE ON proposal_versions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id));
    DELETE FROM search_docs WHERE kind = 'proposal' AND record_id IN (OLD.proposal_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal WHERE record_id IN (OLD.proposal_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.proposal_id);
END;

-- decision_stances: part of the 'decision' of its decision_id

CREATE TRIGGER search_decision_stances_ai AFTER INSERT ON decision_stances BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.decision_id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (NEW.decision_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (NEW.decision_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.decision_id);
END;

CREATE TRIGGER search_decision_stances_au AFTER UPDATE ON decision_stances BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id, NEW.decision_id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id, NEW.decision_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (OLD.decision_id, NEW.decision_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.decision_id, NEW.decision_id);
END;

CREATE TRIGGER search_decision_stances_ad AFTER DELETE ON decision_stances BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id));
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id IN (OLD.decision_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision WHERE record_id IN (OLD.decision_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.decision_id);
END;

-- announcements: part of the 'minutes' of its agenda_item_id

CREATE TRIGGER search_announcements_ai AFTER INSERT ON announcements BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;

CREATE TRIGGER search_announcements_au AFTER UPDATE ON announcements BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;

CREATE TRIGGER search_announcements_ad AFTER DELETE ON announcements BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- action_items: part of the 'minutes' of its agenda_item_id

CREATE TRIGGER search_action_items_ai AFTER INSERT ON action_items BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;

CREATE TRIGGER search_action_items_au AFTER UPDATE ON action_items BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;

CREATE TRIGGER search_action_items_ad AFTER DELETE ON action_items BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- clarifying_questions: part of the 'minutes' of its agenda_item_id

CREATE TRIGGER search_clarifying_questions_ai AFTER INSERT ON clarifying_questions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;

CREATE TRIGGER search_clarifying_questions_au AFTER UPDATE ON clarifying_questions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;

CREATE TRIGGER search_clarifying_questions_ad AFTER DELETE ON clarifying_questions BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- concerns: part of the 'minutes' of its agenda_item_id

CREATE TRIGGER search_concerns_ai AFTER INSERT ON concerns BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (NEW.agenda_item_id);
END;

CREATE TRIGGER search_concerns_au AFTER UPDATE ON concerns BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id, NEW.agenda_item_id);
END;

CREATE TRIGGER search_concerns_ad AFTER DELETE ON concerns BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id));
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id IN (OLD.agenda_item_id);
    INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes WHERE record_id IN (OLD.agenda_item_id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id
        WHERE s.record_id IN (OLD.agenda_item_id);
END;

-- The index of the records already here (a database made by an earlier release).

INSERT INTO search_docs (kind, record_id, origin) SELECT 'wg', record_id, origin FROM search_src_wg;

INSERT INTO search_docs (kind, record_id, origin) SELECT 'report-back', record_id, origin FROM search_src_report_back;

INSERT INTO search_docs (kind, record_id, origin) SELECT 'proposal', record_id, origin FROM search_src_proposal;

INSERT INTO search_docs (kind, record_id, origin) SELECT 'decision', record_id, origin FROM search_src_decision;

INSERT INTO search_docs (kind, record_id, origin) SELECT 'minutes', record_id, origin FROM search_src_minutes;

INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, s.title, s.body FROM search_src_wg s JOIN search_docs d ON d.kind = 'wg' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, s.title, s.body FROM search_src_report_back s JOIN search_docs d ON d.kind = 'report-back' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, s.title, s.body FROM search_src_proposal s JOIN search_docs d ON d.kind = 'proposal' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, s.title, s.body FROM search_src_decision s JOIN search_docs d ON d.kind = 'decision' AND d.record_id = s.record_id;

INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, s.title, s.body FROM search_src_minutes s JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = s.record_id;
