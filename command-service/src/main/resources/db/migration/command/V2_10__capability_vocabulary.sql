-- The command side's copy of the capability catalogue: which name resolves to which capability, whether that
-- capability is still offered, and the catalogue's version. Kept by a subscribing handler in the same transaction as
-- the catalogue's events; controllers resolve the capability names of evidence, requirements and openings here.
CREATE TABLE command_capability (
    capability_id TEXT PRIMARY KEY,
    label         TEXT NOT NULL,
    standing      TEXT NOT NULL
);

CREATE TABLE command_capability_name (
    name          TEXT PRIMARY KEY,
    capability_id TEXT NOT NULL
);

CREATE TABLE command_catalogue (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    version  BIGINT  NOT NULL
);
