package io.talentplatform.query.followthrough;

import io.talentplatform.events.privacy.Audience;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;

/** A development contract as the API answers it: terms, review state, the 48-hour summary, and the commitments. */
public record ContractView(UUID contractId, String employeeId, String managerId, boolean open,
                           @Audience(PERSON_AND_MANAGER) String goal,
                           @Audience(PERSON_AND_MANAGER) String evidenceOfSuccess, String reviewCadence,
                           LocalDate nextReviewOn, LocalDate lastReviewedOn, boolean reviewOverdue,
                           @Audience(PERSON_AND_MANAGER) String caveat,
                           @Audience(PERSON_AND_MANAGER) List<String> openQuestions, int revision,
                           List<Revision> revisions, UUID conversationId, Instant summarySharedAt,
                           Boolean summaryLate, String closeReason, List<Commitment> commitments,
                           TransitionPlan transitionPlan) {

    /** "Not here", respected: the partial paths and the timeline; the support is the manager's commitments. */
    public record TransitionPlan(@Audience(PERSON_AND_MANAGER) List<String> partialPaths,
                                 @Audience(PERSON_AND_MANAGER) String timeline, LocalDate agreedOn) {
    }

    public record Revision(int revision, @Audience(PERSON_AND_MANAGER) String goal,
                           @Audience(PERSON_AND_MANAGER) String reason, Instant revisedAt) {
    }

    /** Status is OPEN, OVERDUE, COMPLETED (with completedLate) or WITHDRAWN. */
    public record Commitment(UUID commitmentId, String owner, String kind,
                             @Audience(PERSON_AND_MANAGER) String description, LocalDate dueOn, String status,
                             LocalDate completedOn, Boolean completedLate, LocalDate overdueSince, int reschedules,
                             UUID conversationId) {
    }
}
