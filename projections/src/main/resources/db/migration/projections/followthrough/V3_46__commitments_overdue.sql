-- The commitments overdue now, counted at every metrics scrape (talent_commitments_overdue): a partial index keeps the
-- count to the overdue ones, however many commitments the organisation has made.
CREATE INDEX ft_commitment_overdue ON ft_commitment (commitment_id) WHERE status = 'OVERDUE';
