-- The expiry of stored idempotent answers (IdempotencyExpiry) deletes by age.
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
