-- The follow-through now sequences a person's asks for gigs and projects, and their manager's agreements, with the
-- person's own events (PersonSequencing): the manager's item reads who the manager is from the person's row, which
-- another segment wrote. Events move between segments, so an existing follow-through is rebuilt.
INSERT INTO projection_rebuild (processor, requested_by)
SELECT 'follow-through', 'migration V3_44' WHERE EXISTS (SELECT 1 FROM tokenentry WHERE processorname = 'follow-through')
ON CONFLICT DO NOTHING;
