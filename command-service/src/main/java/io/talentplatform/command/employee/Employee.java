package io.talentplatform.command.employee;

import io.talentplatform.command.employee.EmployeeCommands.AssessDecisionMakerAwareness;
import io.talentplatform.command.employee.EmployeeCommands.AnswerContest;
import io.talentplatform.command.employee.EmployeeCommands.AssessReadiness;
import io.talentplatform.command.employee.EmployeeCommands.ContestRecord;
import io.talentplatform.command.employee.EmployeeCommands.ChangeManager;
import io.talentplatform.command.employee.EmployeeCommands.EraseEmployeeData;
import io.talentplatform.command.employee.EmployeeCommands.MapRelationship;
import io.talentplatform.command.employee.EmployeeCommands.RecordDeparture;
import io.talentplatform.command.employee.EmployeeCommands.RecordMove;
import io.talentplatform.command.employee.EmployeeCommands.StateAspiration;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.MentoringRequested;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.platform.problem.RuleViolation;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import io.talentplatform.command.employee.ConversationTriggers.PromotionWatch;
import io.talentplatform.command.loading.AggregateLoading;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.talentplatform.command.employee.ConversationTriggers.FLIGHT_SIGNAL_WITHIN_DAYS;
import static io.talentplatform.command.employee.ConversationTriggers.MILESTONE_LEVEL;
import static io.talentplatform.command.employee.ConversationTriggers.MILESTONE_WITHIN_DAYS;
import static io.talentplatform.command.employee.ConversationTriggers.PROMOTION_WATCH;
import static io.talentplatform.command.deadlines.Days.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person: their place in the organisation and everything recorded on their Career Capital. Command handlers
 * check the rules and apply events; event-sourcing handlers only assign what later rules need.
 */
@Aggregate(snapshotTriggerDefinition = EmployeeSnapshots.TRIGGER, snapshotFilter = EmployeeSnapshots.FILTER,
        cache = AggregateLoading.EMPLOYEES, lockFactory = AggregateLoading.LOCKS)
