-- The auditors' succession view as of a past moment replays only the people who could have been discovered for the
-- role then (SuccessionAsOfController). Finding them in the log decoded every consent, aspiration and evidence
-- payload of everyone: 0.7 s of the answer at 100,000 people, before any replay. These keep, per person, the periods
-- in which each consent and each stated aspiration held, and from when each capability was evidenced at each level,
-- so that the search is a few index lookups. A period runs from its event's timestamp until the timestamp of the
-- person's next event of the same kind (open while there is none); the events are ordered by their place in the
-- person's own stream, where both kinds are recorded.

CREATE TABLE tp_consent_period (
    employee_id    TEXT        NOT NULL,
    sequence_number BIGINT     NOT NULL,
    since          TIMESTAMPTZ NOT NULL,
    until          TIMESTAMPTZ,
    -- Discoverable for succession, sharing capabilities and aspiration: what a panel's discovery needs.
    discoverable   BOOLEAN     NOT NULL,
    PRIMARY KEY (employee_id, sequence_number)
);
-- The search asks about each person aiming at the role's family: whether a discoverable consent was in force then.
CREATE INDEX tp_consent_period_discoverable ON tp_consent_period (employee_id) INCLUDE (since, until)
    WHERE discoverable;

CREATE TABLE tp_aspiration_period (
    employee_id     TEXT        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    since           TIMESTAMPTZ NOT NULL,
    until           TIMESTAMPTZ,
    -- The target role families when the person shares their direction; none otherwise.
    shared_families TEXT[]      NOT NULL,
    PRIMARY KEY (employee_id, sequence_number)
);
CREATE INDEX tp_aspiration_period_families ON tp_aspiration_period USING gin (shared_families) WITH (fastupdate = off);

-- Element i: the earliest timestamp of evidence of this capability at level i or above.
ALTER TABLE tp_capability ADD COLUMN reached TIMESTAMPTZ[] NOT NULL DEFAULT '{}';

CREATE FUNCTION tp_reached(reached TIMESTAMPTZ[], level INT, at TIMESTAMPTZ) RETURNS TIMESTAMPTZ[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(CASE WHEN i <= level THEN least(reached[i], at) ELSE reached[i] END ORDER BY i),
                    '{}')
    FROM generate_series(1, greatest(level, coalesce(array_length(reached, 1), 0))) AS i
$$;

-- An installation that already has a talent pool rebuilds it once, to fill these from the log.
INSERT INTO projection_rebuild (processor, requested_by)
SELECT 'talent-pool', 'migration V3_25' WHERE EXISTS (SELECT 1 FROM tokenentry WHERE processorname = 'talent-pool')
ON CONFLICT DO NOTHING;
