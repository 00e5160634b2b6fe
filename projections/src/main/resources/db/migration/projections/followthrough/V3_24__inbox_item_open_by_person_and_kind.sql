-- The loop resolves a person's open items of one kind ("no next conversation booked" once one is, ...) for many
-- events; with only the person in the index, each such update read every open item of the person
-- (docs/decisions/022-indexes-after-a-load.md). The person and the kind serve that update and every lookup the
-- person-only index served.
CREATE INDEX inbox_item_person_kind ON inbox_item (employee_id, kind) WHERE resolved_on IS NULL;
DROP INDEX inbox_item_person;
