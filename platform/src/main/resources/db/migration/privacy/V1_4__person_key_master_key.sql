-- Which master key wraps each data key (MasterKey#fingerprint): a rotation re-wraps the rows whose key is not the
-- current one, and says how many are left (docs/operations.md, "Rotating the master key"). Rows from before are
-- NULL: read with each configured key in turn, and re-wrapped by the first rotation.
ALTER TABLE person_key ADD COLUMN master_key_id VARCHAR(16);
CREATE INDEX person_key_master_key ON person_key (master_key_id) WHERE wrapped_key IS NOT NULL;
