package io.talentplatform.command.contract;

import io.talentplatform.command.contract.ContractCommands.CloseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.CommitmentDue;
import io.talentplatform.command.contract.ContractCommands.CompleteCommitment;
import io.talentplatform.command.contract.ContractCommands.AgreeTransitionPlan;
import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.contract.ContractCommands.OpenDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.RescheduleCommitment;
import io.talentplatform.command.contract.ContractCommands.ReviewContract;
import io.talentplatform.command.contract.ContractCommands.ReviewDate;
import io.talentplatform.command.contract.ContractCommands.ReviseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.ShareContractSummary;
import io.talentplatform.command.contract.ContractCommands.WithdrawCommitment;
import io.talentplatform.events.contract.CommitmentBecameOverdue;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.ContractReviewDue;
import io.talentplatform.events.contract.ContractReviewed;
import io.talentplatform.events.contract.ContractSummaryShared;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.TransitionPlanAgreed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.DevelopmentContractRevised;
import io.talentplatform.events.contract.ReviewCadence;
import io.talentplatform.command.employee.CitedConversation;
import io.talentplatform.command.employee.Employment;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The development contract: a bilateral ledger the platform keeps honest (seeds 001, 002). One open contract per
 * person is a rule across aggregates, checked by the command side's lookup; everything else is checked here.
 * Due dates are deadlines on a persistent scheduler: when one passes with the commitment still open, the contract
 * itself records that it became overdue, once.
 */
@Aggregate
public class DevelopmentContract {

    /** Seed 001: "Sent a written summary of the development contract within 48 hours". */
    static final Duration SUMMARY_WITHIN = Duration.ofHours(48);
    static final String REVIEW_DEADLINE = "contract-review";

    private enum Status { OPEN, OVERDUE, COMPLETED, WITHDRAWN }

    private record Commitment(CommitmentOwner owner, LocalDate dueOn, Status status, boolean overdueRaised,
                              int reschedules) {
        Commitment with(Status newStatus) {
            return new Commitment(owner, dueOn, newStatus, overdueRaised || newStatus == Status.OVERDUE,
                    reschedules);
        }
    }

    @AggregateIdentifier
    private UUID contractId;
    private String employeeId;
    private String managerId;
    private boolean open;
    private int revision;
    private String goal;
    private String evidenceOfSuccess;
    private ReviewCadence reviewCadence;
    private LocalDate nextReviewOn;
    private String caveat;
    private List<String> openQuestions;
    private final Map<UUID, Commitment> commitments = new HashMap<>();
    private boolean transitionPlanned;

    protected DevelopmentContract() {
        // For Axon, which rebuilds the contract from its events.
    }

    @CommandHandler
    public DevelopmentContract(OpenDevelopmentContract command, DeadlineManager deadlines) {
        Employment.requireEmployed(command.employeeId(), command.employed());
        if (command.openContract() != null) {
            throw RuleViolation.conflict("open-contract-exists", command.employeeId() + " already has an open "
                    + "development contract (" + command.openContract() + "). Revise it instead of opening another.");
        }
        CitedConversation.requireOwn(command.conversationId(), command.conversationOf(), command.employeeId());
        if (!command.nextReviewOn().isAfter(today())) {
            throw RuleViolation.unprocessable("review-not-in-future", "The next review is planned after today.");
        }
        apply(new DevelopmentContractOpened(command.contractId(), command.employeeId(), command.managerId(),
                command.goal(), command.evidenceOfSuccess(), command.reviewCadence(), command.nextReviewOn(),
                command.caveat(), command.openQuestions(), command.conversationId()));
        // A new contract has nothing to cancel (and no scope to cancel in while it is being created).
        deadlines.schedule(startOfDayAfter(command.nextReviewOn()), REVIEW_DEADLINE,
                new ReviewDate(command.nextReviewOn()));
    }

