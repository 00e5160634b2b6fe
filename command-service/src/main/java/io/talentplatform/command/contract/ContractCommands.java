package io.talentplatform.command.contract;

import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.ReviewCadence;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The commands of a development contract, each handled by {@link DevelopmentContract}. */
public final class ContractCommands {

    private ContractCommands() {
    }

    /** Agree a development contract with a person. */
    /**
     * What the directory knew when the command was taken travels with it, for the contract to decide on:
     *
     * @param employed       whether the person is a current employee
     * @param openContract   the person's open contract, {@code null} when there is none
     * @param conversationOf whose conversation {@code conversationId} is, {@code null} when none is known under it
     */
    public record OpenDevelopmentContract(@TargetAggregateIdentifier UUID contractId, String employeeId,
                                          String managerId, String goal, String evidenceOfSuccess,
                                          ReviewCadence reviewCadence, LocalDate nextReviewOn, String caveat,
                                          List<String> openQuestions, UUID conversationId, boolean employed,
                                          UUID openContract, String conversationOf) {
    }

    /** Change the terms; a field left {@code null} keeps its current value. */
    public record ReviseDevelopmentContract(@TargetAggregateIdentifier UUID contractId, String goal,
                                            String evidenceOfSuccess, ReviewCadence reviewCadence,
                                            LocalDate nextReviewOn, String caveat, List<String> openQuestions,
                                            String reason) {
    }

    public record ReviewContract(@TargetAggregateIdentifier UUID contractId, LocalDate reviewedOn, String progress,
                                 LocalDate nextReviewOn) {
    }

    /** @param conversationHeldAt when the conversation the contract came from was held, if it came from one */
    public record ShareContractSummary(@TargetAggregateIdentifier UUID contractId, Instant sharedAt,
                                       Instant conversationHeldAt) {
    }

    public record CloseDevelopmentContract(@TargetAggregateIdentifier UUID contractId, ContractCloseReason reason) {
    }

    /** "Not here", respected: how the person's move is supported, with the manager's support commitments. */
    public record AgreeTransitionPlan(@TargetAggregateIdentifier UUID contractId, List<String> partialPaths,
                                      String timeline, List<SupportCommitment> support) {
    }

    /** One thing the manager does to support the move: an action within their authority, like any commitment. */
    public record SupportCommitment(UUID commitmentId, String description, LocalDate dueOn, CommitmentKind kind) {
    }

    public record MakeCommitment(@TargetAggregateIdentifier UUID contractId, UUID commitmentId,
                                 CommitmentOwner owner, String description, LocalDate dueOn, CommitmentKind kind,
                                 UUID conversationId) {
    }

    /** @param side the side of the contract the caller acts for; only the commitment's owner completes it */
    public record CompleteCommitment(@TargetAggregateIdentifier UUID contractId, UUID commitmentId,
                                     LocalDate completedOn, String note, CommitmentOwner side) {
    }

    /** @param side the side of the contract the caller acts for; only the commitment's owner moves it */
    public record RescheduleCommitment(@TargetAggregateIdentifier UUID contractId, UUID commitmentId,
                                       LocalDate dueOn, String reason, CommitmentOwner side) {
    }

    public record WithdrawCommitment(@TargetAggregateIdentifier UUID contractId, UUID commitmentId, String reason) {
    }

    /** Deadline payload: a commitment's due date passed. */
    public record CommitmentDue(UUID commitmentId, LocalDate dueOn) {
    }

    /** Deadline payload: the review planned for this date did not happen. */
    public record ReviewDate(LocalDate nextReviewOn) {
    }
}
