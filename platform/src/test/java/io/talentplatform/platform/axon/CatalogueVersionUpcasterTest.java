package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceVisibility;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
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
 * Evidence of revision 1 and 2 reads as revision 3, with no catalogue version, through the chain the platform
 * registers (1 to 2, then 2 to 3), every recorded field as it was.
 */
class CatalogueVersionUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(new CapabilityEvidencedUpcaster(),
            new CatalogueVersionUpcaster());

    @Test
    void aRevisionOneEventReadsAsRevisionThreeWithNoCatalogueVersion() throws IOException {
        JsonNode after = upcast(fixture(), "1");

        assertThat(after.get("visibility").asText()).isEqualTo("SHARED");
        assertThat(after.get("catalogueVersion").isNull()).isTrue();
        CapabilityEvidenced event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getObjectMapper().writeValueAsBytes(after), byte[].class,
                new SimpleSerializedType(CapabilityEvidenced.class.getName(), "3")));
        assertThat(event.visibility()).isEqualTo(EvidenceVisibility.SHARED);
        assertThat(event.catalogueVersion()).isNull();
    }

    @Test
    void aRevisionTwoEventGainsOnlyTheVersion() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode revisionTwo = (com.fasterxml.jackson.databind.node.ObjectNode)
                serializer.getObjectMapper().readTree(fixture());
        revisionTwo.put("visibility", "PRIVATE");

        JsonNode after = upcast(serializer.getObjectMapper().writeValueAsBytes(revisionTwo), "2");

        JsonNode recorded = after.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) recorded).remove("catalogueVersion");
        assertThat(recorded).isEqualTo(revisionTwo);
        assertThat(after.get("catalogueVersion").isNull()).isTrue();
    }

    private JsonNode upcast(byte[] payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Employee", "E-1", 2,
                UUID.randomUUID().toString(), "2026-01-15T10:00:00Z", CapabilityEvidenced.class.getName(), revision,
                payload, "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = chain.upcast(Stream.of(
                new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("3");
        return upcast.get(0).getData(JsonNode.class).getData();
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = CatalogueVersionUpcasterTest.class
                .getResourceAsStream("/events/CapabilityEvidenced-revision-1.json")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
