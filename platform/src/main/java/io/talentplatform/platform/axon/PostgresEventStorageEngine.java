package io.talentplatform.platform.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Axon's JDBC event storage engine, reading each streamed event's timestamp once ({@link StoredTimestamps}) instead of
 * on every {@code getTimestamp()}. Every streaming thread of every processor reads every event, so this runs for each
 * event once per segment thread: a rebuild of the four read models with two segments each reads the log eight times.
 *
 * <p>The token is advanced as Axon's own engine does: an event newer than the gap timeout may leave gaps behind it (a
 * transaction still in flight may fill them), an older one closes them.
 */
public final class PostgresEventStorageEngine extends JdbcEventStorageEngine {

    private final long lowestGlobalSequence;
    private final int maxGapOffset;
    private volatile Duration gapTimeout;

    PostgresEventStorageEngine(Builder builder, long lowestGlobalSequence, int maxGapOffset, int gapTimeoutMillis) {
        super(builder.lowestGlobalSequence(lowestGlobalSequence).maxGapOffset(maxGapOffset)
                .gapTimeout(gapTimeoutMillis));
        this.lowestGlobalSequence = lowestGlobalSequence;
        this.maxGapOffset = maxGapOffset;
        this.gapTimeout = Duration.ofMillis(gapTimeoutMillis);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        String stored = resultSet.getString(schema.timestampColumn());
        Instant timestamp = StoredTimestamps.parse(stored);
        StoredEvent event = new StoredEvent(resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier, stored, timestamp,
                resultSet.getString(schema.payloadTypeColumn()), resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()), readPayload(resultSet, schema.metaDataColumn()));

        boolean mayLeaveGaps = timestamp.isAfter(GenericEventMessage.clock.instant().minus(gapTimeout));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            SortedSet<Long> gaps = mayLeaveGaps
                    ? LongStream.range(Math.min(lowestGlobalSequence, globalSequence), globalSequence).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : new TreeSet<>();
            token = GapAwareTrackingToken.newInstance(globalSequence, gaps);
        } else {
            token = previousToken.advanceTo(globalSequence, mayLeaveGaps ? maxGapOffset : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    @Override
    public void setGapTimeout(int gapTimeout) {
        super.setGapTimeout(gapTimeout);
        this.gapTimeout = Duration.ofMillis(gapTimeout);
    }

    /** A stored event whose timestamp was read once. */
    private static final class StoredEvent extends GenericDomainEventEntry<Object> {

        private final Instant timestamp;

        StoredEvent(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                    String storedTimestamp, Instant timestamp, String payloadType, String payloadRevision,
                    Object payload, Object metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTimestamp, payloadType,
                    payloadRevision, payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }
    }
}
