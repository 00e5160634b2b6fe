-- Names aliased or merged before the map resolved them (V3_38): a rebuild replays those catalogue events into
-- career_capital_capability_name. Only where the processor ran before: a new database fills it from the first event.
INSERT INTO projection_rebuild (processor, requested_by)
SELECT 'career-capital', 'migration V3_40'
WHERE EXISTS (SELECT 1 FROM tokenentry WHERE processorname = 'career-capital')
ON CONFLICT DO NOTHING;
