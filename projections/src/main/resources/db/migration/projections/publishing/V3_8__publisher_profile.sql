-- What the profiles publisher knows of each person, to publish their whole marketplace profile after every change
-- (package io.talentplatform.projections.publishing). Only what may ever be published: no names, no free texts.
CREATE TABLE publisher_profile (
    employee_id          VARCHAR(64) PRIMARY KEY,
    job_title            TEXT    NOT NULL,
    level                TEXT    NOT NULL,
    function             TEXT    NOT NULL,
    employed             BOOLEAN NOT NULL DEFAULT TRUE,
    erased               BOOLEAN NOT NULL DEFAULT FALSE,
    marketplace_visible  BOOLEAN NOT NULL DEFAULT FALSE,
    shared_scopes        TEXT[]  NOT NULL DEFAULT '{}',
    -- capability -> {"level": n, "observedOn": "yyyy-mm-dd"}: the latest observation of each
    capabilities         JSONB   NOT NULL DEFAULT '{}',
    direction            TEXT,
    target_role_families TEXT[]  NOT NULL DEFAULT '{}',
    horizon_years        INT,
    share_direction      BOOLEAN NOT NULL DEFAULT FALSE,
    -- "ROLE:R-1" or "FAMILY:staff-engineering" -> readiness
    readiness            JSONB   NOT NULL DEFAULT '{}',
    -- whether the latest record on the topic for this person is a profile rather than a tombstone
    published            BOOLEAN NOT NULL DEFAULT FALSE
);
