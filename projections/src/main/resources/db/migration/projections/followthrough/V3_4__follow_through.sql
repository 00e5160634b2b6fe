-- The development-contract and manager follow-through read models (package io.talentplatform.projections.followthrough).
CREATE TABLE ft_person (
    employee_id VARCHAR(64) PRIMARY KEY,
    manager_id  VARCHAR(64),
    employed    BOOLEAN     NOT NULL DEFAULT TRUE
);
CREATE INDEX ft_person_manager ON ft_person (manager_id) WHERE employed;

CREATE TABLE ft_conversation (
    conversation_id      UUID        PRIMARY KEY,
    employee_id          VARCHAR(64) NOT NULL,
    manager_id           VARCHAR(64),
    kind                 VARCHAR(30) NOT NULL,
    status               VARCHAR(12) NOT NULL,
    scheduled_for        TIMESTAMPTZ NOT NULL,
    held_at              TIMESTAMPTZ,
    deferrals            SMALLINT    NOT NULL DEFAULT 0,
    next_conversation_on DATE,
    advocacy_description TEXT,
    advocacy_due_on      DATE
);
CREATE INDEX ft_conversation_person ON ft_conversation (employee_id, held_at DESC);

CREATE TABLE ft_contract (
    contract_id         UUID        PRIMARY KEY,
    employee_id         VARCHAR(64) NOT NULL,
    manager_id          VARCHAR(64),
    open                BOOLEAN     NOT NULL,
    goal                TEXT        NOT NULL,
    evidence_of_success TEXT        NOT NULL,
    review_cadence      VARCHAR(10) NOT NULL,
    next_review_on      DATE        NOT NULL,
    last_reviewed_on    DATE,
    review_due_since    DATE,
    caveat              TEXT,
    open_questions      TEXT[]      NOT NULL DEFAULT '{}',
    revision            INT         NOT NULL DEFAULT 0,
    conversation_id     UUID,
    summary_shared_at   TIMESTAMPTZ,
    summary_late        BOOLEAN,
    close_reason        VARCHAR(25),
    opened_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX ft_contract_person ON ft_contract (employee_id, opened_at DESC);

CREATE TABLE ft_contract_revision (
    contract_id UUID        NOT NULL,
    revision    INT         NOT NULL,
    goal        TEXT        NOT NULL,
    reason      TEXT        NOT NULL,
    revised_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contract_id, revision)
);

CREATE TABLE ft_commitment (
    commitment_id   UUID        PRIMARY KEY,
    contract_id     UUID        NOT NULL,
    employee_id     VARCHAR(64) NOT NULL,
    manager_id      VARCHAR(64),
    owner           VARCHAR(10) NOT NULL,
    kind            VARCHAR(20),
    description     TEXT        NOT NULL,
    due_on          DATE        NOT NULL,
    status          VARCHAR(10) NOT NULL,
    completed_on    DATE,
    completed_late  BOOLEAN,
    overdue_since   DATE,
    reschedules     INT         NOT NULL DEFAULT 0,
    conversation_id UUID
);
CREATE INDEX ft_commitment_contract ON ft_commitment (contract_id);
CREATE INDEX ft_commitment_manager ON ft_commitment (manager_id, owner);
