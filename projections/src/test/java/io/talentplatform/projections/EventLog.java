package io.talentplatform.projections;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appends events to the real event store as an aggregate would, and resets processors for rebuild tests. One for the
 * test context: each test's aggregates have ids of their own, so their sequence numbers never meet.
 */
@Component
public final class EventLog {

    private final EventStore store;
    private final EventProcessingConfiguration processing;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    EventLog(EventStore store, EventProcessingConfiguration processing) {
        this.store = store;
        this.processing = processing;
    }

    public void append(String aggregateType, String aggregateId, Object... payloads) {
        for (Object payload : payloads) {
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            store.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload));
        }
    }

    /** Appends as {@link #append} does, with the events stamped {@code at} (for read models that keep the date). */
    public void appendAt(Instant at, String aggregateType, String aggregateId, Object... payloads) {
        for (Object payload : payloads) {
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            store.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, Map.of(),
                    UUID.randomUUID().toString(), at));
        }
    }

    /** Stops the processor, resets its tokens to the first event (its reset handler empties its tables) and starts it. */
    public void rebuild(String processorName) {
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Rebuilds the processor, then waits for its tables to hash to what they were live (and says how they differ). */
    public void rebuildAndCompare(String processorName, String live, Supplier<String> digest) {
        rebuild(processorName);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(digest.get()).isEqualTo(live));
    }
}
