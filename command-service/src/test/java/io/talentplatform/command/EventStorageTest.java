package io.talentplatform.command;

import io.talentplatform.platform.axon.PostgresEventStorageEngine;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's storage engine reads timestamps its own way; what it streams must be what Axon's stock engine streams
 * from the same rows: the same events, timestamps and tracking tokens, gaps included.
 */
@CommandServiceTest
class EventStorageTest {

    @Autowired
    EventStorageEngine storage;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    ConnectionProvider connections;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void streamsWhatAxonsOwnEngineStreamsGapsIncluded() {
        assertThat(storage).isInstanceOf(PostgresEventStorageEngine.class);
        long before = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
        String aggregate = "storage-test-" + UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            long sequence = i;
            transactions.executeInTransaction(() -> storage.appendEvents(new GenericDomainEventMessage<>(
                    "StorageTest", aggregate, sequence, "event " + sequence)));
            if (i % 7 == 3) {
                // A sequence value taken and never used: a gap, as a rolled-back append leaves one.
                jdbc.sql("SELECT nextval(pg_get_serial_sequence('domainevententry', 'globalindex'))")
                        .query(Long.class).single();
            }
        }
        JdbcEventStorageEngine stock = JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer)
                .connectionProvider(connections).transactionManager(transactions).schema(new EventSchema())
                .build();
        TrackingToken start = storage.createTokenAt(Instant.EPOCH);

        List<String> ours = streamed(storage, start, before);
        List<String> axons = streamed(stock, start, before);

        assertThat(ours).hasSize(40).isEqualTo(axons);
        assertThat(ours.get(39)).contains("gaps=[");
        assertThat(ours.stream().filter(line -> !line.contains("gaps=[]")).count()).isPositive();
    }

    /** Every event after {@code after}: id, timestamp and token, one line each. */
    private List<String> streamed(EventStorageEngine engine, TrackingToken start, long after) {
        return transactions.fetchInTransaction(() -> engine.readEvents(start, false)
                .filter(event -> position(event) > after)
                .map(event -> event.getIdentifier() + " " + event.getTimestamp() + " " + event.trackingToken())
                .collect(Collectors.toList()));
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }
}
