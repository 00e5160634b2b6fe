-- Whose conversation is which, so that conversation commands can be authorised against the person's current manager.
CREATE TABLE command_conversation (
    conversation_id UUID        PRIMARY KEY,
    employee_id     VARCHAR(64) NOT NULL
);
