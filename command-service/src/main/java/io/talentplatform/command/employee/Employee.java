package io.talentplatform.command.employee;

import io.talentplatform.command.employee.EmployeeCommands.AssessDecisionMakerAwareness;
import io.talentplatform.command.employee.EmployeeCommands.AssessReadiness;
import io.talentplatform.command.employee.EmployeeCommands.ChangeManager;
import io.talentplatform.command.employee.EmployeeCommands.EraseEmployeeData;
import io.talentplatform.command.employee.EmployeeCommands.MapRelationship;
import io.talentplatform.command.employee.EmployeeCommands.RecordDeparture;
import io.talentplatform.command.employee.EmployeeCommands.RecordMove;
import io.talentplatform.command.employee.EmployeeCommands.PauseDevelopmentPushes;
import io.talentplatform.command.employee.EmployeeCommands.RaiseConversationDue;
import io.talentplatform.command.employee.EmployeeCommands.RequestSignalReassessment;
import io.talentplatform.command.employee.EmployeeCommands.StateAspiration;
import io.talentplatform.command.employee.EmployeeCommands.WatchForStalledPromotion;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.SignalReassessmentRequested;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.platform.problem.RuleViolation;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person: their place in the organisation and everything recorded on their Career Capital. Command handlers
 * check the rules and apply events; event-sourcing handlers only assign what later rules need.
 */
