package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.talentplatform.events.conversation.ConversationCompleted;
import org.axonframework.eventhandling.GenericDomainEventEntry;
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
 * A revision-1 conversation completion (a fixture of its stored JSON, its advocacy text sealed) reads as revision 2
 * with an advocacy action that addresses no gap, every recorded field as it was.
 */
class ConversationCompletedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final ConversationCompletedUpcaster upcaster = new ConversationCompletedUpcaster();

    @Test
    void aRevisionOneCompletionReadsWithAnAdvocacyActionAimedAtNoGap() throws IOException {
        byte[] stored = fixture();

        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(representation(stored, "1")))
                .toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode after = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(after.get("advocacyAction").has("decisionMakerId")).isTrue();
        assertThat(after.get("advocacyAction").get("decisionMakerId").isNull()).isTrue();
        JsonNode before = serializer.getObjectMapper().readTree(stored);
        JsonNode recorded = after.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) recorded.get("advocacyAction")).remove("decisionMakerId");
        assertThat(recorded).isEqualTo(before);

        ConversationCompleted event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getObjectMapper().writeValueAsBytes(after), byte[].class,
                new SimpleSerializedType(ConversationCompleted.class.getName(), "2")));
        assertThat(event.advocacyAction().dueOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(event.advocacyAction().decisionMakerId()).isNull();
        assertThat(event.outcomesProduced()).isEqualTo(4);
    }

    @Test
    void aCompletionWithoutAnAdvocacyActionGainsNothing() throws IOException {
        byte[] stored = serializer.getObjectMapper().writeValueAsBytes(((com.fasterxml.jackson.databind.node.ObjectNode)
                serializer.getObjectMapper().readTree(fixture())).putNull("advocacyAction"));

        JsonNode after = upcaster.upcast(Stream.of(representation(stored, "1"))).toList().get(0)
                .getData(JsonNode.class).getData();

        assertThat(after.get("advocacyAction").isNull()).isTrue();
    }

    private IntermediateEventRepresentation representation(byte[] payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("CareerConversation",
                "3c9d2f1a-8b7e-4d6c-9f5a-1e2b3c4d5e6f", 4, UUID.randomUUID().toString(), "2026-01-15T10:00:00Z",
                ConversationCompleted.class.getName(), revision, payload, "{}".getBytes());
        return new InitialEventRepresentation(entry, serializer);
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = ConversationCompletedUpcasterTest.class
                .getResourceAsStream("/events/ConversationCompleted-revision-1.json")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
