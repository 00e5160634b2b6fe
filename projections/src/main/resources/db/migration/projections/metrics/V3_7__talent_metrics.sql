-- The facts behind the talent metrics (package io.talentplatform.projections.metrics; docs/metrics.md). Structural
-- facts only: ids, dates, functions, enums, booleans and counts. No names, evidence, narratives, notes or reasons,
-- so that no metric can leak them and erasure has nothing to remove here.

-- One row per person: their current function, when they joined the platform's view and when and how they left.
CREATE TABLE mt_person (
    employee_id      VARCHAR(64)  PRIMARY KEY,
    function         VARCHAR(100) NOT NULL,
    registered_on    DATE         NOT NULL,
    departed_on      DATE,
    departure_reason VARCHAR(20),
    regretted        BOOLEAN
);
CREATE INDEX mt_person_departed ON mt_person (departed_on) WHERE departed_on IS NOT NULL;

-- Every role change, keyed by the person's event sequence number; also the person's function history (the function
-- on a date is the function after the last move on or before it, else the function before the first move after it).
CREATE TABLE mt_move (
    employee_id     VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    effective_on    DATE         NOT NULL,
    move_type       VARCHAR(20)  NOT NULL,
    function_before VARCHAR(100) NOT NULL,
    function_after  VARCHAR(100) NOT NULL,
    opening_id      UUID,
    PRIMARY KEY (employee_id, sequence_number)
);
CREATE INDEX mt_move_person_effective ON mt_move (employee_id, effective_on);

CREATE TABLE mt_opening (
    opening_id UUID         PRIMARY KEY,
    role_id    VARCHAR(64)  NOT NULL,
    function   VARCHAR(100) NOT NULL,
    opened_on  DATE         NOT NULL,
    filled_on  DATE,
    internal   BOOLEAN
);
CREATE INDEX mt_opening_filled ON mt_opening (filled_on) WHERE filled_on IS NOT NULL;

CREATE TABLE mt_role (
    role_id  VARCHAR(64)  PRIMARY KEY,
    function VARCHAR(100) NOT NULL,
    critical BOOLEAN      NOT NULL
);
CREATE INDEX mt_role_critical ON mt_role (function) WHERE critical;

-- The current succession slates: who is on which role's slate, and how ready.
CREATE TABLE mt_successor (
    role_id     VARCHAR(64) NOT NULL,
    employee_id VARCHAR(64) NOT NULL,
    readiness   VARCHAR(20) NOT NULL,
    PRIMARY KEY (role_id, employee_id)
);
CREATE INDEX mt_successor_ready_now ON mt_successor (role_id, employee_id) WHERE readiness = 'READY_NOW';

CREATE TABLE mt_conversation (
    conversation_id   UUID        PRIMARY KEY,
    employee_id       VARCHAR(64) NOT NULL,
    manager_id        VARCHAR(64),
    kind              VARCHAR(30) NOT NULL,
    held_on           DATE,
    completed         BOOLEAN     NOT NULL DEFAULT FALSE,
    outcomes_produced SMALLINT
);
CREATE INDEX mt_conversation_person_held ON mt_conversation (employee_id, held_on) WHERE held_on IS NOT NULL;
CREATE INDEX mt_conversation_full_completed ON mt_conversation (held_on) WHERE kind = 'FULL' AND completed;

-- Whose contract a commitment belongs to: the person and the manager who agreed it.
CREATE TABLE mt_contract (
    contract_id UUID        PRIMARY KEY,
    employee_id VARCHAR(64) NOT NULL,
    manager_id  VARCHAR(64)
);

CREATE TABLE mt_commitment (
    commitment_id UUID        PRIMARY KEY,
    contract_id   UUID        NOT NULL,
    employee_id   VARCHAR(64) NOT NULL,
    manager_id    VARCHAR(64),
    owner         VARCHAR(10) NOT NULL,
    due_on        DATE        NOT NULL,
    completed_on  DATE,
    withdrawn     BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX mt_commitment_manager_due ON mt_commitment (due_on) WHERE owner = 'MANAGER';

-- One row per time a gap was opened (keyed by the opening event's sequence number), closed when it was closed.
CREATE TABLE mt_signaling_gap (
    employee_id       VARCHAR(64) NOT NULL,
    decision_maker_id VARCHAR(64) NOT NULL,
    opened_sequence   BIGINT      NOT NULL,
    opened_on         DATE        NOT NULL,
    closed_on         DATE,
    PRIMARY KEY (employee_id, decision_maker_id, opened_sequence)
);
CREATE INDEX mt_signaling_gap_opened ON mt_signaling_gap (opened_on);
CREATE INDEX mt_signaling_gap_closed ON mt_signaling_gap (closed_on) WHERE closed_on IS NOT NULL;
