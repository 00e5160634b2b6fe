package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision-1 event, as it was stored before evidence could be private (a fixture of its stored JSON), reads as
 * revision 2 with SHARED evidence and every other field as recorded; a revision-2 event passes untouched.
 */
class CapabilityEvidencedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final CapabilityEvidencedUpcaster upcaster = new CapabilityEvidencedUpcaster();

    @Test
    void aRevisionOneEventReadsAsSharedEvidenceInTodaysShape() throws IOException {
        byte[] stored = fixture("/events/CapabilityEvidenced-revision-1.json");

        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(representation(stored, "1")))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode before = serializer.getObjectMapper().readTree(stored);
        JsonNode after = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(after.get("visibility").asText()).isEqualTo("SHARED");
        JsonNode recorded = ((com.fasterxml.jackson.databind.node.ObjectNode) after.deepCopy()).without("visibility");
        assertThat(recorded).as("every recorded field as it was, the sealed evidence untouched").isEqualTo(before);

        CapabilityEvidenced event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getObjectMapper().writeValueAsBytes(after), byte[].class,
                new SimpleSerializedType(CapabilityEvidenced.class.getName(), "2")));
        assertThat(event).isEqualTo(new CapabilityEvidenced("E-1042",
                UUID.fromString("6f1c2b7e-5d0a-4c7b-9a64-2f3e8d1b9c10"), "distributed-systems", 4,
                before.get("evidence").asText(), EvidenceSource.CONVERSATION, LocalDate.of(2025, 9, 14),
                UUID.fromString("0b8f6a52-3e1d-4f7a-8c25-9d4e6b1a7f38"), EvidenceVisibility.SHARED));
    }

    @Test
    void aRevisionTwoEventIsLeftAsItIs() throws IOException {
        CapabilityEvidenced recorded = new CapabilityEvidenced("E-7", UUID.randomUUID(), "mentoring", 3, "kept",
                EvidenceSource.PEER, LocalDate.of(2026, 1, 5), null, EvidenceVisibility.PRIVATE);
        SerializedObject<byte[]> serialized = serializer.serialize(recorded, byte[].class);

        List<IntermediateEventRepresentation> upcast =
                upcaster.upcast(Stream.of(representation(serialized.getData(), "2"))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(upcast.get(0).getData(JsonNode.class).getData().get("visibility").asText()).isEqualTo("PRIVATE");
    }

    @Test
    void withoutTheUpcasterARevisionOneEventCannotBeRead() throws IOException {
        byte[] stored = fixture("/events/CapabilityEvidenced-revision-1.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serializer.deserialize(new SimpleSerializedObject<>(
                        stored, byte[].class, new SimpleSerializedType(CapabilityEvidenced.class.getName(), "1"))))
                .as("visibility is required in today's shape").isInstanceOf(RuntimeException.class);
    }

    private IntermediateEventRepresentation representation(byte[] payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Employee", "E-1042", 3,
                UUID.randomUUID().toString(), "2025-09-14T10:00:00Z", CapabilityEvidenced.class.getName(), revision,
                payload, "{}".getBytes());
        return new InitialEventRepresentation(entry, serializer);
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = CapabilityEvidencedUpcasterTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
