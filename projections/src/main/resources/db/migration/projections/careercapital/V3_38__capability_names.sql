-- The names HR mapped to catalogue capabilities (an alias, a mapped name, a merge), so that the map shows evidence
-- recorded under an earlier name under the capability it meant. The evidence rows keep the name they were recorded
-- with; readers resolve it, through every hop of a chain (a name mapped to a capability later merged).
CREATE TABLE career_capital_capability_name (
    name          TEXT PRIMARY KEY,
    capability_id TEXT NOT NULL
);

CREATE FUNCTION cc_resolved_capability(recorded TEXT) RETURNS TEXT
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    resolved TEXT := recorded;
    next     TEXT;
BEGIN
    FOR hop IN 1..10 LOOP
        SELECT capability_id INTO next FROM career_capital_capability_name WHERE name = resolved;
        EXIT WHEN next IS NULL OR next = resolved;
        resolved := next;
    END LOOP;
    RETURN resolved;
END
$$;
