-- The rankings recorded behind decisions (MatchRankingRecorded), for the past rankings panels and HR read and for
-- each person's own place in them; and the disputes of those places (RankingDisputed). Ids and numbers, as recorded:
-- answers join today's names.
CREATE TABLE tp_ranking (
    ranking_id           UUID             PRIMARY KEY,
    cause                TEXT             NOT NULL,
    target               TEXT             NOT NULL,
    role_id              TEXT             NOT NULL,
    role_family          TEXT,
    requirements         JSONB            NOT NULL,
    decided_by           TEXT,
    scored_on            DATE             NOT NULL,
    weights_version      TEXT             NOT NULL,
    weight_capability    DOUBLE PRECISION NOT NULL,
    weight_recency       DOUBLE PRECISION NOT NULL,
    weight_aspiration    DOUBLE PRECISION NOT NULL,
    weight_readiness     DOUBLE PRECISION NOT NULL,
    weight_advocacy      DOUBLE PRECISION NOT NULL,
    talent_pool_position BIGINT           NOT NULL,
    candidates           INT              NOT NULL,
    recorded_at          TIMESTAMPTZ      NOT NULL,
    event_position       BIGINT           NOT NULL
);

CREATE INDEX tp_ranking_target ON tp_ranking (target, recorded_at);

CREATE TABLE tp_ranking_entry (
    ranking_id       UUID             NOT NULL,
    employee_id      TEXT             NOT NULL,
    rank             INT              NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    requirements_met INT              NOT NULL,
    requirements     INT              NOT NULL,
    capability       DOUBLE PRECISION NOT NULL,
    recency          DOUBLE PRECISION NOT NULL,
    aspiration       DOUBLE PRECISION NOT NULL,
    readiness        DOUBLE PRECISION NOT NULL,
    advocacy         DOUBLE PRECISION NOT NULL,
    readiness_level  TEXT,
    fits             JSONB            NOT NULL,
    PRIMARY KEY (ranking_id, employee_id)
);

CREATE INDEX tp_ranking_entry_employee ON tp_ranking_entry (employee_id);

CREATE TABLE tp_ranking_dispute (
    ranking_id  UUID        NOT NULL,
    employee_id TEXT        NOT NULL,
    reason      TEXT        NOT NULL,
    disputed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ranking_id, employee_id)
);

CREATE INDEX tp_ranking_dispute_employee ON tp_ranking_dispute (employee_id);
