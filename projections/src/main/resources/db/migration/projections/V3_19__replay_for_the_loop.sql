-- The loop's rows (V3_17) and the delivered outcomes (V3_18) are derived from the existing history: both read models
-- start again from the first event (as V3_10 did), emptied here and refilled by their processors.
TRUNCATE ft_person, ft_conversation, ft_contract, ft_contract_revision, ft_commitment, ft_deferral, ft_pause,
    ft_transition_plan, inbox_item;
TRUNCATE mt_person, mt_move, mt_opening, mt_role, mt_successor, mt_conversation, mt_contract, mt_commitment,
    mt_signaling_gap, mt_outcome_evidence;
DELETE FROM tokenentry WHERE processorname IN ('follow-through', 'talent-metrics');
