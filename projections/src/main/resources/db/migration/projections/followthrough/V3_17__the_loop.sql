-- The loop that closes itself (docs/loop.md), kept by the follow-through processor beside the rows it reads: every
-- held conversation's own summary, its reflection prompt, whether it led anywhere; every deferral, cancellations
-- included; the pauses of development pushes; and the inbox, one row per thing due for one person.

-- When the person joined the platform's view: a quarter without a conversation counts from then.
ALTER TABLE ft_person ADD COLUMN registered_on DATE;

ALTER TABLE ft_conversation
    ADD COLUMN summary_shared_at TIMESTAMPTZ,
    ADD COLUMN summary           TEXT,
    ADD COLUMN prompt            TEXT,
    ADD COLUMN prompt_sent_at    TIMESTAMPTZ,
    -- The first day something came of the conversation within two weeks: a contract opened or revised, a
    -- commitment, a transition plan, capability evidence. NULL two weeks after it was held: it went nowhere.
    ADD COLUMN progressed_on     DATE;

-- One row per deferral: each move of a conversation (its deferral number), and a cancellation without another
-- conversation booked (number 0).
CREATE TABLE ft_deferral (
    conversation_id UUID        NOT NULL,
    deferral        SMALLINT    NOT NULL,
    employee_id     VARCHAR(64) NOT NULL,
    deferred_at     TIMESTAMPTZ NOT NULL,
    cancelled       BOOLEAN     NOT NULL,
    PRIMARY KEY (conversation_id, deferral)
);
CREATE INDEX ft_deferral_person ON ft_deferral (employee_id, deferred_at);

-- Development pushes paused after a burnout or wellbeing note; only the note's writer is ever shown one.
CREATE TABLE ft_pause (
    note_id      UUID        PRIMARY KEY,
    employee_id  VARCHAR(64) NOT NULL,
    paused_until DATE        NOT NULL,
    written_by   VARCHAR(64) NOT NULL
);
CREATE INDEX ft_pause_person ON ft_pause (employee_id, paused_until);

-- "Not here", respected: the transition plan of a contract (its support commitments are ft_commitment rows).
CREATE TABLE ft_transition_plan (
    contract_id   UUID    PRIMARY KEY,
    partial_paths TEXT[]  NOT NULL,
    timeline      TEXT    NOT NULL,
    agreed_on     DATE    NOT NULL
);

-- The inbox: what is due for whom, from which day. An item is keyed by what it is about, so that an event applied
-- twice, a restart or a rebuild never makes a second one. Text only where the recipient is in its audience.
CREATE TABLE inbox_item (
    item_id         VARCHAR(160) PRIMARY KEY,
    recipient_id    VARCHAR(64)  NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    employee_id     VARCHAR(64)  NOT NULL,
    conversation_id UUID,
    contract_id     UUID,
    commitment_id   UUID,
    counterpart_id  VARCHAR(64),
    reason          VARCHAR(30),
    detail          TEXT,
    visible_from    DATE         NOT NULL,
    due_on          DATE,
    resolved_on     DATE,
    -- A development push (a nudge to develop the person): held back while their development pushes are paused.
    push            BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX inbox_item_recipient ON inbox_item (recipient_id, due_on, item_id) WHERE resolved_on IS NULL;
CREATE INDEX inbox_item_person ON inbox_item (employee_id) WHERE resolved_on IS NULL;
CREATE INDEX inbox_item_visible ON inbox_item (visible_from) WHERE resolved_on IS NULL;
