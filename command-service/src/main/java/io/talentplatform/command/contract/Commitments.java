package io.talentplatform.command.contract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.talentplatform.command.contract.ContractCommands.AgreeTransitionPlan;
import io.talentplatform.command.contract.ContractCommands.CommitmentDue;
import io.talentplatform.command.contract.ContractCommands.CompleteCommitment;
import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.contract.ContractCommands.RescheduleCommitment;
import io.talentplatform.command.contract.ContractCommands.SupportCommitment;
import io.talentplatform.command.contract.ContractCommands.WithdrawCommitment;
import io.talentplatform.events.contract.CommitmentBecameOverdue;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.TransitionPlanAgreed;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.talentplatform.command.contract.ContractRules.requireDueAfterToday;
import static io.talentplatform.command.contract.ContractRules.requireOpen;
import static io.talentplatform.command.deadlines.Days.startOfDayAfter;
import static io.talentplatform.command.deadlines.Days.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The bilateral commitments of a {@link DevelopmentContract}, a member of it: each with an owner, a concrete
 * description and a due date in the future, overdue once when the date passes while it is open, completed or moved
 * only by the side that made it. A manager's commitment has a kind, and no kind may promise an outcome: plan, not
 * promise. The transition plan's support commitments are held to the same rules.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Commitments {

    private enum Status { OPEN, OVERDUE, COMPLETED, WITHDRAWN }

    private record Commitment(CommitmentOwner owner, LocalDate dueOn, Status status, boolean overdueRaised,
                              int reschedules) {
        Commitment with(Status newStatus) {
            return new Commitment(owner, dueOn, newStatus, overdueRaised || newStatus == Status.OVERDUE,
                    reschedules);
        }
    }

    private UUID contractId;
    private String employeeId;
    private boolean open;
    private final Map<UUID, Commitment> byId = new HashMap<>();

    @CommandHandler
    public void handle(MakeCommitment command, DeadlineManager deadlines) {
        requireOpen(open);
        if (byId.containsKey(command.commitmentId())) {
            return; // The same commitment again (a retried policy): it exists already.
        }
        requireKeepable(command.owner(), command.dueOn(), command.kind());
        apply(new CommitmentMade(contractId, employeeId, command.commitmentId(), command.owner(),
                command.description(), command.dueOn(), command.kind(), command.conversationId()));
        scheduleDue(deadlines, command.commitmentId(), command.dueOn());
    }

    /**
     * "Not here": the partial paths, the timeline, and the support the manager commits to, each a commitment of the
     * contract held to the same rules as any other. Agreed again, the plan is replaced; its commitments stay.
     */
    @CommandHandler
    public void handle(AgreeTransitionPlan command, DeadlineManager deadlines) {
        requireOpen(open);
        command.support().forEach(support -> requireKeepable(CommitmentOwner.MANAGER, support.dueOn(),
                support.kind()));
        apply(new TransitionPlanAgreed(contractId, employeeId, List.copyOf(command.partialPaths()),
                command.timeline(), today()));
        for (SupportCommitment support : command.support()) {
            apply(new CommitmentMade(contractId, employeeId, support.commitmentId(), CommitmentOwner.MANAGER,
                    support.description(), support.dueOn(), support.kind(), null));
            scheduleDue(deadlines, support.commitmentId(), support.dueOn());
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
        requireDueAfterToday(command.dueOn(), "moved to");
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
    void due(CommitmentDue due) {
        Commitment commitment = byId.get(due.commitmentId());
        if (open && commitment != null && commitment.status() == Status.OPEN && !commitment.overdueRaised()
                && commitment.dueOn().equals(due.dueOn())) {
            apply(new CommitmentBecameOverdue(contractId, employeeId, due.commitmentId(), commitment.owner(),
                    commitment.dueOn()));
        }
    }

    /** A closed contract's commitments fall due no more. */
    void cancelDeadlines(DeadlineManager deadlines) {
        byId.keySet().forEach(id -> deadlines.cancelAllWithinScope(dueDeadline(id)));
    }

    private static void requireKeepable(CommitmentOwner owner, LocalDate dueOn, CommitmentKind kind) {
        requireDueAfterToday(dueOn, "made for");
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

    private Commitment requireActive(UUID commitmentId) {
        requireOpen(open);
        Commitment commitment = byId.get(commitmentId);
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

    private static void scheduleDue(DeadlineManager deadlines, UUID commitmentId, LocalDate dueOn) {
        deadlines.cancelAllWithinScope(dueDeadline(commitmentId));
        deadlines.schedule(startOfDayAfter(dueOn), dueDeadline(commitmentId), new CommitmentDue(commitmentId, dueOn));
    }

    static String dueDeadline(UUID commitmentId) {
        return "commitment-due-" + commitmentId;
    }

    @EventSourcingHandler
    void on(DevelopmentContractOpened event) {
        contractId = event.contractId();
        employeeId = event.employeeId();
        open = true;
    }

    @EventSourcingHandler
    void on(DevelopmentContractClosed event) {
        open = false;
    }

    @EventSourcingHandler
    void on(CommitmentMade event) {
        byId.put(event.commitmentId(), new Commitment(event.owner(), event.dueOn(), Status.OPEN, false, 0));
    }

    @EventSourcingHandler
    void on(CommitmentRescheduled event) {
        Commitment before = byId.get(event.commitmentId());
        byId.put(event.commitmentId(), new Commitment(before.owner(), event.dueOn(),
                before.status() == Status.OVERDUE ? Status.OPEN : before.status(), before.overdueRaised(),
                event.reschedules()));
    }

    @EventSourcingHandler
    void on(CommitmentBecameOverdue event) {
        byId.computeIfPresent(event.commitmentId(), (id, commitment) -> commitment.with(Status.OVERDUE));
    }

    @EventSourcingHandler
    void on(CommitmentCompleted event) {
        byId.computeIfPresent(event.commitmentId(), (id, commitment) -> commitment.with(Status.COMPLETED));
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawn event) {
        byId.computeIfPresent(event.commitmentId(), (id, commitment) -> commitment.with(Status.WITHDRAWN));
    }
}
