-- Which commitment carries out an advocacy action aimed at a decision maker's signaling gap, so that completing it
-- asks for a reassessment of that decision maker's awareness (EmployeePolicies, docs/loop.md).
CREATE TABLE command_advocacy (
    commitment_id     UUID        PRIMARY KEY,
    employee_id       VARCHAR(64) NOT NULL,
    decision_maker_id VARCHAR(64) NOT NULL,
    conversation_id   UUID        NOT NULL
);
