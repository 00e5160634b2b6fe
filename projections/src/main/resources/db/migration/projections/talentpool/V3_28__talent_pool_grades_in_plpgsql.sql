-- tp_grades (V3_9) computes the stored grades of every person's row (V3_16) on each update of it. As a SQL function
-- that aggregates it could not be inlined, so PostgreSQL prepared its query again on every call: about half the cost
-- of updating a person's row. The same grades, in the same order, from a PL/pgSQL loop whose plan PostgreSQL keeps
-- for the session (docs/decisions/028-talent-pool-person-row-updates.md). Stored grades stay as they are: the
-- function's results do not change.
CREATE OR REPLACE FUNCTION tp_grades(capabilities TEXT[], levels INT[]) RETURNS TEXT[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS
$$
DECLARE
    grades TEXT[] := '{}';
BEGIN
    FOR held IN 1 .. coalesce(array_length(capabilities, 1), 0) LOOP
        FOR grade IN 1 .. coalesce(levels[held], 0) LOOP
            grades := grades || (capabilities[held] || ':' || grade);
        END LOOP;
    END LOOP;
    RETURN grades;
END
$$;
