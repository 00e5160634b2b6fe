package io.talentplatform.projections.publishing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How every publisher sends: a structured-mode CloudEvent (or a tombstone) per record, and a wait for the broker's
 * acknowledgement ({@code acks=all}, idempotent producer), so a processor's token moves only past what the broker
 * has. A failed send fails the handler, and the processor retries the batch with back-off: nothing is skipped.
 */
@Component
class KafkaSends {

    private static final long ACK_TIMEOUT_SECONDS = 30;
    private static final byte[] CONTENT_TYPE = JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    KafkaSends(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    void cloudEvent(String topic, String key, CloudEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, format.serialize(event));
        record.headers().add("content-type", CONTENT_TYPE);
        send(record, event.getId());
    }

    /** A null value: on a compacted topic, the key's history is gone after compaction. */
    void tombstone(String topic, String key) {
        send(new ProducerRecord<>(topic, key, null), "tombstone of " + key);
    }

    private void send(ProducerRecord<String, byte[]> record, String what) {
        try {
            kafka.send(record).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge " + what, e);
        }
    }
}
