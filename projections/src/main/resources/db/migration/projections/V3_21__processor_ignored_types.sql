-- The event types each read model's processor has no handler for, written by the projections service as it starts
-- (IgnoredEventTypes). The query service's "processed up to N" needs them: a tracking processor stores its token
-- after events it ignores only once a second has passed without one it handles, so an ignored event must not count
-- as waiting. A type not listed here counts as handled, the safe side.
CREATE TABLE processor_ignored_type (
    processor_name VARCHAR(255) NOT NULL,
    payload_type   VARCHAR(255) NOT NULL,
    PRIMARY KEY (processor_name, payload_type)
);