@Aggregate(snapshotTriggerDefinition = EmployeeSnapshots.TRIGGER, snapshotFilter = EmployeeSnapshots.FILTER)
@Revision(Employee.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Employee {

    /** The shape of a stored snapshot (its fields below): change it with them, and older snapshots are ignored. */
    static final String SNAPSHOT_REVISION = "2";

    /** docs/loop.md, the triggers: a new manager or a significant move, a transition conversation within 30 days. */
    static final int TRANSITION_WITHIN_DAYS = 30;
    /** A flight signal, in a listening note or a changed direction: within the week. */
    static final int FLIGHT_SIGNAL_WITHIN_DAYS = 7;
    /** A milestone (a capability level reached, a contract goal met): within two weeks. */
    static final int MILESTONE_WITHIN_DAYS = 14;
    /** A readiness or nomination unchanged this long, with no promotion, is a promotion that stalled. */
    static final int STALLED_AFTER_DAYS = 180;
    static final int STALLED_WITHIN_DAYS = 14;
    /** The lowest level whose reaching counts as a milestone. */
    static final int MILESTONE_LEVEL = 3;
    static final String PROMOTION_WATCH = "promotion-watch";

    @AggregateIdentifier
    private String employeeId;
    private boolean employed;
    private boolean erased;
    private String managerId;
    private String jobTitle;
    private String level;
    private String function;
    private ConsentRecorded consent;
    private final Set<String> openSignalingGaps = new HashSet<>();
    private CareerDirection direction;
    private final Map<String, Integer> highestLevels = new HashMap<>();
    private final Set<String> raisedCauses = new HashSet<>();
    private int readinessChanges;
    private LocalDate lastPromotion;

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
        LocalDate from = command.effectiveOn().isAfter(today()) ? command.effectiveOn() : today();
        raise(ConversationTrigger.ROLE_CHANGE, "a new manager from " + command.effectiveOn(),
                from.plusDays(TRANSITION_WITHIN_DAYS), "manager:" + command.managerId() + ":" + command.effectiveOn());
    }

    @CommandHandler
    public void handle(RecordMove command) {
        requireEmployed();
        MoveType moveType = command.moveType() != null ? command.moveType()
                : inferredMove(command.level(), command.function());
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
            LocalDate from = command.effectiveOn().isAfter(today()) ? command.effectiveOn() : today();
            raise(ConversationTrigger.ROLE_CHANGE, "a move (" + moveType.name().toLowerCase().replace('_', ' ')
                            + ") from " + command.effectiveOn(), from.plusDays(TRANSITION_WITHIN_DAYS),
                    "move:" + command.effectiveOn() + ":" + command.jobTitle());
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
                command.visibility()));
        if (before != null && command.level() > before && command.level() >= MILESTONE_LEVEL) {
            raise(ConversationTrigger.MILESTONE, "reached level " + command.level() + " in " + command.capability(),
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
        boolean gapOpen = openSignalingGaps.contains(command.decisionMakerId());
        if (!command.aware() && !gapOpen) {
            apply(new SignalingGapOpened(employeeId, command.decisionMakerId(), command.conversationId()));
        } else if (command.aware() && gapOpen) {
            apply(new SignalingGapClosed(employeeId, command.decisionMakerId(), command.conversationId()));
        }
    }

    @CommandHandler
    public void handle(StateAspiration command) {
        requireEmployed();
        CitedConversation.requireOwn(command.conversationId(), command.conversationOf(), employeeId);
        CareerDirection before = direction;
        apply(new AspirationStated(employeeId, command.direction(), command.targetRoleFamilies(),
                command.horizonYears(), command.narrative(), command.shareDirection(), command.conversationId()));
        if (before != null && before != command.direction()) {
            raise(ConversationTrigger.FLIGHT_SIGNAL, "their direction changed",
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
            watchPromotion(deadlines, "readiness:" + readinessChanges);
        }
    }

    /** A panel's nomination starts the same watch as a readiness assessment. */
    @CommandHandler
    public void handle(WatchForStalledPromotion command, DeadlineManager deadlines) {
        // A replayed nomination may start a second watch; the stall it finds is raised once, by its cause.
        if (employed) {
            watchPromotion(deadlines, command.cause());
        }
    }

    private void watchPromotion(DeadlineManager deadlines, String cause) {
        deadlines.schedule(today().plusDays(STALLED_AFTER_DAYS + 1L).atStartOfDay(ZoneOffset.UTC).toInstant(),
                PROMOTION_WATCH, new PromotionWatch(readinessChanges, today(), cause));
    }

    /** Deadline payload: what the person's readiness was when a promotion was discussed. */
    public record PromotionWatch(int readinessChangesThen, LocalDate since, String cause) {
    }

    /** Unchanged readiness and no promotion since: seed 001's "a promotion has been discussed but not progressed". */
    @DeadlineHandler(deadlineName = PROMOTION_WATCH)
    void on(PromotionWatch watch) {
        boolean promotedSince = lastPromotion != null && !lastPromotion.isBefore(watch.since());
        if (employed && readinessChanges == watch.readinessChangesThen() && !promotedSince) {
            // Raised for the day the watch ended, however late the scheduler runs it.
            LocalDate ended = watch.since().plusDays(STALLED_AFTER_DAYS + 1L);
            raise(ConversationTrigger.PROMOTION_STALLED, "a promotion discussed on " + watch.since()
                    + " has not progressed", ended, ended.plusDays(STALLED_WITHIN_DAYS), "stalled:" + watch.cause());
        }
    }

    @CommandHandler
    public void handle(RaiseConversationDue command) {
        if (employed) {
            raise(command.reason(), command.detail(), command.raisedOn(), command.dueOn(), command.cause());
        }
    }

    @CommandHandler
    public void handle(PauseDevelopmentPushes command) {
        if (employed && !raisedCauses.contains("pause:" + command.noteId())) {
            apply(new DevelopmentPushesPaused(employeeId, command.pausedUntil(), command.writtenBy(),
                    command.noteId()));
        }
    }

    @CommandHandler
    public void handle(RequestSignalReassessment command) {
        if (employed && !raisedCauses.contains("reassess:" + command.commitmentId())) {
            apply(new SignalReassessmentRequested(employeeId, command.decisionMakerId(), command.commitmentId(),
                    command.conversationId(), command.requestedOn()));
        }
    }

    /** Raised once per cause, with the person's current manager; nobody to raise it with, nothing raised. */
    private void raise(ConversationTrigger reason, String detail, LocalDate dueOn, String cause) {
        raise(reason, detail, today(), dueOn, cause);
    }

    private void raise(ConversationTrigger reason, String detail, LocalDate raisedOn, LocalDate dueOn, String cause) {
        if (managerId == null || raisedCauses.contains(cause)) {
            return;
        }
        apply(new CareerConversationDue(employeeId, managerId, reason, detail, raisedOn, dueOn, cause));
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
        if (event.moveType() == MoveType.PROMOTION) {
            lastPromotion = event.effectiveOn();
        }
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
    void on(ReadinessAssessed event) {
        readinessChanges++;
    }

    @EventSourcingHandler
    void on(CareerConversationDue event) {
        raisedCauses.add(event.cause());
    }

    @EventSourcingHandler
    void on(DevelopmentPushesPaused event) {
        raisedCauses.add("pause:" + event.noteId());
    }

    @EventSourcingHandler
    void on(SignalReassessmentRequested event) {
        raisedCauses.add("reassess:" + event.commitmentId());
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
    void on(SignalingGapOpened event) {
        openSignalingGaps.add(event.decisionMakerId());
    }

    @EventSourcingHandler
    void on(SignalingGapClosed event) {
        openSignalingGaps.remove(event.decisionMakerId());
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consent = event;
    }

    /**
     * The kind of a move nobody named (an internal fill): another function is a cross-function move; a higher level
     * in the same function, compared by the number in level names such as L5 and L6, a promotion; anything else
     * lateral.
     */
    private MoveType inferredMove(String newLevel, String newFunction) {
        if (!newFunction.equals(function)) {
            return MoveType.CROSS_FUNCTION;
        }
        String from = level.replaceAll("\\D", "");
        String to = newLevel.replaceAll("\\D", "");
        boolean higher = !from.isEmpty() && !to.isEmpty() && from.length() < 10 && to.length() < 10
                && Long.parseLong(to) > Long.parseLong(from);
        return higher ? MoveType.PROMOTION : MoveType.LATERAL;
    }

    private void requireEmployed() {
        Employment.requireEmployed(employeeId, employed);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }
}