    /** A new goal is a revision of the open contract, kept with its reason: never a second contract. */
    @CommandHandler
    public void handle(ReviseDevelopmentContract command, DeadlineManager deadlines) {
        requireOpen();
        LocalDate review = command.nextReviewOn() == null ? nextReviewOn : command.nextReviewOn();
        if (command.nextReviewOn() != null && !command.nextReviewOn().isAfter(today())) {
            throw RuleViolation.unprocessable("review-not-in-future", "The next review is planned after today.");
        }
        apply(new DevelopmentContractRevised(contractId, employeeId, revision + 1,
                Objects.requireNonNullElse(command.goal(), goal),
                Objects.requireNonNullElse(command.evidenceOfSuccess(), evidenceOfSuccess),
                Objects.requireNonNullElse(command.reviewCadence(), reviewCadence), review,
                command.caveat() == null ? caveat : command.caveat(),
                command.openQuestions() == null ? openQuestions : command.openQuestions(), command.reason()));
        if (!review.equals(nextReviewOn)) {
            scheduleReview(deadlines, review);
        }
    }

    @CommandHandler
    public void handle(ReviewContract command, DeadlineManager deadlines) {
        requireOpen();
        if (command.reviewedOn().isAfter(today())) {
            throw RuleViolation.unprocessable("reviewed-in-future", "A review cannot have happened in the future.");
        }
        if (!command.nextReviewOn().isAfter(command.reviewedOn()) || !command.nextReviewOn().isAfter(today())) {
            throw RuleViolation.unprocessable("review-not-in-future", "The next review is planned after today.");
        }
        apply(new ContractReviewed(contractId, employeeId, command.reviewedOn(), command.progress(),
                command.nextReviewOn()));
        scheduleReview(deadlines, command.nextReviewOn());
    }

    /**
     * "Not here": the partial paths, the timeline, and the support the manager commits to, each a commitment of the
     * contract held to the same rules as any other. Agreed again, the plan is replaced; its commitments stay.
     */
    @CommandHandler
    public void handle(AgreeTransitionPlan command, DeadlineManager deadlines) {
        requireOpen();
        command.support().forEach(support -> requireKeepable(CommitmentOwner.MANAGER, support.dueOn(),
                support.kind()));
        apply(new TransitionPlanAgreed(contractId, employeeId, List.copyOf(command.partialPaths()),
                command.timeline(), today()));
        for (ContractCommands.SupportCommitment support : command.support()) {
            apply(new CommitmentMade(contractId, employeeId, support.commitmentId(), CommitmentOwner.MANAGER,
                    support.description(), support.dueOn(), support.kind(), null));
            scheduleDue(deadlines, support.commitmentId(), support.dueOn());
        }
    }

    @CommandHandler
    public void handle(ShareContractSummary command) {
        requireOpen();
        if (command.sharedAt().isAfter(GenericEventMessage.clock.instant())) {
            throw RuleViolation.unprocessable("shared-in-future", "The summary cannot have been shared in the future.");
        }
        boolean late = command.conversationHeldAt() != null
                && command.sharedAt().isAfter(command.conversationHeldAt().plus(SUMMARY_WITHIN));
        apply(new ContractSummaryShared(contractId, employeeId, command.sharedAt(), command.conversationHeldAt(),
                late));
    }

    @CommandHandler
    public void handle(CloseDevelopmentContract command, DeadlineManager deadlines) {
        requireOpen();
        if (command.reason() == ContractCloseReason.TRANSITION_SUPPORTED && !transitionPlanned) {
            throw RuleViolation.conflict("no-transition-plan", "A transition is supported with a plan: agree the "
                    + "partial paths, the timeline and your support commitments first (POST .../transition-plan).");
        }
        apply(new DevelopmentContractClosed(contractId, employeeId, command.reason()));
        deadlines.cancelAllWithinScope(REVIEW_DEADLINE);
        commitments.keySet().forEach(id -> deadlines.cancelAllWithinScope(dueDeadline(id)));
    }

    /**
     * A commitment needs an owner, a concrete description and a due date in the future; a manager's needs a kind, and
     * no kind may promise an outcome (a promotion, a role): plan, not promise.
     */
    @CommandHandler
    public void handle(MakeCommitment command, DeadlineManager deadlines) {
        requireOpen();
        if (commitments.containsKey(command.commitmentId())) {
            return; // The same commitment again (a retried policy): it exists already.
        }
        requireKeepable(command.owner(), command.dueOn(), command.kind());
        apply(new CommitmentMade(contractId, employeeId, command.commitmentId(), command.owner(),
                command.description(), command.dueOn(), command.kind(), command.conversationId()));
        scheduleDue(deadlines, command.commitmentId(), command.dueOn());
    }

