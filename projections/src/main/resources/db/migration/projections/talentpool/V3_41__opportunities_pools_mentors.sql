-- Issue 30: gigs and projects are openings without a role; named talent pools; the moves the mentor finder reads.

-- A gig or project has no role, level or family, but hours, dates, seats and what it develops. "Filled" when its
-- last seat is taken, so the open openings stay the rows with no filled_on.
ALTER TABLE tp_opening ALTER COLUMN role_id DROP NOT NULL;
ALTER TABLE tp_opening ALTER COLUMN level DROP NOT NULL;
ALTER TABLE tp_opening ALTER COLUMN role_family DROP NOT NULL;
ALTER TABLE tp_opening ADD COLUMN kind TEXT NOT NULL DEFAULT 'ROLE';
ALTER TABLE tp_opening ADD COLUMN hours_per_week INT;
ALTER TABLE tp_opening ADD COLUMN starts_on DATE;
ALTER TABLE tp_opening ADD COLUMN ends_on DATE;
ALTER TABLE tp_opening ADD COLUMN develops_capabilities TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE tp_opening ADD COLUMN sponsor_id TEXT;
ALTER TABLE tp_opening ADD COLUMN seats INT NOT NULL DEFAULT 1;
ALTER TABLE tp_opening ADD COLUMN taken INT NOT NULL DEFAULT 0;

-- Who asked for a gig or project, whose manager agreed, who completed it.
CREATE TABLE tp_taking (
    opening_id   UUID        NOT NULL,
    employee_id  VARCHAR(64) NOT NULL,
    state        VARCHAR(16) NOT NULL,
    applied_on   DATE        NOT NULL,
    agreed_on    DATE,
    completed_on DATE,
    PRIMARY KEY (opening_id, employee_id)
);
CREATE INDEX tp_taking_employee ON tp_taking (employee_id);

-- Growth candidates of a gig: marketplace people whose shared target families' roles ask for what it develops.
CREATE INDEX tp_person_marketplace_families ON tp_person USING gin (target_role_families) WITH (fastupdate = off)
    WHERE marketplace_visible AND share_capabilities AND share_aspiration AND share_direction AND employed
        AND NOT erased;

-- The MENTOR share: found by colleagues who want to make a move this person has made.
ALTER TABLE tp_person ADD COLUMN share_mentor BOOLEAN NOT NULL DEFAULT FALSE;

-- Every move a person made, from the log. The mentor finder resolves its role family when it reads (the opening it
-- filled, else a role titled as the job), so a move is right whichever segment saw the opening first.
CREATE TABLE tp_move (
    employee_id   VARCHAR(64) NOT NULL,
    sequence      BIGINT      NOT NULL,
    opening_id    UUID,
    move_type     VARCHAR(20) NOT NULL,
    job_title     TEXT        NOT NULL,
    function      TEXT        NOT NULL,
    level         TEXT        NOT NULL,
    from_function TEXT        NOT NULL,
    from_level    TEXT        NOT NULL,
    moved_on      DATE        NOT NULL,
    PRIMARY KEY (employee_id, sequence)
);
CREATE INDEX tp_move_opening ON tp_move (opening_id) WHERE opening_id IS NOT NULL;
CREATE INDEX tp_move_title ON tp_move (job_title);

-- Named talent pools: a rule over consented profiles (as grades, the same containment succession discovery uses),
-- and nominated members.
CREATE TABLE tp_named_pool (
    pool_id          TEXT    PRIMARY KEY,
    name             TEXT    NOT NULL,
    confidential     BOOLEAN NOT NULL,
    role_family      TEXT,
    has_rule         BOOLEAN NOT NULL,
    rule_capabilities TEXT[] NOT NULL DEFAULT '{}',
    rule_levels      INT[]   NOT NULL DEFAULT '{}',
    rule_grades      TEXT[]  NOT NULL DEFAULT '{}',
    rule_directions  TEXT[]  NOT NULL DEFAULT '{}',
    rule_functions   TEXT[]  NOT NULL DEFAULT '{}',
    created_by       TEXT    NOT NULL
);

CREATE TABLE tp_pool_member (
    pool_id      TEXT        NOT NULL,
    employee_id  VARCHAR(64) NOT NULL,
    reason       TEXT        NOT NULL,
    nominated_by TEXT        NOT NULL,
    nominated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pool_id, employee_id)
);
CREATE INDEX tp_pool_member_employee ON tp_pool_member (employee_id);

-- The pool a role's succession draws from.
ALTER TABLE tp_role ADD COLUMN pool_id TEXT;

-- Existing databases replay the log into the new columns and tables (MENTOR shares, moves).
INSERT INTO projection_rebuild (processor, requested_by)
SELECT 'talent-pool', 'migration V3_41' WHERE EXISTS (SELECT 1 FROM tokenentry WHERE processorname = 'talent-pool')
ON CONFLICT DO NOTHING;
