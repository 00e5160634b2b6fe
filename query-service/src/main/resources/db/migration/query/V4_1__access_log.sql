-- Every read of a person's data, by anyone, through the query and audit APIs: one row per person an answer was
-- about. Append-only: nothing in the platform updates or deletes a row (an erasure removes the person's data, not
-- the record that someone once read it; the row holds ids only).
CREATE TABLE access_log (
    entry        BIGSERIAL   PRIMARY KEY,
    read_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    reader       TEXT        NOT NULL,
    reader_roles TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    request      TEXT        NOT NULL
);
-- The auditor's question is "who read this person's data": by subject, newest first.
CREATE INDEX access_log_subject ON access_log (subject, entry DESC);
