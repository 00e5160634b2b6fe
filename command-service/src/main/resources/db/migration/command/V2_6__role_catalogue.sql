-- The command side's catalogue of roles and openings: what an opening copies from its role, and which role an
-- opening belongs to. Kept by a subscribing handler in the same transaction as the events.
CREATE TABLE command_role (
    role_id     TEXT PRIMARY KEY,
    title       TEXT    NOT NULL,
    function    TEXT    NOT NULL,
    level       TEXT    NOT NULL,
    critical    BOOLEAN NOT NULL,
    role_family TEXT    NOT NULL
);

CREATE TABLE command_role_requirement (
    role_id    TEXT NOT NULL REFERENCES command_role (role_id),
    capability TEXT NOT NULL,
    min_level  INT  NOT NULL,
    ordinal    INT  NOT NULL,
    PRIMARY KEY (role_id, capability)
);

CREATE TABLE command_opening (
    opening_id UUID PRIMARY KEY,
    role_id    TEXT NOT NULL REFERENCES command_role (role_id)
);
