-- Talent metrics, definition version 2 (docs/metrics.md): the four outcomes of a conversation as declared and as
-- delivered, and supported transitions apart from regretted attrition.

-- Which outcomes the conversation's completion declared, and the decision maker its advocacy action addresses.
ALTER TABLE mt_conversation
    ADD COLUMN human_declared          BOOLEAN,
    ADD COLUMN relationship_declared   BOOLEAN,
    ADD COLUMN signaling_declared      BOOLEAN,
    ADD COLUMN advocacy_declared       BOOLEAN,
    ADD COLUMN advocacy_decision_maker VARCHAR(64);

-- What a person's stream later recorded as coming from a conversation: capability evidence (HUMAN_CAPITAL), a
-- relationship mapped (RELATIONSHIP_CAPITAL), a decision maker's awareness assessed (SIGNALING_GAP). Keyed by the
-- conversation so that a row depends on its own event alone.
CREATE TABLE mt_outcome_evidence (
    conversation_id UUID        NOT NULL,
    outcome         VARCHAR(25) NOT NULL,
    PRIMARY KEY (conversation_id, outcome)
);

-- How a contract ended, and when; the conversation a commitment came from (an advocacy action's).
ALTER TABLE mt_contract
    ADD COLUMN close_reason VARCHAR(25),
    ADD COLUMN closed_on    DATE;
CREATE INDEX mt_contract_supported ON mt_contract (closed_on) WHERE close_reason = 'TRANSITION_SUPPORTED';
ALTER TABLE mt_commitment ADD COLUMN conversation_id UUID;
CREATE INDEX mt_commitment_conversation ON mt_commitment (conversation_id) WHERE conversation_id IS NOT NULL;
