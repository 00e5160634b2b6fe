package io.talentplatform.standalone.streams;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a talent marketplace does with the platform's streams, as the README shows it: keep the current profiles
 * from the compacted {@code talent.profiles.v1} (a tombstone removes a person), and take each change of
 * {@code talent.events.v1} once, dropping redeliveries by the CloudEvent id (delivery is at least once).
 */
final class MarketplaceView implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private final Map<String, CloudEvent> profiles = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<CloudEvent> changes = new ArrayList<>();
    private int duplicatesDropped;

    MarketplaceView(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "marketplace-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of("talent.profiles.v1", "talent.events.v1"));
    }

    /** Reads what has arrived since the last call. */
    void poll(Duration timeout) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            if (record.topic().equals("talent.profiles.v1")) {
                if (record.value() == null) {
                    profiles.remove(record.key());
                } else {
                    profiles.put(record.key(), format.deserialize(record.value()));
                }
            } else {
                CloudEvent change = format.deserialize(record.value());
                if (seen.add(change.getId())) {
                    changes.add(change);
                } else {
                    duplicatesDropped++;
                }
            }
        }
    }

    Map<String, CloudEvent> profiles() {
        return profiles;
    }

    List<CloudEvent> changes() {
        return changes;
    }

    int duplicatesDropped() {
        return duplicatesDropped;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
