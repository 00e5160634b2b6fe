package io.talentplatform.command.contract;

import io.talentplatform.command.contract.ContractCommands.CloseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.CommitmentDue;
import io.talentplatform.command.contract.ContractCommands.OpenDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.ReviewContract;
import io.talentplatform.command.contract.ContractCommands.ReviewDate;
import io.talentplatform.command.contract.ContractCommands.ReviseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.ShareContractSummary;
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
import io.talentplatform.command.loading.AggregateLoading;
import io.talentplatform.platform.loop.LoopRules;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static io.talentplatform.command.contract.ContractRules.requireReviewAfter;
import static io.talentplatform.command.deadlines.Days.startOfDayAfter;
import static io.talentplatform.command.deadlines.Days.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The development contract: a bilateral ledger the platform keeps honest (seeds 001, 002). One open contract per
 * person is a rule across aggregates, checked by the command side's lookup; everything else is checked here.
 * Due dates are deadlines on a persistent scheduler: when one passes with the commitment still open, the contract
 * itself records that it became overdue, once.
 */
@Aggregate(cache = AggregateLoading.CONTRACTS, lockFactory = AggregateLoading.LOCKS)
public class DevelopmentContract {
    static final String REVIEW_DEADLINE = "contract-review";

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
    @AggregateMember
    private final Commitments commitments = new Commitments();
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
        requireReviewAfter(command.nextReviewOn(), today());
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
        if (command.nextReviewOn() != null) {
            requireReviewAfter(command.nextReviewOn(), today());
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
        requireReviewAfter(command.nextReviewOn(), command.reviewedOn());
        apply(new ContractReviewed(contractId, employeeId, command.reviewedOn(), command.progress(),
                command.nextReviewOn()));
        scheduleReview(deadlines, command.nextReviewOn());
    }

    @CommandHandler
    public void handle(ShareContractSummary command) {
        requireOpen();
        if (command.sharedAt().isAfter(GenericEventMessage.clock.instant())) {
            throw RuleViolation.unprocessable("shared-in-future", "The summary cannot have been shared in the future.");
        }
        boolean late = LoopRules.summaryLate(command.conversationHeldAt(), command.sharedAt(), command.sharedAt());
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
        commitments.cancelDeadlines(deadlines);
    }

    /** A commitment's due date passed: its member decides whether it became overdue. */
    @DeadlineHandler
    void on(CommitmentDue due) {
        commitments.due(due);
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
        agree(event.goal(), event.evidenceOfSuccess(), event.reviewCadence(), event.nextReviewOn(), event.caveat(),
                event.openQuestions());
    }

    @EventSourcingHandler
    void on(DevelopmentContractRevised event) {
        revision = event.revision();
        agree(event.goal(), event.evidenceOfSuccess(), event.reviewCadence(), event.nextReviewOn(), event.caveat(),
                event.openQuestions());
    }

    /** The terms as agreed, at the opening or in a revision. */
    private void agree(String goal, String evidenceOfSuccess, ReviewCadence reviewCadence, LocalDate nextReviewOn,
                       String caveat, List<String> openQuestions) {
        this.goal = goal;
        this.evidenceOfSuccess = evidenceOfSuccess;
        this.reviewCadence = reviewCadence;
        this.nextReviewOn = nextReviewOn;
        this.caveat = caveat;
        this.openQuestions = openQuestions;
    }

    @EventSourcingHandler
    void on(ContractReviewed event) {
        nextReviewOn = event.nextReviewOn();
    }

    @EventSourcingHandler
    void on(DevelopmentContractClosed event) {
        open = false;
    }

    private void requireOpen() {
        ContractRules.requireOpen(open);
    }

    private void scheduleReview(DeadlineManager deadlines, LocalDate reviewOn) {
        deadlines.cancelAllWithinScope(REVIEW_DEADLINE);
        deadlines.schedule(startOfDayAfter(reviewOn), REVIEW_DEADLINE, new ReviewDate(reviewOn));
    }

}
