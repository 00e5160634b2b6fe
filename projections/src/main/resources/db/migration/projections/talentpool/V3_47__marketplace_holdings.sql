-- A gig's first tier is everyone in the marketplace holding its one requirement at its level: over 3,000 people at
-- 100,000, read from tp_person as wide rows spread over some 2,100 pages, their grades rechecked row by row. One
-- narrow row per capability a marketplace candidate holds, with what the ranking needs of the person beside it, turns
-- that tier into one range of one index, read without the table (docs/decisions/037-marketplace-holdings.md). The
-- projector keeps these rows as a function of the person's tp_person row (HeldCapabilities): only people the
-- marketplace may match have any.
CREATE TABLE tp_marketplace_holding (
    employee_id         TEXT   NOT NULL,
    capability          TEXT   NOT NULL,
    level               INT    NOT NULL,
    observed_on         DATE   NOT NULL,
    open_signaling_gaps INT    NOT NULL,
    -- The person's target families as far as they share them (ASPIRATION with the direction), else empty.
    shared_families     TEXT[] NOT NULL,
    PRIMARY KEY (employee_id, capability)
);

INSERT INTO tp_marketplace_holding (employee_id, capability, level, observed_on, open_signaling_gaps,
                                    shared_families)
SELECT p.employee_id, held.capability, held.level, held.observed_on, p.open_signaling_gaps,
       CASE WHEN p.share_aspiration AND p.share_direction THEN p.target_role_families ELSE '{}' END
FROM tp_person p
CROSS JOIN LATERAL unnest(p.capabilities, p.capability_levels, p.capability_observed)
    AS held (capability, level, observed_on)
WHERE p.marketplace_visible AND p.share_capabilities AND p.employed AND NOT p.erased;

-- The tier's range, with everything the ranking reads: an index-only scan. Only queries use it: a rebuild drops it
-- and builds it after the load (ReadModel's query indexes).
CREATE INDEX tp_marketplace_holding_tier ON tp_marketplace_holding (capability, level)
    INCLUDE (employee_id, observed_on, open_signaling_gaps, shared_families);
