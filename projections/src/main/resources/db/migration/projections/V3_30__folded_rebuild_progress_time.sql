-- When the pass last showed its folded progress (V3_29): a pass killed halfway stops writing it, and the admin status
-- then goes by the tokens again instead of showing progress the processor has to replay.
ALTER TABLE projection_rebuild ADD COLUMN folded_at TIMESTAMPTZ;
