-- Every version of the match score's weights (ScoringWeightsChanged), with the moment it took effect, so that a
-- match answered now uses the latest and a match as of a past moment, replayed to it, uses the weights of then.
-- No row: the first weights (MatchWeights.FIRST) are in effect.
CREATE TABLE tp_scoring_weights (
    version        TEXT             PRIMARY KEY,
    capability     DOUBLE PRECISION NOT NULL,
    recency        DOUBLE PRECISION NOT NULL,
    aspiration     DOUBLE PRECISION NOT NULL,
    readiness      DOUBLE PRECISION NOT NULL,
    advocacy       DOUBLE PRECISION NOT NULL,
    reason         TEXT             NOT NULL,
    changed_by     TEXT             NOT NULL,
    since          TIMESTAMPTZ      NOT NULL,
    event_position BIGINT           NOT NULL
);