    private void requireKeepable(CommitmentOwner owner, LocalDate dueOn, CommitmentKind kind) {
        if (!dueOn.isAfter(today())) {
            throw RuleViolation.unprocessable("due-date-not-in-future",
                    "A commitment is made for a date after today, not " + dueOn + ".");
        }
        if (owner == CommitmentOwner.MANAGER && kind == null) {
            throw RuleViolation.unprocessable("manager-commitment-needs-kind", "A manager's commitment says what kind "
                    + "of thing it is: an introduction, a stretch assignment, feedback, visibility, a progression "
                    + "talk, a mentor, advocacy, learning, or other.");
        }
        if (kind != null && kind.promisesAnOutcome()) {
            throw RuleViolation.unprocessable("outcome-promised", "A commitment is a plan, not a promise: "
                    + "\"I can commit to making the introduction. I cannot commit to what happens after that.\" "
                    + "Commit to an action within your authority (introduce, advocate, give visibility, assign a "
                    + "stretch, sponsor learning), not to " + (kind == CommitmentKind.PROMOTION
                    ? "a promotion" : "a role") + ", which nobody can promise (seed 001, Failure 4).");
        }
    }

    /** Completing after the due date (also after overdue) is allowed and recorded as late. */
    @CommandHandler
    public void handle(CompleteCommitment command, DeadlineManager deadlines) {
        Commitment commitment = requireActive(command.commitmentId());
        requireOwnersSide(commitment, command.side());
        if (command.completedOn().isAfter(today())) {
            throw RuleViolation.unprocessable("completed-in-future", "A commitment cannot be completed in the future.");
        }
        boolean late = commitment.status() == Status.OVERDUE || command.completedOn().isAfter(commitment.dueOn());
        apply(new CommitmentCompleted(contractId, employeeId, command.commitmentId(), command.completedOn(), late,
                command.note()));
        deadlines.cancelAllWithinScope(dueDeadline(command.commitmentId()));
    }

    @CommandHandler
    public void handle(RescheduleCommitment command, DeadlineManager deadlines) {
        Commitment commitment = requireActive(command.commitmentId());
        requireOwnersSide(commitment, command.side());
        if (!command.dueOn().isAfter(today())) {
            throw RuleViolation.unprocessable("due-date-not-in-future",
                    "A commitment is moved to a date after today, not " + command.dueOn() + ".");
        }
        apply(new CommitmentRescheduled(contractId, employeeId, command.commitmentId(), commitment.dueOn(),
                command.dueOn(), command.reason(), commitment.reschedules() + 1));
        if (!commitment.overdueRaised()) {
            scheduleDue(deadlines, command.commitmentId(), command.dueOn());
        }
    }

    @CommandHandler
    public void handle(WithdrawCommitment command, DeadlineManager deadlines) {
        requireActive(command.commitmentId());
        apply(new CommitmentWithdrawn(contractId, employeeId, command.commitmentId(), command.reason()));
        deadlines.cancelAllWithinScope(dueDeadline(command.commitmentId()));
    }

    /** Overdue is emitted once per commitment, and only while it is still open when its due date has passed. */
    @DeadlineHandler
    void on(CommitmentDue due) {
        Commitment commitment = commitments.get(due.commitmentId());
        if (open && commitment != null && commitment.status() == Status.OPEN && !commitment.overdueRaised()
                && commitment.dueOn().equals(due.dueOn())) {
            apply(new CommitmentBecameOverdue(contractId, employeeId, due.commitmentId(), commitment.owner(),
                    commitment.dueOn()));
        }
    }

    @DeadlineHandler
    void on(ReviewDate review) {
        if (open && review.nextReviewOn().equals(nextReviewOn)) {
            apply(new ContractReviewDue(contractId, employeeId, managerId, review.nextReviewOn()));
        }
    }

