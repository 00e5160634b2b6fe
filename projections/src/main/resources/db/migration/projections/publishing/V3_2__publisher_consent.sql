-- What the Kafka publisher needs to know to decide whether an event may leave the platform
-- (package io.talentplatform.projections.publishing).
CREATE TABLE publisher_consent (
    employee_id         VARCHAR(64) PRIMARY KEY,
    marketplace_visible BOOLEAN     NOT NULL,
    shared_scopes       TEXT[]      NOT NULL DEFAULT '{}'
);
