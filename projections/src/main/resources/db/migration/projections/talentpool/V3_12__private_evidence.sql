-- Evidence texts can be private to the person and their manager (CapabilityEvidenced revision 2): the talent pool,
-- which panels read, keeps the capability, level and date of such evidence but not its text.
ALTER TABLE tp_capability ALTER COLUMN evidence DROP NOT NULL;
