-- The indexes a full rebuild dropped at its reset, to build again once the load is over (the read models declare
-- which: those only queries use, never a handler's lookup). Kept in the reset's transaction, so a rebuild killed
-- halfway leaves the definitions here, and the first process that runs the read model live builds them again.
CREATE TABLE projection_rebuild_index (
    index_name TEXT        PRIMARY KEY,
    processor  TEXT        NOT NULL,
    definition TEXT        NOT NULL,
    dropped_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
