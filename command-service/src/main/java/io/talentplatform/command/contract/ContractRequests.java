package io.talentplatform.command.contract;

import io.talentplatform.command.employee.EmployeeRequests;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.ReviewCadence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the development-contract endpoints. */
final class ContractRequests {

    private ContractRequests() {
    }

    record OpenContract(
            @NotBlank @Pattern(regexp = EmployeeRequests.PERSON_ID, message = "must be an HRIS id such as E-1042")
            String employeeId,
            @NotBlank @Size(max = 500) String goal,
            @NotBlank @Size(max = 2000) String evidenceOfSuccess,
            @NotNull ReviewCadence reviewCadence,
            @NotNull LocalDate nextReviewOn,
            @Size(max = 2000) String caveat,
            @Size(max = 10) List<@NotBlank @Size(max = 500) String> openQuestions,
            UUID conversationId) {
    }

    record Revision(
            @Size(min = 1, max = 500) String goal,
            @Size(min = 1, max = 2000) String evidenceOfSuccess,
            ReviewCadence reviewCadence,
            LocalDate nextReviewOn,
            @Size(max = 2000) String caveat,
            @Size(max = 10) List<@NotBlank @Size(max = 500) String> openQuestions,
            @NotBlank @Size(max = 1000) String reason) {

        boolean changesNothing() {
            return goal == null && evidenceOfSuccess == null && reviewCadence == null && nextReviewOn == null
                    && caveat == null && openQuestions == null;
        }
    }

    record Commitment(
            @NotNull CommitmentOwner owner,
            @NotBlank @Size(max = 1000) String description,
            @NotNull LocalDate dueOn,
            CommitmentKind kind) {
    }

    /**
     * "Not here", respected: the partial paths that still help, the timeline, and what the manager does to support
     * the move (each becomes a manager commitment of the contract).
     */
    record TransitionPlan(
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 500) String> partialPaths,
            @NotBlank @Size(max = 1000) String timeline,
            @Size(max = 10) List<@NotNull @Valid Support> support) {
    }

    record Support(@NotBlank @Size(max = 1000) String description, @NotNull LocalDate dueOn,
                   @NotNull CommitmentKind kind) {
    }

    record Completion(@NotNull LocalDate completedOn, @Size(max = 1000) String note) {
    }

    record RescheduleCommitment(@NotNull LocalDate dueOn, @NotBlank @Size(max = 1000) String reason) {
    }

    record Withdrawal(@NotBlank @Size(max = 1000) String reason) {
    }

    record Review(@NotNull LocalDate reviewedOn, @NotBlank @Size(max = 2000) String progress,
                  @NotNull LocalDate nextReviewOn) {
    }

    record SummaryShared(@NotNull Instant sharedAt) {
    }

    record Close(@NotNull ContractCloseReason reason) {
    }
}
