package io.talentplatform.projections.publishing;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.talentplatform.platform.observability.Tracing;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How every publisher sends: a structured-mode CloudEvent (or a tombstone) per record, handed to the producer at
 * once, and every acknowledgement of a processor's batch awaited before the batch commits. The processor's token
 * therefore moves only past what the broker has ({@code acks=all}, idempotent producer, so order per partition
 * holds); one failed or late acknowledgement fails the batch, which the processor retries with back-off, sending
 * it again (at least once, never lost). Waiting once per batch rather than once per record is what lets a
 * publisher keep up with the producer's own throughput.
 */
@Component
class KafkaSends {

    /** Below Axon's 60 s batch timeout, above the producer's 30 s delivery timeout for most of a batch. */
    private static final long ACK_TIMEOUT_SECONDS = 45;
    private static final String PENDING = KafkaSends.class.getName() + ".pending";
    private static final byte[] CONTENT_TYPE = JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private static final Logger log = LoggerFactory.getLogger(KafkaSends.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final Tracing.TraceParents traceParents;

    KafkaSends(KafkaTemplate<String, byte[]> kafka, Tracing.TraceParents traceParents) {
        this.kafka = kafka;
        this.traceParents = traceParents;
    }

    /**
     * A record for the event, with the trace the event is handled in ({@code traceparent}): a consumer that traces
     * continues the trace of the request that caused the event.
     */
    void cloudEvent(String topic, String key, CloudEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, CloudEventJson.write(event));
        record.headers().add("content-type", CONTENT_TYPE);
        traceParents.current().forEach((header, value) ->
                record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        log.debug("{} {} to {}", event.getType(), event.getId(), topic);
        send(record);
    }

    /** A null value: on a compacted topic, the key's history is gone after compaction. */
    void tombstone(String topic, String key) {
        send(new ProducerRecord<>(topic, key, null));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<?> acknowledged = kafka.send(record);
        if (!CurrentUnitOfWork.isStarted()) {
            awaitAll(List.of(acknowledged));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<CompletableFuture<?>> pending = batch.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAll(sends));
            return sends;
        });
        pending.add(acknowledged);
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + sends.size() + " records", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge all of " + sends.size() + " records", e);
        }
    }
}
