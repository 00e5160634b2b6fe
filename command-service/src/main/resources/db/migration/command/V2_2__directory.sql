-- Who is employed and who manages whom, as the command side needs it for cross-aggregate rules.
CREATE TABLE command_directory (
    employee_id VARCHAR(64) PRIMARY KEY,
    manager_id  VARCHAR(64),
    employed    BOOLEAN     NOT NULL
);
CREATE INDEX command_directory_manager ON command_directory (manager_id);
