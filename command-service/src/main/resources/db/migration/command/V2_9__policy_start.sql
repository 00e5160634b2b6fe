-- Where in the log a policy added to a running platform starts: the head of the log when it was installed, so that
-- it reacts to what happens from then on and never to an existing history (EmployeePoliciesStart, docs/upgrading.md).
-- -1 on a new database: from the first event.
CREATE TABLE command_policy_start (
    processor    VARCHAR(100) PRIMARY KEY,
    start_index  BIGINT       NOT NULL
);
INSERT INTO command_policy_start (processor, start_index)
SELECT 'employee-policies', coalesce(max(globalindex), -1) FROM domainevententry;
