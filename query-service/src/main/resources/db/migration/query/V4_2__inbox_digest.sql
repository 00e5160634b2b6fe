-- The daily digests sent (InboxDigest): one row per person and day, claimed before the mail goes out, so that no
-- one gets two digests for a day, whatever restarts or how many query services run.
CREATE TABLE inbox_digest (
    recipient_id VARCHAR(64) NOT NULL,
    day          DATE        NOT NULL,
    items        INT         NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recipient_id, day)
);
