-- The earliest moment each capability level was evidenced, kept by tp_reached (V3_25), computed with the same result by
-- a PL/pgSQL loop. The SQL function could not be inlined (it aggregates), so PostgreSQL planned its query afresh on
-- every call, twice per evidence row written; a PL/pgSQL function keeps its plans for the session
-- (docs/decisions/026-talent-pool-capability-upsert.md).
CREATE OR REPLACE FUNCTION tp_reached(reached TIMESTAMPTZ[], level INT, at TIMESTAMPTZ) RETURNS TIMESTAMPTZ[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    result TIMESTAMPTZ[] := coalesce(reached, '{}');
BEGIN
    -- Levels 1 to the one evidenced were reached by then; a level not reached before reads NULL, and least() takes
    -- the other. The array only grows, one element at a time, so it stays one-dimensional without holes.
    FOR i IN 1 .. level LOOP
        result[i] := least(result[i], at);
    END LOOP;
    RETURN result;
END
$$;
