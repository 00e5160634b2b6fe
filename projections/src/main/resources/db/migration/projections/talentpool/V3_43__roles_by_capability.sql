-- A gig's or project's matches ask, per request, what the roles of each family require of the capabilities it
-- develops (TalentPool#withNeeds): the few hundred roles naming one of them, found through this index instead of a
-- scan of every role (docs/decisions/035-gig-tiers-ranked-in-the-database.md). Only queries use it: a rebuild drops
-- it and builds it after the load (ReadModel's query indexes).
CREATE INDEX tp_role_required_capabilities ON tp_role USING gin (required_capabilities) WITH (fastupdate = off);
