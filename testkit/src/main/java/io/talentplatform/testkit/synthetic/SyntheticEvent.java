package io.talentplatform.testkit.synthetic;

import java.time.Instant;

/**
 * One event of the synthetic history, as an aggregate would have appended it: its stream (aggregate type and id),
 * its place in that stream, when it happened and who caused it (the {@code actor} and {@code actorRoles} metadata
 * every event of the platform carries).
 */
public record SyntheticEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventId,
                             Instant timestamp, Object payload, String actor, String actorRoles) {
}
