package io.talentplatform.command.contract;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.contract.ContractAnswers.ContractChanged;
import io.talentplatform.command.contract.ContractAnswers.ContractOpened;
import io.talentplatform.command.contract.ContractCommands.AgreeTransitionPlan;
import io.talentplatform.command.contract.ContractCommands.CloseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.CompleteCommitment;
import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.contract.ContractCommands.OpenDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.RescheduleCommitment;
import io.talentplatform.command.contract.ContractCommands.ReviewContract;
import io.talentplatform.command.contract.ContractCommands.ReviseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.ShareContractSummary;
import io.talentplatform.command.contract.ContractCommands.SupportCommitment;
import io.talentplatform.command.contract.ContractCommands.WithdrawCommitment;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/** Development contracts and their bilateral commitments. */
@RestController
@Validated
@RequestMapping("/api/v1/contracts")
class ContractController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final EmployeeDirectory directory;

    ContractController(CommandDispatch dispatch, CommandAccess access, EmployeeDirectory directory) {
        this.dispatch = dispatch;
        this.access = access;
        this.directory = directory;
    }

    /** Only one open development contract per person: a new goal is a revision, not a second contract. */
    @PostMapping
    ResponseEntity<ContractOpened> open(@Valid @RequestBody ContractRequests.OpenContract body, Caller caller,
            HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.OPEN_CONTRACT, caller, body.employeeId());
        UUID contractId = UUID.randomUUID();
        String conversationOf = body.conversationId() == null ? null
                : directory.employeeOfConversation(body.conversationId()).orElse(null);
        long position = dispatch.send(new OpenDevelopmentContract(contractId, body.employeeId(), person.managerId(),
                body.goal(), body.evidenceOfSuccess(), body.reviewCadence(), body.nextReviewOn(), body.caveat(),
                body.openQuestions(), body.conversationId(), person.employed(),
                directory.openContractOf(body.employeeId()).orElse(null), conversationOf),
                contractId.toString(), caller, request);
        return created("/api/v1/employees/" + body.employeeId() + "/contract", position,
                new ContractOpened(contractId, body.employeeId()));
    }

    /** Revises the open development contract: a new revision, the earlier ones kept. */
    @PostMapping("/{contractId}/revisions")
    ResponseEntity<ContractChanged> revise(@PathVariable UUID contractId,
            @Valid @RequestBody ContractRequests.Revision body, Caller caller, HttpServletRequest request) {
        access.requireForContract(Access.REVISE_CONTRACT, caller, contractId);
        if (body.changesNothing()) {
            throw RuleViolation.unprocessable("nothing-to-revise", "A revision changes at least one term.");
        }
        return send(contractId, new ReviseDevelopmentContract(contractId, body.goal(), body.evidenceOfSuccess(),
                body.reviewCadence(), body.nextReviewOn(), body.caveat(), body.openQuestions(), body.reason()),
                caller, request);
    }

    /** Makes a commitment of the contract: who does what by when, such as an introduction within two weeks. */
    @PostMapping("/{contractId}/commitments")
    ResponseEntity<ContractAnswers.CommitmentMade> commit(@PathVariable UUID contractId,
            @Valid @RequestBody ContractRequests.Commitment body, Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.requireForContract(Access.MAKE_COMMITMENT, caller, contractId);
        if (side(caller, person) == CommitmentOwner.EMPLOYEE && body.owner() != CommitmentOwner.EMPLOYEE) {
            throw RuleViolation.forbidden("A person adds only their own commitments; the manager adds theirs.");
        }
        UUID commitmentId = UUID.randomUUID();
        long position = dispatch.send(new MakeCommitment(contractId, commitmentId, body.owner(), body.description(),
                body.dueOn(), body.kind(), null), contractId.toString(), caller, request);
        return created("/api/v1/employees/" + person.employeeId() + "/contract", position,
                new ContractAnswers.CommitmentMade(contractId, commitmentId));
    }

    /** Completes a commitment, with what came of it. */
    @PostMapping("/{contractId}/commitments/{commitmentId}/complete")
    ResponseEntity<ContractChanged> complete(@PathVariable UUID contractId, @PathVariable UUID commitmentId,
            @Valid @RequestBody ContractRequests.Completion body, Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.requireForContract(Access.COMPLETE_COMMITMENT, caller, contractId);
        return send(contractId, new CompleteCommitment(contractId, commitmentId, body.completedOn(), body.note(),
                side(caller, person)), caller, request);
    }

    /** Reschedules a commitment to a new due date, with the reason; how often it was moved is kept. */
    @PostMapping("/{contractId}/commitments/{commitmentId}/reschedule")
    ResponseEntity<ContractChanged> reschedule(@PathVariable UUID contractId, @PathVariable UUID commitmentId,
            @Valid @RequestBody ContractRequests.RescheduleCommitment body, Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.requireForContract(Access.RESCHEDULE_COMMITMENT, caller, contractId);
        return send(contractId, new RescheduleCommitment(contractId, commitmentId, body.dueOn(), body.reason(),
                side(caller, person)), caller, request);
    }

    /** Withdraws a commitment, with the reason. */
    @PostMapping("/{contractId}/commitments/{commitmentId}/withdraw")
    ResponseEntity<ContractChanged> withdraw(@PathVariable UUID contractId, @PathVariable UUID commitmentId,
            @Valid @RequestBody ContractRequests.Withdrawal body, Caller caller, HttpServletRequest request) {
        access.requireForContract(Access.WITHDRAW_COMMITMENT, caller, contractId);
        return send(contractId, new WithdrawCommitment(contractId, commitmentId, body.reason()), caller, request);
    }

    /** Records a review of the contract: how it is going, at its agreed rhythm. */
    @PostMapping("/{contractId}/reviews")
    ResponseEntity<ContractChanged> review(@PathVariable UUID contractId,
            @Valid @RequestBody ContractRequests.Review body, Caller caller, HttpServletRequest request) {
        access.requireForContract(Access.REVIEW_CONTRACT, caller, contractId);
        return send(contractId, new ReviewContract(contractId, body.reviewedOn(), body.progress(),
                body.nextReviewOn()), caller, request);
    }

    /** Records that the contract's summary was shared with the person. */
    @PostMapping("/{contractId}/summary-shared")
    ResponseEntity<ContractChanged> summaryShared(@PathVariable UUID contractId,
            @Valid @RequestBody ContractRequests.SummaryShared body, Caller caller, HttpServletRequest request) {
        access.requireForContract(Access.SHARE_CONTRACT_SUMMARY, caller, contractId);
        Instant heldAt = directory.conversationOfContract(contractId).flatMap(directory::heldAt).orElse(null);
        return send(contractId, new ShareContractSummary(contractId, body.sharedAt(), heldAt), caller, request);
    }

    /** Agrees a transition plan for a person leaving their role or the organisation. */
    @PostMapping("/{contractId}/transition-plan")
    ResponseEntity<ContractAnswers.TransitionPlanAgreed> transitionPlan(@PathVariable UUID contractId,
            @Valid @RequestBody ContractRequests.TransitionPlan body, Caller caller, HttpServletRequest request) {
        access.requireForContract(Access.AGREE_TRANSITION_PLAN, caller, contractId);
        List<SupportCommitment> support = body.support() == null ? List.of() : body.support().stream()
                .map(each -> new SupportCommitment(UUID.randomUUID(), each.description(), each.dueOn(), each.kind()))
                .toList();
        long position = dispatch.send(new AgreeTransitionPlan(contractId, body.partialPaths(), body.timeline(),
                support), contractId.toString(), caller, request);
        return ok(position, new ContractAnswers.TransitionPlanAgreed(contractId,
                support.stream().map(SupportCommitment::commitmentId).toList()));
    }

    /** Closes the contract, with how it ended. */
    @PostMapping("/{contractId}/close")
    ResponseEntity<ContractChanged> close(@PathVariable UUID contractId,
            @Valid @RequestBody ContractRequests.Close body, Caller caller, HttpServletRequest request) {
        access.requireForContract(Access.CLOSE_CONTRACT, caller, contractId);
        return send(contractId, new CloseDevelopmentContract(contractId, body.reason()), caller, request);
    }

    private ResponseEntity<ContractChanged> send(UUID contractId, Object command, Caller caller,
            HttpServletRequest request) {
        long position = dispatch.send(command, contractId.toString(), caller, request);
        return ok(position, new ContractChanged(contractId));
    }

    /** Which side of the contract the caller acts for: the person's, or their manager's. */
    private static CommitmentOwner side(Caller caller, EmployeeDirectory.Entry person) {
        return caller.has(Role.MANAGER) && person.isManagedBy(caller.employeeId())
                ? CommitmentOwner.MANAGER : CommitmentOwner.EMPLOYEE;
    }
}
