-- A recorded ranking of a gig or project keeps what it develops, and each candidate what they wanted to develop of
-- it: a past ranking then explains its growth as the live one does (MatchRankingRecorded revision 2). NULL for a
-- vacancy or a slate, and for a ranking recorded before revision 2, which did not record them.
ALTER TABLE tp_ranking ADD COLUMN develops TEXT[];
ALTER TABLE tp_ranking_entry ADD COLUMN grows TEXT[];

-- A gig or project has no role. Its recorded ranking (HR or a panel keeping it, POST /openings/{id}/rankings) failed
-- this table's constraint, and the talent pool stopped at that event, retrying it; with the constraint gone, a
-- processor stopped there takes it on its next try.
ALTER TABLE tp_ranking ALTER COLUMN role_id DROP NOT NULL;
