-- The latest decisions of one assembly (the federation summary's three per assembly, and
-- the decisions list filtered to one): the decisions are read from the newest GA down,
-- and with only the (date, number) index SQLite walked every assembly's GAs until it met
-- enough of this one's, 0.35 ms an assembly on ten years with ten others at 0.1 (4 ms of
-- the summary's 5.7), and more the further back an assembly's last GA. With this index
-- it walks that assembly's GAs alone: 0.1 ms.
CREATE INDEX meetings_by_origin_date ON meetings (origin, date, number);
