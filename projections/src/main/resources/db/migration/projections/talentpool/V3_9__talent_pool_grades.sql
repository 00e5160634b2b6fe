-- Matching ranks people by how many requirements they meet (their level at or above the minimum), so candidates are
-- read tier by tier of requirements met, from an index that answers "meets all of these" directly. A person's
-- grades spell each capability once per level up to the one held: 'sql:1', 'sql:2', 'sql:3' for sql at level 3, so
-- "meets sql at 2 and testing at 4" is the containment grades @> '{sql:2,testing:4}'. Computed from the capability
-- arrays in the index expression, so the projector writes nothing new and existing rows need no replay.
CREATE FUNCTION tp_grades(capabilities TEXT[], levels INT[]) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(held.capability || ':' || grade), '{}')
    FROM unnest(capabilities, levels) AS held(capability, level), generate_series(1, held.level) AS grade
$$;

CREATE INDEX tp_person_marketplace_grades ON tp_person USING gin (tp_grades(capabilities, capability_levels))
    WITH (fastupdate = off)
    WHERE marketplace_visible AND share_capabilities AND employed AND NOT erased;
-- Succession discovery asks for people no more than one level short anywhere: grades at one below each minimum.
CREATE INDEX tp_person_discoverable_grades ON tp_person USING gin (tp_grades(capabilities, capability_levels))
    WITH (fastupdate = off)
    WHERE succession_discoverable AND share_capabilities AND share_aspiration AND share_direction AND employed
        AND NOT erased;

-- Counts every change to the openings, ever (a reset counts too): the open openings a person is matched against
-- are cached by the query side until this moves. Never reset, so a value is never seen twice.
CREATE TABLE tp_openings_generation (
    single     BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
    generation BIGINT  NOT NULL
);
INSERT INTO tp_openings_generation (generation) VALUES (0);

-- Coverage of the critical roles counts successors still employed: kept on the slate row (the projector clears it
-- when the person departs), so coverage reads two covering indexes and never a person's row.
ALTER TABLE tp_successor ADD COLUMN employed BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE tp_successor s SET employed = p.employed FROM tp_person p WHERE p.employee_id = s.employee_id;
CREATE INDEX tp_successor_coverage ON tp_successor (role_id) INCLUDE (readiness, employed);
DROP INDEX tp_role_critical;
CREATE INDEX tp_role_critical ON tp_role (role_id) INCLUDE (title, function) WHERE critical;
