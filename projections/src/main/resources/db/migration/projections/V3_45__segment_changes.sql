-- Splits and merges of a streaming processor's segments asked for through the admin API. Any projections process may
-- take the request; the one holding the segment carries it out (Axon splits and merges only segments it holds), and
-- records the outcome. At most one change per processor is open at a time.
CREATE TABLE projection_segment_change (
    request      BIGSERIAL   PRIMARY KEY,
    processor    TEXT        NOT NULL,
    segment      INT         NOT NULL,
    change       TEXT        NOT NULL CHECK (change IN ('SPLIT', 'MERGE')),
    -- How many segments the processor had when it was asked: once that changed, the change was carried out (the
    -- segment may meanwhile have moved to a process that must not carry it out again).
    segments_before INT      NOT NULL,
    requested_by TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    done_at      TIMESTAMPTZ,
    outcome      TEXT        CHECK (outcome IN ('DONE', 'FAILED')),
    detail       TEXT
);
CREATE UNIQUE INDEX projection_segment_change_open ON projection_segment_change (processor) WHERE outcome IS NULL;
