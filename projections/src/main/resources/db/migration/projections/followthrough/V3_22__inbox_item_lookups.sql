-- The loop's projectors find a conversation's and a contract's inbox items by those ids, resolved or not (a prompt's
-- dates move with a rescheduled conversation; a held one resolves its prompts). Without an index each such update
-- read the whole table: a replay slowed as the inbox grew, to a few hundred events a second at a million events.
CREATE INDEX inbox_item_conversation ON inbox_item (conversation_id);
CREATE INDEX inbox_item_contract ON inbox_item (contract_id);
