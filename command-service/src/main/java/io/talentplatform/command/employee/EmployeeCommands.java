package io.talentplatform.command.employee;

import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.ContestOutcome;
import io.talentplatform.events.employee.ContestedRecord;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.RelationshipKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The person's commands beyond registration, evidence and consent, each handled by {@link Employee}. */
public final class EmployeeCommands {

    private EmployeeCommands() {
    }

    /** The person reports to {@code managerId} from {@code effectiveOn}. */
    /** @param managerEmployed whether the manager is a current employee, as the directory knew it */
    public record ChangeManager(@TargetAggregateIdentifier String employeeId, String managerId, LocalDate effectiveOn,
                                boolean managerEmployed) {
    }

    /** The person changes role. */
    /** @param moveType how the person moves, or {@code null} to infer it from the new role (an internal fill) */
    public record RecordMove(@TargetAggregateIdentifier String employeeId, String jobTitle, String level,
                             String function, MoveType moveType, LocalDate effectiveOn, UUID openingId) {
    }

    /** The person leaves. */
    public record RecordDeparture(@TargetAggregateIdentifier String employeeId, LocalDate effectiveOn,
                                  DepartureReason reason, boolean regretted) {
    }

    /** Someone outside the team has direct experience of the person's work. */
    public record MapRelationship(@TargetAggregateIdentifier String employeeId, UUID relationshipId,
                                  String counterpartId, String counterpartName, String counterpartFunction,
                                  RelationshipKind kind, UUID conversationId, String conversationOf) {
    }

    /** Whether a decision maker knows the person's capabilities. */
    public record AssessDecisionMakerAwareness(@TargetAggregateIdentifier String employeeId, String decisionMakerId,
                                               boolean aware, String basis, UUID conversationId,
                                               String conversationOf) {
    }

    /** Where the person wants to go. */
    /** @param drawnTo, movingAwayFrom in the person's own words; either may be null */
    public record StateAspiration(@TargetAggregateIdentifier String employeeId, CareerDirection direction,
                                  List<String> targetRoleFamilies, int horizonYears, String narrative,
                                  boolean shareDirection, UUID conversationId, String conversationOf,
                                  String drawnTo, String movingAwayFrom) {

        public StateAspiration(String employeeId, CareerDirection direction, List<String> targetRoleFamilies,
                               int horizonYears, String narrative, boolean shareDirection, UUID conversationId,
                               String conversationOf) {
            this(employeeId, direction, targetRoleFamilies, horizonYears, narrative, shareDirection, conversationId,
                    conversationOf, null, null);
        }
    }

    /** How ready the person is for a role or a role family. */
    public record AssessReadiness(@TargetAggregateIdentifier String employeeId, String roleId, String roleFamily,
                                  Readiness readiness, String rationale, String assessedBy) {
    }

    /**
     * The person contests a record about them.
     *
     * @param subjectId as the person gave it: an evidence or relationship id, or a role id or role family
     */
    public record ContestRecord(@TargetAggregateIdentifier String employeeId, UUID contestId, ContestedRecord subject,
                                String subjectId, String reason) {
    }

    /**
     * The person's manager answers a contest.
     *
     * @param level             for an amended evidence item, its corrected level
     * @param readiness         for an amended readiness assessment, the corrected readiness
     * @param amendedEvidenceId the id an amended evidence item is recorded under
     */
    public record AnswerContest(@TargetAggregateIdentifier String employeeId, UUID contestId, ContestOutcome outcome,
                                String note, String answeredBy, Integer level, Readiness readiness,
                                UUID amendedEvidenceId) {
    }

    /** Erase the person's personal data on request (GDPR art. 17). */
    public record EraseEmployeeData(@TargetAggregateIdentifier String employeeId, String requestedBy, String reason) {
    }

    /**
     * The platform raises a career conversation with the person's manager (a policy, from another stream's event).
     *
     * @param raisedOn the day of the event that raised it (a policy may run later, or again on a replay)
     * @param cause    what raised it: the same cause raises it once
     */
    public record RaiseConversationDue(@TargetAggregateIdentifier String employeeId, ConversationTrigger reason,
                                       String detail, LocalDate raisedOn, LocalDate dueOn, String cause) {
    }

    /** A burnout or wellbeing note pauses development pushes (docs/loop.md). */
    public record PauseDevelopmentPushes(@TargetAggregateIdentifier String employeeId, LocalDate pausedUntil,
                                         String writtenBy, UUID noteId) {
    }

    /** The advocacy action aimed at a decision maker's gap was done: ask whether the gap closed. */
    public record RequestSignalReassessment(@TargetAggregateIdentifier String employeeId, String decisionMakerId,
                                            UUID commitmentId, UUID conversationId, LocalDate requestedOn) {
    }

    /** A panel nominated the person: if nothing moves for a while, the promotion has stalled (docs/loop.md). */
    public record WatchForStalledPromotion(@TargetAggregateIdentifier String employeeId, String cause) {
    }

    /** Whether the person may be introduced as a mentor: a check of their consent, which records nothing. */
    public record ConfirmMentor(@TargetAggregateIdentifier String employeeId) {
    }

    /** The person asks to be introduced to a mentor (see {@code MentoringRequested}). */
    public record RequestMentoring(@TargetAggregateIdentifier String employeeId, String mentorId, String roleFamily,
                                   String note, UUID contractId, UUID commitmentId, LocalDate dueOn) {
    }
}
