-- How far a full rebuild's pass has folded a read model that it keeps in memory (docs/decisions/032): its tokens move
-- only at checkpoints, so without this the admin status would show it at 0% until the first one.
ALTER TABLE projection_rebuild ADD COLUMN folded_position BIGINT;
