-- The Career Capital profile read model (package io.talentplatform.projections.careercapital).
CREATE TABLE career_capital_profile (
    employee_id             VARCHAR(64)  PRIMARY KEY,
    display_name            VARCHAR(200) NOT NULL,
    job_title               VARCHAR(200) NOT NULL,
    level                   VARCHAR(50)  NOT NULL,
    function                VARCHAR(100) NOT NULL,
    manager_id              VARCHAR(64),
    registered_at           TIMESTAMPTZ  NOT NULL,
    marketplace_visible     BOOLEAN      NOT NULL DEFAULT FALSE,
    succession_discoverable BOOLEAN      NOT NULL DEFAULT FALSE,
    shared_scopes           TEXT[]       NOT NULL DEFAULT '{}'
);
CREATE INDEX career_capital_profile_manager ON career_capital_profile (manager_id);

CREATE TABLE career_capital_evidence (
    evidence_id     UUID         PRIMARY KEY,
    employee_id     VARCHAR(64)  NOT NULL,
    capability      VARCHAR(64)  NOT NULL,
    level           SMALLINT     NOT NULL,
    evidence        TEXT         NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    observed_on     DATE         NOT NULL,
    conversation_id UUID,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    event_position  BIGINT       NOT NULL
);
CREATE INDEX career_capital_evidence_person ON career_capital_evidence (employee_id, capability, observed_on DESC);
