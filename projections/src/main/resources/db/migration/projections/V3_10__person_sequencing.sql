-- The read models keyed by person now take a person's conversations, contracts and slate changes in that person's
-- segment (PersonSequencing). A token per segment under the old split would skip some events and apply others
-- twice, so these three read models are emptied and their processors start again from the first event.
TRUNCATE career_capital_evidence, career_capital_profile, career_capital_relationship, career_capital_signal,
    career_capital_aspiration, career_capital_readiness, career_capital_conversation, career_capital_note;
TRUNCATE ft_person, ft_conversation, ft_contract, ft_contract_revision, ft_commitment;
TRUNCATE tp_person, tp_capability, tp_relationship, tp_signaling_gap, tp_readiness, tp_role, tp_opening,
    tp_successor;
UPDATE tp_openings_generation SET generation = generation + 1;
DELETE FROM tokenentry WHERE processorname IN ('career-capital', 'follow-through', 'talent-pool');
