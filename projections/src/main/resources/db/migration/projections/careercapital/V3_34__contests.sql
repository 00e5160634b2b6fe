-- The person's contests of what is recorded about them, and their manager's answers (DOMAIN.md, "Contest"), for the
-- map the person and their manager read. The reason and the note are personal data: erasure overwrites them.
CREATE TABLE career_capital_contest (
    contest_id   UUID         PRIMARY KEY,
    employee_id  VARCHAR(64)  NOT NULL,
    subject      VARCHAR(20)  NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    reason       TEXT         NOT NULL,
    contested_at TIMESTAMPTZ  NOT NULL,
    outcome      VARCHAR(20),
    note         TEXT,
    answered_by  VARCHAR(64),
    answered_at  TIMESTAMPTZ
);

CREATE INDEX career_capital_contest_employee ON career_capital_contest (employee_id);
