package io.talentplatform.query.followthrough;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Writer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;
import static io.talentplatform.events.privacy.Confidentiality.WRITER;

/**
 * A manager's follow-through in one answer (seed 001, "What good looks like"): where every report stands, and the
 * manager's own record of keeping commitments.
 */
public record FollowThroughView(String managerId, LocalDate asOf, List<Report> reports,
                                List<OwnCommitment> openCommitments, Fulfilment fulfilment) {

    /**
     * One direct report. {@code deferrals} counts the last twelve months' moves and cancellations without another
     * booking; {@code consecutiveDeferrals} those since the last conversation held. {@code escalations} put the report
     * on HR's view across managers (docs/loop.md). The pause of development pushes is shown to the note's writer
     * only: for anyone else both fields are absent.
     */
    public record Report(String employeeId, Instant lastConversationAt, String lastConversationKind,
                         Instant lastFullConversationAt, Long daysSinceLastFullConversation,
                         boolean quarterlyCadenceBreached, LocalDate quarterlyConversationDueRaisedOn,
                         Instant nextScheduledConversation,
                         LocalDate nextConversationOn, int deferrals, ContractStatus contract,
                         CommitmentCounts employeeCommitments, CommitmentCounts managerCommitments,
                         List<Advocacy> unattachedAdvocacyActions,
                         boolean nextConversationBooked, int consecutiveDeferrals, List<Escalation> escalations,
                         List<DueConversation> conversationsDue, List<HeldConversation> summariesLate,
                         List<HeldConversation> conversationsGoingNowhere,
                         @Audience(WRITER) LocalDate developmentPushesPausedUntil,
                         @Writer String pausedBy) {
    }

    /** Why a report is on HR's view across managers. */
    public enum Escalation { TWO_DEFERRALS_IN_A_ROW, QUARTER_WITHOUT_CONVERSATION }

    /** A conversation the platform raised, not held yet; why is for the person's manager only. */
    public record DueConversation(@Audience(PERSON_AND_MANAGER) String reason,
                                  @Audience(PERSON_AND_MANAGER) String detail, LocalDate raisedOn, LocalDate dueOn,
                                  boolean overdue) {
    }

    /** A held conversation the report flags: its summary late or missing, or nothing came of it. */
    public record HeldConversation(UUID conversationId, Instant heldAt, Instant summarySharedAt) {
    }

    public record ContractStatus(UUID contractId, String reviewCadence, LocalDate lastReviewedOn,
                                 LocalDate nextReviewOn, boolean reviewBreached, Instant summarySharedAt,
                                 boolean summaryNotSharedWithin48Hours) {
    }

    public record CommitmentCounts(int open, int overdue) {
    }

    public record Advocacy(UUID conversationId, @Audience(PERSON_AND_MANAGER) String description, LocalDate dueOn) {
    }

    public record OwnCommitment(UUID commitmentId, String employeeId, String kind,
                                @Audience(PERSON_AND_MANAGER) String description, LocalDate dueOn, String status) {
    }

    /** The manager's own commitments: kept on time, kept late, overdue and still open, withdrawn. */
    public record Fulfilment(int made, int completedOnTime, int completedLate, int overdueOpen, int withdrawn,
                             Double onTimeRate) {
    }
}
