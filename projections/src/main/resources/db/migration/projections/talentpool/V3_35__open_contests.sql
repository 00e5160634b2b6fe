-- Contests awaiting the manager's answer, so that slates and matches can show a record as contested. Only ids: the
-- reasons stay in the Career Capital map, which panels do not read. An answer deletes the row.
CREATE TABLE tp_contest (
    contest_id  UUID        PRIMARY KEY,
    employee_id VARCHAR(64) NOT NULL,
    subject     VARCHAR(20) NOT NULL,
    subject_id  VARCHAR(64) NOT NULL
);

CREATE INDEX tp_contest_employee ON tp_contest (employee_id) INCLUDE (subject, subject_id);
