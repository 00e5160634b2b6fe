-- A person's row in the talent pool is rewritten whenever their evidence changes (the capability digest,
-- HeldCapabilities). Most evidence confirms a capability the person holds at the level they hold it, so the indexed
-- columns stay as they are; with room left on the page PostgreSQL then updates the row in place (a HOT update) and
-- leaves the four GIN indexes alone. With full pages each such update inserted every grade and capability into them
-- again (docs/decisions/028-talent-pool-person-row-updates.md). Pages written from now on keep 30% free; a
-- rebuild of the talent pool rewrites them all.
ALTER TABLE tp_person SET (fillfactor = 70);
