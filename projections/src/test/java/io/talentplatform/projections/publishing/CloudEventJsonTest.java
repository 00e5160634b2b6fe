package io.talentplatform.projections.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-pass writer gives what the CloudEvents SDK's JSON format gives, read either way. */
class CloudEventJsonTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private final EventFormat sdk = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private final PublicContract contract = new PublicContract("/talent-platform", JsonMapper.builder().build());

    @Test
    void writesWhatTheSdkWrites() throws Exception {
        List<CloudEvent> events = List.of(
                contract.capabilityEvidenced(UUID.randomUUID().toString(), Instant.parse("2026-11-02T09:15:00Z"),
                        new CapabilityEvidenced("E-1", UUID.randomUUID(), "negotiation", 4, "text",
                                EvidenceSource.CONVERSATION, LocalDate.of(2026, 11, 2), null)),
                contract.consentChanged(UUID.randomUUID().toString(), Instant.parse("2026-11-02T09:15:00.123456789Z"),
                        new ConsentRecorded("E-2", true, false, Set.of(ShareScope.CAPABILITIES, ShareScope.READINESS))),
                contract.consentChanged("quote\"and\\slash", Instant.parse("2026-11-02T09:15:00.5Z"),
                        new ConsentRecorded("É-3 ü", false, false, Set.of())));
        for (CloudEvent event : events) {
            byte[] ours = CloudEventJson.write(event);
            assertThat(TREES.readTree(ours)).isEqualTo(TREES.readTree(sdk.serialize(event)));
            assertThat(sdk.deserialize(ours)).isEqualTo(sdk.deserialize(sdk.serialize(event)));
        }
    }

    @Test
    void refusesWhatItDoesNotWrite() {
        CloudEvent withExtension = io.cloudevents.core.builder.CloudEventBuilder.v1().withId("1")
                .withSource(java.net.URI.create("/x")).withType("t").withExtension("traceparent", "00-1")
                .withDataContentType("application/json").withData("{}".getBytes()).build();
        assertThatThrownBy(() -> CloudEventJson.write(withExtension)).isInstanceOf(IllegalArgumentException.class);
    }
}