    @EventSourcingHandler
    void on(TransitionPlanAgreed event) {
        transitionPlanned = true;
    }

    @EventSourcingHandler
    void on(DevelopmentContractOpened event) {
        contractId = event.contractId();
        employeeId = event.employeeId();
        managerId = event.managerId();
        open = true;
        goal = event.goal();
        evidenceOfSuccess = event.evidenceOfSuccess();
        reviewCadence = event.reviewCadence();
        nextReviewOn = event.nextReviewOn();
        caveat = event.caveat();
        openQuestions = event.openQuestions();
    }

    @EventSourcingHandler
    void on(DevelopmentContractRevised event) {
        revision = event.revision();
        goal = event.goal();
        evidenceOfSuccess = event.evidenceOfSuccess();
        reviewCadence = event.reviewCadence();
        nextReviewOn = event.nextReviewOn();
        caveat = event.caveat();
        openQuestions = event.openQuestions();
    }

    @EventSourcingHandler
    void on(ContractReviewed event) {
        nextReviewOn = event.nextReviewOn();
    }

    @EventSourcingHandler
    void on(DevelopmentContractClosed event) {
        open = false;
    }

    @EventSourcingHandler
    void on(CommitmentMade event) {
        commitments.put(event.commitmentId(), new Commitment(event.owner(), event.dueOn(), Status.OPEN, false, 0));
    }

    @EventSourcingHandler
    void on(CommitmentRescheduled event) {
        Commitment before = commitments.get(event.commitmentId());
        commitments.put(event.commitmentId(), new Commitment(before.owner(), event.dueOn(),
                before.status() == Status.OVERDUE ? Status.OPEN : before.status(), before.overdueRaised(),
                event.reschedules()));
    }

    @EventSourcingHandler
    void on(CommitmentBecameOverdue event) {
        commitments.computeIfPresent(event.commitmentId(), (id, commitment) -> commitment.with(Status.OVERDUE));
    }

    @EventSourcingHandler
    void on(CommitmentCompleted event) {
        commitments.computeIfPresent(event.commitmentId(), (id, commitment) -> commitment.with(Status.COMPLETED));
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawn event) {
        commitments.computeIfPresent(event.commitmentId(), (id, commitment) -> commitment.with(Status.WITHDRAWN));
    }

    private void requireOpen() {
        if (!open) {
            throw RuleViolation.conflict("contract-closed", "This development contract is closed.");
        }
    }

    private Commitment requireActive(UUID commitmentId) {
        requireOpen();
        Commitment commitment = commitments.get(commitmentId);
        if (commitment == null) {
            throw RuleViolation.notFound("unknown-commitment", "This contract has no commitment " + commitmentId + ".");
        }
        if (commitment.status() == Status.COMPLETED) {
            throw RuleViolation.conflict("commitment-completed", "This commitment was already completed.");
        }
        if (commitment.status() == Status.WITHDRAWN) {
            throw RuleViolation.conflict("commitment-withdrawn", "This commitment was withdrawn.");
        }
        return commitment;
    }

    private static void requireOwnersSide(Commitment commitment, CommitmentOwner side) {
        if (commitment.owner() != side) {
            throw RuleViolation.forbidden("Only the side that made a commitment completes or moves it: this one is the "
                    + commitment.owner().name().toLowerCase() + "'s.");
        }
    }

    private void scheduleReview(DeadlineManager deadlines, LocalDate reviewOn) {
        deadlines.cancelAllWithinScope(REVIEW_DEADLINE);
        deadlines.schedule(startOfDayAfter(reviewOn), REVIEW_DEADLINE, new ReviewDate(reviewOn));
    }

    private static void scheduleDue(DeadlineManager deadlines, UUID commitmentId, LocalDate dueOn) {
        deadlines.cancelAllWithinScope(dueDeadline(commitmentId));
        deadlines.schedule(startOfDayAfter(dueOn), dueDeadline(commitmentId), new CommitmentDue(commitmentId, dueOn));
    }

    /** A date "passes" when the next day begins (UTC). */
    private static Instant startOfDayAfter(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static String dueDeadline(UUID commitmentId) {
        return "commitment-due-" + commitmentId;
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }
}
