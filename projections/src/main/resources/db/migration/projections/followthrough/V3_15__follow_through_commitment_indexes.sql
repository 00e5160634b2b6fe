-- The manager's follow-through list asks, for each report, which advocacy notes no commitment carries out yet and
-- how many of the report's commitments are open; both searched ft_commitment whole, per report (the query benchmark:
-- p99 76 ms at 20,000 people, 299 ms at 100,000).
CREATE INDEX ft_commitment_conversation ON ft_commitment (conversation_id);
CREATE INDEX ft_commitment_person ON ft_commitment (employee_id, owner);
