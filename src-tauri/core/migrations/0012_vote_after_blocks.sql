-- Real GAs (ga-process.md, revised "Decision rules (exact)").
--
-- Under every rule with a vote, `support` and `against` are now the vote, blockers
-- included as they voted; before, the blocks were added to the votes against. A
-- decision stored by the previous release therefore moves its blocks into `against`:
-- the ratio, the participants and the outcome stay exactly what they were (a block
-- without a vote was a vote against then, and is one now). `blocks` keeps meaning the
-- number of blocks (now: named or only counted).
UPDATE decisions SET against = against + blocks WHERE rule <> 'consensus' AND blocks > 0;

