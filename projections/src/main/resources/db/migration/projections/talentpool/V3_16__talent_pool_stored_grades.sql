-- Matching reads a tier of candidates (V3_9) as several grade containments ORed together. With the grades only in the
-- index expression, the bitmap heap scan computed tp_grades again for every row and every branch of the OR while
-- rechecking: 14 ms for the 427 candidates of one opening at 100,000 people, 4 ms with the grades stored, and
-- planning fell from 4 ms to 0.7 ms (EXPLAIN ANALYZE; bench/, issue 5). PostgreSQL computes the column from the
-- capability arrays, so the projector still writes only those, and a replay writes nothing new.
ALTER TABLE tp_person ADD COLUMN grades TEXT[] GENERATED ALWAYS AS (tp_grades(capabilities, capability_levels)) STORED;

DROP INDEX tp_person_marketplace_grades;
CREATE INDEX tp_person_marketplace_grades ON tp_person USING gin (grades) WITH (fastupdate = off)
    WHERE marketplace_visible AND share_capabilities AND employed AND NOT erased;

DROP INDEX tp_person_discoverable_grades;
CREATE INDEX tp_person_discoverable_grades ON tp_person USING gin (grades) WITH (fastupdate = off)
    WHERE succession_discoverable AND share_capabilities AND share_aspiration AND share_direction AND employed
        AND NOT erased;
