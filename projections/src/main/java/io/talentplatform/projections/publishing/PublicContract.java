package io.talentplatform.projections.publishing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityPosted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    static final String READINESS_ASSESSED = "talent.readiness.assessed.v1";
    static final String ASPIRATION_STATED = "talent.aspiration.stated.v1";
    static final String EMPLOYEE_MOVED = "talent.employee.moved.v1";
    static final String PROFILE = "talent.profile.v1";
    static final String OPENING_OPENED = "talent.opening.opened.v1";
    static final String OPENING_FILLED = "talent.opening.filled.v1";
    static final String OPPORTUNITY_POSTED = "talent.opportunity.posted.v1";
    static final String OPPORTUNITY_TAKEN = "talent.opportunity.taken.v1";

    /** Each type's JSON Schema is docs/events/{type}.json, whose {@code $id} is this prefix and the type. */
    static final String SCHEMA_BASE = "urn:talent:schema:";
    /** Each type's schema URI, parsed once: parsing it for every record was a visible share of publishing. */
    private static final Map<String, URI> SCHEMAS = new ConcurrentHashMap<>();

    private final URI source;
    private final JsonMapper json;

    public PublicContract(@Value("${talent.kafka.source}") String source, JsonMapper json) {
        this.source = URI.create(source);
        this.json = json;
    }

    /** A Human Capital data point as the marketplace sees it: no evidence text, no conversation. */
    /** @param catalogueVersion the capability catalogue's version the capability was resolved in; null before one */
    public record CapabilityEvidencedV1(String employeeId, String capability, int level, String source,
                                        LocalDate observedOn, Long catalogueVersion) {
    }

    /** The person's new visibility; a consumer drops the person when {@code marketplaceVisible} is false. */
    public record ConsentChangedV1(String employeeId, boolean marketplaceVisible, List<String> share) {
    }

    /** Readiness for a role or a role family, without the rationale. Published only under the READINESS scope. */
    public record ReadinessAssessedV1(String employeeId, String roleId, String roleFamily, String readiness) {
    }

    /** Where the person wants to go, without the narrative. Published only if shared and under ASPIRATION. */
    public record AspirationStatedV1(String employeeId, String direction, List<String> targetRoleFamilies,
                                     int horizonYears) {
    }

    /** A change of role of a person in the marketplace. */
    public record EmployeeMovedV1(String employeeId, String moveType, String jobTitle, String level, String function,
                                  LocalDate effectiveOn) {
    }

    /**
     * The latest marketplace profile of a consenting person, on the compacted profiles topic. A part the person
     * does not share is {@code null}.
     */
    public record ProfileV1(String employeeId, String jobTitle, String level, String function,
                            List<ProfileCapabilityV1> capabilities, ProfileAspirationV1 aspiration,
                            List<ProfileReadinessV1> readiness) {
    }

    /** @param catalogueVersion the catalogue version the capability was named in, or {@code null} (before one) */
    public record ProfileCapabilityV1(String capability, int level, LocalDate observedOn, Long catalogueVersion) {
    }

    public record ProfileAspirationV1(String direction, List<String> targetRoleFamilies, Integer horizonYears) {
    }

    public record ProfileReadinessV1(String roleId, String roleFamily, String readiness) {
    }

    public record RequiredCapabilityV1(String capability, int minLevel) {
    }

    /**
     * A vacancy, with what it requires; {@code openingKind} is always ROLE (gigs and projects are opportunities). Not
     * named {@code kind}: a field of that name is a writer's own in a listening note, and no published field shares a
     * name with a confidential one (PublicContractTest).
     */
    public record OpeningOpenedV1(String openingId, String roleId, String title, String function, String level,
                                  String roleFamily, List<RequiredCapabilityV1> requiredCapabilities,
                                  LocalDate openedOn, boolean internalOnly, String openingKind) {
    }

    /** A gig or a project: part-time, time-boxed, with what it requires and what it develops. */
    public record OpportunityPostedV1(String openingId, String openingKind, String title, String function, int hoursPerWeek,
                                      LocalDate startsOn, LocalDate endsOn,
                                      List<RequiredCapabilityV1> requiredCapabilities,
                                      List<String> developsCapabilities, int seats, LocalDate postedOn) {
    }

    /** A seat of a gig or project was taken (the person's manager agreed); who took it is not published. */
    public record OpportunityTakenV1(String openingId, String openingKind, LocalDate takenOn, int seatsTaken, int seats) {
    }

    /** The vacancy was filled; who filled it is not published, only whether it was an internal move. */
    public record OpeningFilledV1(String openingId, String roleId, LocalDate filledOn, boolean filledInternally) {
    }

    CloudEvent readinessAssessed(String eventId, Instant at, ReadinessAssessed event) {
        return envelope(eventId, READINESS_ASSESSED, event.employeeId(), at, new ReadinessAssessedV1(
                event.employeeId(), event.roleId(), event.roleFamily(), event.readiness().name()));
    }

    CloudEvent aspirationStated(String eventId, Instant at, AspirationStated event) {
        return envelope(eventId, ASPIRATION_STATED, event.employeeId(), at, new AspirationStatedV1(event.employeeId(),
                event.direction().name(), event.targetRoleFamilies(), event.horizonYears()));
    }

    CloudEvent employeeMoved(String eventId, Instant at, EmployeeMoved event) {
        return envelope(eventId, EMPLOYEE_MOVED, event.employeeId(), at, new EmployeeMovedV1(event.employeeId(),
                event.moveType().name(), event.jobTitle(), event.level(), event.function(), event.effectiveOn()));
    }

    CloudEvent profile(String eventId, Instant at, ProfileV1 profile) {
        return envelope(eventId, PROFILE, profile.employeeId(), at, profile);
    }

    CloudEvent openingOpened(String eventId, Instant at, OpeningOpened event) {
        return envelope(eventId, OPENING_OPENED, event.openingId().toString(), at, new OpeningOpenedV1(
                event.openingId().toString(), event.roleId(), event.title(), event.function(), event.level(),
                event.roleFamily(), event.requiredCapabilities().stream()
                .map(required -> new RequiredCapabilityV1(required.capability(), required.minLevel())).toList(),
                event.openedOn(), event.internalOnly(), "ROLE"));
    }

    CloudEvent opportunityPosted(String eventId, Instant at, OpportunityPosted event) {
        return envelope(eventId, OPPORTUNITY_POSTED, event.openingId().toString(), at, new OpportunityPostedV1(
                event.openingId().toString(), event.kind().name(), event.title(), event.function(),
                event.hoursPerWeek(), event.startsOn(), event.endsOn(), event.requiredCapabilities().stream()
                .map(required -> new RequiredCapabilityV1(required.capability(), required.minLevel())).toList(),
                event.developsCapabilities(), event.seats(), event.postedOn()));
    }

    CloudEvent opportunityTaken(String eventId, Instant at, OpportunityAgreed event) {
        return envelope(eventId, OPPORTUNITY_TAKEN, event.openingId().toString(), at, new OpportunityTakenV1(
                event.openingId().toString(), event.kind().name(), event.agreedOn(), event.seatsTaken(),
                event.seats()));
    }

    CloudEvent openingFilled(String eventId, Instant at, OpeningFilled event) {
        return envelope(eventId, OPENING_FILLED, event.openingId().toString(), at, new OpeningFilledV1(
                event.openingId().toString(), event.roleId(), event.filledOn(), event.internal()));
    }

    CloudEvent capabilityEvidenced(String eventId, Instant at, CapabilityEvidenced event) {
        return envelope(eventId, CAPABILITY_EVIDENCED, event.employeeId(), at, new CapabilityEvidencedV1(
                event.employeeId(), event.capability(), event.level(), event.source().name(), event.observedOn(),
                event.catalogueVersion()));
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
                .withDataSchema(SCHEMAS.computeIfAbsent(type, known -> URI.create(SCHEMA_BASE + known)))
                .withData(json.writeValueAsBytes(data))
                .build();
    }
}
