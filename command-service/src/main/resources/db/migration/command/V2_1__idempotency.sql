-- The first successful answer to each (caller, Idempotency-Key), written in the same transaction as the events the
-- request appended: a retry replays it, a different body under the same key is refused.
CREATE TABLE idempotent_request (
    caller          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    status          INT          NOT NULL,
    location        TEXT,
    event_position  BIGINT,
    content_type    VARCHAR(255),
    body            BYTEA        NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
