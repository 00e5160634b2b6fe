-- The capability catalogue as everyone signed in reads it: each capability with its aliases, where it comes from
-- (an ESCO concept) and its standing; the catalogue's version is the highest version of a change to any entry.
-- Part of the talent pool's read model, whose matching will resolve names through it.
CREATE TABLE tp_catalogue_capability (
    capability_id TEXT PRIMARY KEY,
    label         TEXT   NOT NULL,
    aliases       TEXT[] NOT NULL DEFAULT '{}',
    esco_uri      TEXT,
    skill_type    TEXT,
    reuse_level   TEXT,
    description   TEXT,
    standing      TEXT   NOT NULL,
    merged_into   TEXT,
    retired_why   TEXT,
    added_in      BIGINT NOT NULL,
    changed_in    BIGINT NOT NULL
);
