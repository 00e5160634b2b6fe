-- The open development contract of each person (at most one, enforced by the unique index) and when each
-- conversation was held (for the 48-hour summary rule).
CREATE TABLE command_contract (
    contract_id     UUID        PRIMARY KEY,
    employee_id     VARCHAR(64) NOT NULL,
    open            BOOLEAN     NOT NULL,
    conversation_id UUID
);
CREATE UNIQUE INDEX command_contract_one_open ON command_contract (employee_id) WHERE open;

ALTER TABLE command_conversation ADD COLUMN held_at TIMESTAMPTZ;
