-- The projections processes alive now (SegmentShare): each writes its heartbeat here, so that every process knows how
-- many share the segments of each streaming processor, including one that has not claimed any yet.
CREATE TABLE projection_node (
    node_id      VARCHAR(255) PRIMARY KEY,
    heartbeat_at TIMESTAMPTZ  NOT NULL
);
