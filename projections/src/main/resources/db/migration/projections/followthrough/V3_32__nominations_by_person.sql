-- Every role a person was ever nominated for, removals included: the auditor's history of a person reads those
-- roles' streams (docs/audit.md). Derived from the existing history: the follow-through starts again from the first
-- event (as V3_19 did), emptied here and refilled by its processor.
CREATE TABLE ft_nomination (
    employee_id TEXT NOT NULL,
    role_id     TEXT NOT NULL,
    PRIMARY KEY (employee_id, role_id)
);

TRUNCATE ft_person, ft_conversation, ft_contract, ft_contract_revision, ft_commitment, ft_deferral, ft_pause,
    ft_transition_plan, inbox_item;
DELETE FROM tokenentry WHERE processorname = 'follow-through';
