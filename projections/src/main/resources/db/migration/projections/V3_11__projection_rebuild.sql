-- Rebuilds asked for through the admin API (query-service writes the request, every projections process reads it).
-- REQUESTED: each process stops the processor, which releases its segments; the one that then resets the tokens
-- (possible only once no process holds a segment) moves the row to RESET in the same transaction, noting how far
-- the log went; each process then starts the processor again and the replay runs to that position and beyond.
CREATE TABLE projection_rebuild (
    request        BIGSERIAL   PRIMARY KEY,
    processor      TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    requested_by   TEXT        NOT NULL,
    state          TEXT        NOT NULL DEFAULT 'REQUESTED' CHECK (state IN ('REQUESTED', 'RESET')),
    reset_at       TIMESTAMPTZ,
    reset_position BIGINT
);
-- At most one request waits per processor: asking again while one waits is the same request.
CREATE UNIQUE INDEX projection_rebuild_waiting ON projection_rebuild (processor) WHERE state = 'REQUESTED';
