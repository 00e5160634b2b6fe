package io.talentplatform.query.careercapital;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Writer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.CONSENTED;
import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;
import static io.talentplatform.events.privacy.Confidentiality.WRITER;

/**
 * The Career Capital map as the API answers it (INTERFACES.md, GET /employees/{id}/career-capital). Each field with an
 * {@link Audience} reaches only that audience, decided by the platform's AudienceFilter from the declared viewer.
 */
public record CareerCapital(String employeeId, String displayName, String jobTitle, String level, String function,
                            String managerId, boolean employed, Departure departure,
                            List<Capability> capabilities, List<Relationship> relationships,
                            List<RelationshipSummary> relationshipsByKindAndFunction, Signaling signaling,
                            Aspiration aspiration, Consent consent, List<ReadinessEntry> readiness,
                            List<Conversation> conversations, List<Contest> contests) {

    /**
     * The person contested a record about them (DOMAIN.md, "Contest"); {@code open} until their manager answers.
     *
     * @param subjectId the evidence or relationship id, or the role id or role family of a readiness assessment
     */
    public record Contest(UUID contestId, String subject, String subjectId,
                          @Audience(value = PERSON_AND_MANAGER, auditors = true) String reason,
                          Instant contestedAt, boolean open, String outcome,
                          @Audience(value = PERSON_AND_MANAGER, auditors = true) String note, String answeredBy,
                          Instant answeredAt) {
    }

    public record Departure(LocalDate effectiveOn, String reason, boolean regretted) {
    }

    /** One capability: its latest level and all the evidence behind it, newest first. */
    public record Capability(String capability, int level, LocalDate lastObservedOn, boolean stale,
                             List<Evidence> evidence) {
    }

    /** @param visibility SHARED, or PRIVATE when the text stays between the person and their manager */
    public record Evidence(UUID evidenceId, int level, @Audience(CONSENTED) String evidence, String source,
                           LocalDate observedOn,
                           long ageDays, boolean stale, UUID conversationId, String visibility) {
    }

    public record Relationship(UUID relationshipId, String counterpartId,
                               @Audience(PERSON_AND_MANAGER) String counterpartName,
                               String counterpartFunction, String kind, UUID conversationId, Instant recordedAt) {
    }

    public record RelationshipSummary(String kind, String function, int count) {
    }

    /** Who among the decision makers knows the person's work, and the gaps still open. */
    public record Signaling(List<DecisionMaker> aware, List<DecisionMaker> openGaps) {
    }

    public record DecisionMaker(String decisionMakerId, @Audience(PERSON_AND_MANAGER) String basis,
                                Instant assessedAt, Instant gapOpenedAt,
                                Instant gapClosedAt, UUID conversationId) {
    }

    public record Aspiration(@Audience(CONSENTED) String direction, @Audience(CONSENTED) List<String> targetRoleFamilies,
                             int horizonYears, @Audience(PERSON_AND_MANAGER) String narrative,
                             boolean shareDirection, UUID conversationId, Instant statedAt,
                             @Audience(PERSON_AND_MANAGER) String drawnTo,
                             @Audience(PERSON_AND_MANAGER) String movingAwayFrom) {
    }

    public record Consent(boolean marketplaceVisible, boolean successionDiscoverable, List<String> share) {
    }

    public record ReadinessEntry(String targetKind, String target, @Audience(CONSENTED) String readiness,
                                 @Audience(value = CONSENTED, auditors = true) String rationale,
                                 String assessedBy, Instant assessedAt) {
    }

    /** A conversation and which of the four outcomes it produced; notes only for the manager who wrote them. */
    public record Conversation(UUID conversationId, String kind, String trigger, String status, String managerId,
                               Instant scheduledFor, int plannedMinutes, Instant promptSentAt, int deferrals,
                               Instant heldAt, Integer actualMinutes, Outcomes outcomes,
                               LocalDate nextConversationOn, List<Note> notes) {
    }

    public record Outcomes(boolean humanCapitalUpdated, boolean relationshipCapitalAssessed, String signalingGap,
                           Advocacy advocacyAction, int produced, boolean allFour, boolean advocacyMissing) {
    }

    public record Advocacy(@Audience(PERSON_AND_MANAGER) String description, LocalDate dueOn) {
    }

    public record Note(UUID noteId, @Audience(WRITER) String kind, @Audience(WRITER) String text,
                       @Writer String writtenBy, Instant writtenAt) {
    }
}
