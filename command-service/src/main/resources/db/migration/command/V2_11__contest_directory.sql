-- Whose record each contest is about: an answer names only the contest, and the command side must find the person
-- (and with them their manager, who alone may answer). Kept by the directory's subscribing handler.
CREATE TABLE command_contest (
    contest_id  UUID PRIMARY KEY,
    employee_id TEXT NOT NULL
);
