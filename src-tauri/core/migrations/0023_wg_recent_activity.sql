-- The dashboard shows the working groups most recently heard from (issue 20): a WG's
-- latest report-back is read from this index, one step per group, however long its
-- history (without it, every report-back of every active group would be read).
CREATE INDEX report_backs_wg_latest ON report_backs (wg_id, created_at);
