-- Gigs and projects are openings without a role (issue 30): the command side knows each opening's kind, so that a
-- vacancy is filled and a gig or project is applied for, each refusing the other's path.
ALTER TABLE command_opening ALTER COLUMN role_id DROP NOT NULL;
ALTER TABLE command_opening ADD COLUMN kind TEXT NOT NULL DEFAULT 'ROLE';

-- Named talent pools (issue 30): which pool ids are taken, for a 409 before a second creation and a 404 before a
-- nomination to a pool that does not exist.
CREATE TABLE command_talent_pool (
    pool_id TEXT PRIMARY KEY
);
