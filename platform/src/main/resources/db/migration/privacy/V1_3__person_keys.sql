-- One data key per person, wrapped with the master key (never stored here). Erasure sets wrapped_key to NULL:
-- the person's personal fields in the immutable event log become unreadable everywhere ("crypto-shredding").
CREATE TABLE person_key (
    subject_id  VARCHAR(64) PRIMARY KEY,
    wrapped_key BYTEA,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at   TIMESTAMPTZ
);
