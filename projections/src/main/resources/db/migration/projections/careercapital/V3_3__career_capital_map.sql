-- The rest of the Career Capital map: standing in the organisation, Relationship and Signaling Capital, aspiration,
-- readiness and the conversation history (package io.talentplatform.projections.careercapital).
ALTER TABLE career_capital_profile
    ADD COLUMN employed         BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN departed_on      DATE,
    ADD COLUMN departure_reason VARCHAR(20),
    ADD COLUMN regretted        BOOLEAN;

CREATE TABLE career_capital_relationship (
    relationship_id      UUID         PRIMARY KEY,
    employee_id          VARCHAR(64)  NOT NULL,
    counterpart_id       VARCHAR(64),
    counterpart_name     VARCHAR(200) NOT NULL,
    counterpart_function VARCHAR(100) NOT NULL,
    kind                 VARCHAR(30)  NOT NULL,
    conversation_id      UUID,
    recorded_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX career_capital_relationship_person ON career_capital_relationship (employee_id);

-- One row per decision maker: the latest assessment, and whether a signaling gap is open.
CREATE TABLE career_capital_signal (
    employee_id       VARCHAR(64) NOT NULL,
    decision_maker_id VARCHAR(64) NOT NULL,
    aware             BOOLEAN     NOT NULL,
    basis             TEXT        NOT NULL,
    conversation_id   UUID,
    assessed_at       TIMESTAMPTZ NOT NULL,
    gap_open          BOOLEAN     NOT NULL DEFAULT FALSE,
    gap_opened_at     TIMESTAMPTZ,
    gap_closed_at     TIMESTAMPTZ,
    PRIMARY KEY (employee_id, decision_maker_id)
);

CREATE TABLE career_capital_aspiration (
    employee_id          VARCHAR(64) PRIMARY KEY,
    direction            VARCHAR(30) NOT NULL,
    target_role_families TEXT[]      NOT NULL,
    horizon_years        SMALLINT    NOT NULL,
    narrative            TEXT        NOT NULL,
    share_direction      BOOLEAN     NOT NULL,
    conversation_id      UUID,
    stated_at            TIMESTAMPTZ NOT NULL
);

-- The latest readiness per target; target_kind is ROLE or FAMILY.
CREATE TABLE career_capital_readiness (
    employee_id  VARCHAR(64)  NOT NULL,
    target_kind  VARCHAR(10)  NOT NULL,
    target       VARCHAR(64)  NOT NULL,
    readiness    VARCHAR(20)  NOT NULL,
    rationale    TEXT         NOT NULL,
    assessed_by  VARCHAR(64)  NOT NULL,
    assessed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (employee_id, target_kind, target)
);

CREATE TABLE career_capital_conversation (
    conversation_id               UUID        PRIMARY KEY,
    employee_id                   VARCHAR(64) NOT NULL,
    manager_id                    VARCHAR(64),
    kind                          VARCHAR(30) NOT NULL,
    trigger                       VARCHAR(30) NOT NULL,
    status                        VARCHAR(12) NOT NULL,
    scheduled_for                 TIMESTAMPTZ NOT NULL,
    planned_minutes               SMALLINT    NOT NULL,
    prompt_sent_at                TIMESTAMPTZ,
    deferrals                     SMALLINT    NOT NULL DEFAULT 0,
    held_at                       TIMESTAMPTZ,
    actual_minutes                SMALLINT,
    human_capital_updated         BOOLEAN,
    relationship_capital_assessed BOOLEAN,
    signaling_gap                 VARCHAR(15),
    advocacy_description          TEXT,
    advocacy_due_on               DATE,
    advocacy_missing              BOOLEAN,
    outcomes_produced             SMALLINT,
    next_conversation_on          DATE,
    cancelled_reason              TEXT
);
CREATE INDEX career_capital_conversation_person ON career_capital_conversation (employee_id, scheduled_for);

-- Listening notes: answered only to the manager who wrote them.
CREATE TABLE career_capital_note (
    note_id         UUID        PRIMARY KEY,
    conversation_id UUID        NOT NULL,
    employee_id     VARCHAR(64) NOT NULL,
    kind            VARCHAR(12) NOT NULL,
    text            TEXT        NOT NULL,
    written_by      VARCHAR(64) NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX career_capital_note_conversation ON career_capital_note (conversation_id);
