package io.talentplatform.projections.publishing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The public contract of the Kafka streams: what a consented internal event becomes as a CloudEvent. Internal event
 * classes never leave the platform; this mapping decides field by field what does. No free text and no name ever
 * does: the events topic cannot be erased, so only structured, non-identifying facts are published
 * (docs/architecture.md).
 */
@Component
public class PublicContract {

    static final String CAPABILITY_EVIDENCED = "talent.capability.evidenced.v1";
    static final String CONSENT_CHANGED = "talent.consent.changed.v1";

    private final URI source;
    private final JsonMapper json;

    public PublicContract(@Value("${talent.kafka.source}") String source, JsonMapper json) {
        this.source = URI.create(source);
        this.json = json;
    }

    /** A Human Capital data point as the marketplace sees it: no evidence text, no conversation. */
    public record CapabilityEvidencedV1(String employeeId, String capability, int level, String source,
                                        LocalDate observedOn) {
    }

    /** The person's new visibility; a consumer drops the person when {@code marketplaceVisible} is false. */
    public record ConsentChangedV1(String employeeId, boolean marketplaceVisible, List<String> share) {
    }

    CloudEvent capabilityEvidenced(String eventId, Instant at, CapabilityEvidenced event) {
        return envelope(eventId, CAPABILITY_EVIDENCED, event.employeeId(), at, new CapabilityEvidencedV1(
                event.employeeId(), event.capability(), event.level(), event.source().name(), event.observedOn()));
    }

    CloudEvent consentChanged(String eventId, Instant at, ConsentRecorded event) {
        return envelope(eventId, CONSENT_CHANGED, event.employeeId(), at, new ConsentChangedV1(event.employeeId(),
                event.marketplaceVisible(), event.share().stream().map(Enum::name).sorted().toList()));
    }

    private CloudEvent envelope(String eventId, String type, String subject, Instant at, Object data) {
        return CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(source)
                .withSubject(subject)
                .withTime(at.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create("urn:talent:schema:" + type))
                .withData(json.writeValueAsBytes(data))
                .build();
    }
}
