package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CareerDirection;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision-1 aspiration (a fixture of its stored JSON, its narrative sealed) reads as revision 2 that says nothing of
 * what draws the person or what they are leaving, every recorded field as it was.
 */
class AspirationStatedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final AspirationStatedUpcaster upcaster = new AspirationStatedUpcaster();

    @Test
    void aRevisionOneAspirationReadsWithNeitherWhatDrawsNorWhatPushes() throws IOException {
        byte[] stored = fixture();

        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(representation(stored))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode after = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(after.get("drawnTo").isNull()).isTrue();
        assertThat(after.get("movingAwayFrom").isNull()).isTrue();
        ObjectNode recorded = (ObjectNode) after.deepCopy();
        recorded.remove(List.of("drawnTo", "movingAwayFrom"));
        assertThat(recorded).isEqualTo(serializer.getObjectMapper().readTree(stored));

        AspirationStated event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getObjectMapper().writeValueAsBytes(after), byte[].class,
                new SimpleSerializedType(AspirationStated.class.getName(), "2")));
        assertThat(event.direction()).isEqualTo(CareerDirection.PEOPLE_LEADERSHIP);
        assertThat(event.targetRoleFamilies()).containsExactly("engineering-management");
        assertThat(event.drawnTo()).isNull();
        assertThat(event.movingAwayFrom()).isNull();
    }

    private IntermediateEventRepresentation representation(byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Employee", "E-1", 3,
                UUID.randomUUID().toString(), "2026-01-15T10:00:00Z", AspirationStated.class.getName(), "1", payload,
                "{}".getBytes());
        return new InitialEventRepresentation(entry, serializer);
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = AspirationStatedUpcasterTest.class
                .getResourceAsStream("/events/AspirationStated-revision-1.json")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
