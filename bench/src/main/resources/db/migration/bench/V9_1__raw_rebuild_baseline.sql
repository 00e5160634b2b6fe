-- Only in the benchmark build (bench/): the table of the rebuild benchmark's raw JDBC baseline, which streams the
-- event table and upserts one row per event in batches. Shaped like a small read-model row.
CREATE TABLE bench_raw_rebuild (
    global_index  BIGINT PRIMARY KEY,
    aggregate_id  VARCHAR(255) NOT NULL,
    payload_type  VARCHAR(255) NOT NULL,
    occurred_at   VARCHAR(255) NOT NULL,
    payload_bytes INTEGER      NOT NULL
);