@Revision(Employee.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Employee {

    /** The shape of a stored snapshot (its fields below): change it with them, and older snapshots are ignored. */
    static final String SNAPSHOT_REVISION = "4";

    @AggregateIdentifier
    private String employeeId;
    private boolean employed;
    private boolean erased;
    private String managerId;
    private String jobTitle;
    private String level;
    private String function;
    private ConsentRecorded consent;
    @AggregateMember
    private final SignalingGaps gaps = new SignalingGaps();
    private CareerDirection direction;
    private final Map<String, Integer> highestLevels = new HashMap<>();
    /** What the person may contest, and their contests awaiting an answer. */
    @AggregateMember
    private final Contests contests = new Contests();
    /** The loop's part of the person: triggers raised once per cause, the promotion watch, pauses. */
    @AggregateMember
    private final ConversationTriggers triggers = new ConversationTriggers();

    protected Employee() {
        // For Axon, which rebuilds the person from their events.
    }

    @CommandHandler
    public Employee(RegisterEmployee command) {
        if (command.managerId() != null) {
            Employment.requireManager(command.employeeId(), command.managerId(), command.managerEmployed());
        }
        apply(new EmployeeRegistered(command.employeeId(), command.displayName(), command.jobTitle(),
                command.level(), command.function(), command.managerId()));
    }

    @CommandHandler
    public void handle(ChangeManager command) {
        requireEmployed();
        Employment.requireManager(employeeId, command.managerId(), command.managerEmployed());
        if (command.managerId().equals(managerId)) {
            return; // Already the case: nothing happened.
        }
        apply(new ManagerChanged(employeeId, managerId, command.managerId(), command.effectiveOn()));
        triggers.raiseTransition("a new manager from " + command.effectiveOn(), command.effectiveOn(),
                "manager:" + command.managerId() + ":" + command.effectiveOn());
    }

    @CommandHandler
    public void handle(RecordMove command) {
        requireEmployed();
        MoveType moveType = command.moveType() != null ? command.moveType()
                : MoveKinds.inferred(level, function, command.level(), command.function());
        if (moveType == MoveType.CROSS_FUNCTION && command.function().equals(function)) {
            throw RuleViolation.unprocessable("not-cross-function",
                    "A cross-function move goes to another function than " + function + ".");
        }
        if (command.jobTitle().equals(jobTitle) && command.level().equals(level)
                && command.function().equals(function)) {
            throw RuleViolation.unprocessable("not-a-move", "The new role is the same as the current one.");
        }
        boolean significant = moveType != MoveType.LATERAL || !command.function().equals(function);
        apply(new EmployeeMoved(employeeId, moveType, command.jobTitle(), command.level(),
                command.function(), jobTitle, level, function, command.effectiveOn(), command.openingId()));
        if (significant) {
            triggers.raiseTransition("a move (" + moveType.name().toLowerCase().replace('_', ' ') + ") from "
                    + command.effectiveOn(), command.effectiveOn(), "move:" + command.effectiveOn() + ":"
                    + command.jobTitle());
        }
    }

    @CommandHandler
    public void handle(RecordDeparture command) {
        requireEmployed();
        apply(new EmployeeDeparted(employeeId, command.effectiveOn(), command.reason(), command.regretted()));
    }

    @CommandHandler
    public void handle(RecordCapabilityEvidence command) {
        requireEmployed();
        CitedConversation.requireOwn(command.conversationId(), command.conversationOf(), employeeId);
        if (command.observedOn().isAfter(today())) {
            throw RuleViolation.unprocessable("observed-in-future",
                    "Evidence cannot be observed on " + command.observedOn() + ", which is after today.");
        }
        Integer before = highestLevels.get(command.capability());
        apply(new CapabilityEvidenced(employeeId, command.evidenceId(), command.capability(), command.level(),
                command.evidence(), command.source(), command.observedOn(), command.conversationId(),
                command.visibility(), command.catalogueVersion()));
        if (before != null && command.level() > before && command.level() >= MILESTONE_LEVEL) {
            triggers.raise(ConversationTrigger.MILESTONE, "reached level " + command.level() + " in " + command.capability(),
                    today().plusDays(MILESTONE_WITHIN_DAYS), "capability:" + command.evidenceId());
        }
    }

    @CommandHandler
    public void handle(MapRelationship command) {
        requireEmployed();
        CitedConversation.requireOwn(command.conversationId(), command.conversationOf(), employeeId);
        if (employeeId.equals(command.counterpartId())) {
            throw RuleViolation.unprocessable("own-relationship", "A person is not their own relationship.");
        }
        apply(new RelationshipMapped(employeeId, command.relationshipId(), command.counterpartId(),
                command.counterpartName(), command.counterpartFunction(), command.kind(), command.conversationId()));
    }

    /** A gap opens when a decision maker who should know does not, and closes when they become aware. */
    @CommandHandler
    public void handle(AssessDecisionMakerAwareness command) {
        requireEmployed();
        CitedConversation.requireOwn(command.conversationId(), command.conversationOf(), employeeId);
        if (employeeId.equals(command.decisionMakerId())) {
            throw RuleViolation.unprocessable("own-decision-maker",
                    "A person is not a decision maker over their own next opportunity.");
        }
        apply(new DecisionMakerAwarenessAssessed(employeeId, command.decisionMakerId(), command.aware(),
                command.basis(), command.conversationId()));
        gaps.assessed(employeeId, command.decisionMakerId(), command.aware(), command.conversationId());
    }

    @CommandHandler
    public void handle(StateAspiration command) {
        requireEmployed();
        CitedConversation.requireOwn(command.conversationId(), command.conversationOf(), employeeId);
        CareerDirection before = direction;
        apply(new AspirationStated(employeeId, command.direction(), command.targetRoleFamilies(),
                command.horizonYears(), command.narrative(), command.shareDirection(), command.conversationId(),
                command.drawnTo(), command.movingAwayFrom()));
        if (before != null && before != command.direction()) {
            triggers.raise(ConversationTrigger.FLIGHT_SIGNAL, "their direction changed",
                    today().plusDays(FLIGHT_SIGNAL_WITHIN_DAYS), "direction:" + today() + ":" + command.direction());
        }
    }

    @CommandHandler
    public void handle(AssessReadiness command, DeadlineManager deadlines) {
        requireEmployed();
        if ((command.roleId() == null) == (command.roleFamily() == null)) {
            throw RuleViolation.unprocessable("readiness-target",
                    "Readiness is assessed for either a role or a role family, exactly one of them.");
        }
        apply(new ReadinessAssessed(employeeId, command.roleId(), command.roleFamily(), command.readiness(),
                command.rationale(), command.assessedBy()));
        if (command.readiness() == Readiness.READY_NOW || command.readiness() == Readiness.READY_1_2_YEARS) {
            triggers.watchReadiness(deadlines);
        }
    }

    @CommandHandler
    public void handle(ContestRecord command) {
        requireEmployed();
        contests.contest(command);
    }

    /** @return the evidence item an amendment recorded, or {@code null} */
    @CommandHandler
    public UUID handle(AnswerContest command) {
        requireEmployed();
        return contests.answer(command);
    }

    @DeadlineHandler(deadlineName = PROMOTION_WATCH)
    void on(PromotionWatch watch) {
        triggers.watchEnded(watch);
    }

    /**
     * Erasure applies to someone who has left: the departure is recorded first, so that the facts of their
     * employment stay true while everything personal becomes unreadable.
     */
    @CommandHandler
    public void handle(EraseEmployeeData command) {
        if (erased) {
            throw RuleViolation.conflict("already-erased", "The personal data of " + employeeId + " was already erased.");
        }
        if (employed) {
            throw RuleViolation.conflict("still-employed", employeeId
                    + " still works here. Record the departure before erasing their personal data.");
        }
        apply(new PersonalDataErased(employeeId, command.requestedBy(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordConsent command) {
        requireEmployed();
        ConsentRecorded choice = new ConsentRecorded(employeeId, command.marketplaceVisible(),
                command.successionDiscoverable(), command.share());
        if (choice.equals(consent)) {
            return; // The same choice again changes nothing and says nothing new.
        }
        apply(choice);
    }

    /** Only a current employee who shares MENTOR is introduced as a mentor (the finder lists only them). */
    @CommandHandler
    public void handle(EmployeeCommands.ConfirmMentor command) {
        if (!employed || erased || !consent.shares(ShareScope.MENTOR)) {
            throw RuleViolation.unprocessable("not-a-mentor",
                    employeeId + " has not consented to be found as a mentor.");
        }
    }

    @CommandHandler
    public void handle(EmployeeCommands.RequestMentoring command) {
        requireEmployed();
        if (employeeId.equals(command.mentorId())) {
            throw RuleViolation.unprocessable("own-mentor", "A person is not their own mentor.");
        }
        apply(new MentoringRequested(employeeId, command.mentorId(), command.roleFamily(), command.note(),
                command.contractId(), command.commitmentId(), command.dueOn()));
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        employed = true;
        managerId = event.managerId();
        jobTitle = event.jobTitle();
        level = event.level();
        function = event.function();
        consent = new ConsentRecorded(event.employeeId(), false, false, Set.of());
    }

    @EventSourcingHandler
    void on(ManagerChanged event) {
        managerId = event.managerId();
    }

    @EventSourcingHandler
    void on(EmployeeMoved event) {
        jobTitle = event.jobTitle();
        level = event.level();
        function = event.function();
    }

    @EventSourcingHandler
    void on(CapabilityEvidenced event) {
        highestLevels.merge(event.capability(), event.level(), Math::max);
    }

    @EventSourcingHandler
    void on(AspirationStated event) {
        direction = event.direction();
    }

    @EventSourcingHandler
    void on(EmployeeDeparted event) {
        employed = false;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consent = event;
    }

    private void requireEmployed() {
        Employment.requireEmployed(employeeId, employed);
    }

}
