package io.talentplatform.query.followthrough;

import io.talentplatform.events.privacy.Audience;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;

/**
 * A manager's follow-through in one answer (seed 001, "What good looks like"): where every report stands, and the
 * manager's own record of keeping commitments.
 */
public record FollowThroughView(String managerId, LocalDate asOf, List<Report> reports,
                                List<OwnCommitment> openCommitments, Fulfilment fulfilment) {

    /** One direct report. */
    public record Report(String employeeId, Instant lastConversationAt, String lastConversationKind,
                         Instant lastFullConversationAt, Long daysSinceLastFullConversation,
                         boolean quarterlyCadenceBreached, LocalDate quarterlyConversationDueRaisedOn,
                         Instant nextScheduledConversation,
                         LocalDate nextConversationOn, int deferrals, ContractStatus contract,
                         CommitmentCounts employeeCommitments, CommitmentCounts managerCommitments,
                         List<Advocacy> unattachedAdvocacyActions) {
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
