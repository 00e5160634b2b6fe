package io.talentplatform.query.audit;

import io.talentplatform.platform.privacy.DataSubjects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one aggregate's events as the auditor sees them: through Axon's event store, so upcasters bring old
 * revisions to today's shape and each person's sealed fields open with their key (or read as erased), with the
 * stored revision and global position from the event table beside each.
 */
@Component
class EventHistory {

    private final EventStore store;
    private final JdbcClient jdbc;

    EventHistory(EventStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** One page of the stream from {@code fromSequence}; empty when the aggregate does not exist as that type. */
    Optional<Read> read(AuditedStream stream, String id, long fromSequence, int limit) {
        String aggregateId = stream.aggregateId(id);
        List<Stored> stored = jdbc.sql("""
                        SELECT sequencenumber, globalindex, payloadrevision, type FROM domainevententry
                        WHERE aggregateidentifier = ? AND sequencenumber >= ?
                        ORDER BY sequencenumber LIMIT ?""")
                .params(aggregateId, fromSequence, limit + 1)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
        if (stored.isEmpty() ? !exists(stream, aggregateId) : !stream.aggregateType().equals(stored.get(0).type())) {
            return Optional.empty();
        }
        Map<Long, Stored> bySequence = new HashMap<>();
        stored.forEach(row -> bySequence.put(row.sequence(), row));
        List<AuditedEvent> events = new ArrayList<>(Math.min(limit, stored.size()));
        Set<String> subjects = new LinkedHashSet<>();
        DomainEventStream read = store.readEvents(aggregateId, fromSequence);
        while (read.hasNext() && events.size() < limit) {
            DomainEventMessage<?> event = read.next();
            Stored row = bySequence.get(event.getSequenceNumber());
            if (row == null) {
                break; // appended after the page was counted: it belongs to the next page
            }
            DataSubjects.of(event.getPayload()).ifPresent(subjects::add);
            events.add(new AuditedEvent(event.getSequenceNumber(), row.globalIndex(), event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), row.revision(), event.getTimestamp(),
                    new java.util.TreeMap<>(event.getMetaData()), event.getPayload()));
        }
        Long next = stored.size() > limit && events.size() == limit ? stored.get(limit).sequence() : null;
        return Optional.of(new Read(new Page(stream.name().toLowerCase(), id, events, next), List.copyOf(subjects)));
    }

    private boolean exists(AuditedStream stream, String aggregateId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = ? AND type = ?)")
                .params(aggregateId, stream.aggregateType()).query(Boolean.class).single();
    }

    private record Stored(long sequence, long globalIndex, String revision, String type) {
    }

    /** @param subjects the people the events on the page are about, for the access log */
    record Read(Page page, List<String> subjects) {
    }

    /** @param nextSequence where the next page starts ({@code fromSequence}), or {@code null} on the last page */
    record Page(String type, String id, List<AuditedEvent> events, Long nextSequence) {
    }

    /**
     * @param revision the revision the event was stored with (upcasters may have brought the payload to a newer one)
     * @param metadata who recorded it (actor, actorRoles), by which request (requestId is the Idempotency-Key), in
     *                 which flow (traceCorrelation, correlationId) and by which service and build
     */
    record AuditedEvent(long sequenceNumber, long globalPosition, String eventId, String type, String revision,
                        Instant timestamp, Map<String, Object> metadata, Object payload) {
    }
}
