-- The talent pools a person was ever nominated to and the gigs and projects they asked for (issue 30), removals and
-- completions included: the auditor's history of a person reads those streams' events about them (docs/audit.md).
CREATE TABLE ft_named_in (
    employee_id  TEXT NOT NULL,
    aggregate_id TEXT NOT NULL,
    PRIMARY KEY (employee_id, aggregate_id)
);

INSERT INTO projection_rebuild (processor, requested_by)
SELECT 'follow-through', 'migration V3_42' WHERE EXISTS (SELECT 1 FROM tokenentry WHERE processorname = 'follow-through')
ON CONFLICT DO NOTHING;

-- A manager's inbox item asking them to agree that their report takes a gig or project names the opening.
ALTER TABLE inbox_item ADD COLUMN opening_id UUID;
