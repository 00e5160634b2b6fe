-- Names aliased or merged before the talent pool folded them: a rebuild replays those catalogue events, so what was
-- recorded under such a name counts as its capability. Only where the processor ran before: a new database fills
-- the read model from the first event anyway.
INSERT INTO projection_rebuild (processor, requested_by)
SELECT 'talent-pool', 'migration V3_39' WHERE EXISTS (SELECT 1 FROM tokenentry WHERE processorname = 'talent-pool')
ON CONFLICT DO NOTHING;
