package io.talentplatform.command.employee;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.talentplatform.command.employee.EmployeeCommands.PauseDevelopmentPushes;
import io.talentplatform.command.employee.EmployeeCommands.RaiseConversationDue;
import io.talentplatform.command.employee.EmployeeCommands.RequestSignalReassessment;
import io.talentplatform.command.employee.EmployeeCommands.WatchForStalledPromotion;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.SignalReassessmentRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static io.talentplatform.command.deadlines.Days.startOfDayAfter;
import static io.talentplatform.command.deadlines.Days.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person's part of the loop that closes itself (docs/loop.md): the conversations the platform raises with their
 * manager, each once per cause, the watch over a promotion discussed, the pause after a burnout note and the request
 * to reassess a decision maker. A member of the {@link Employee} aggregate: the person's own commands raise
 * triggers through it, and the policies' commands reach it directly.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ConversationTriggers {

    /** A new manager or a significant move: a transition conversation within 30 days. */
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

    private String employeeId;
    private String managerId;
    private boolean employed;
    private final Set<String> raisedCauses = new HashSet<>();
    private int readinessChanges;
    private LocalDate lastPromotion;

    /** Deadline payload: what the person's readiness was when a promotion was discussed. */
    public record PromotionWatch(int readinessChangesThen, LocalDate since, String cause) {
    }

    @CommandHandler
    public void handle(WatchForStalledPromotion command, DeadlineManager deadlines) {
        // A replayed nomination may start a second watch; the stall it finds is raised once, by its cause.
        if (employed) {
            watchPromotion(deadlines, command.cause());
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

    /** A readiness of now or soon, or a nomination: a promotion discussed, watched for STALLED_AFTER_DAYS. */
    void watchPromotion(DeadlineManager deadlines, String cause) {
        deadlines.schedule(startOfDayAfter(today().plusDays(STALLED_AFTER_DAYS)),
                PROMOTION_WATCH, new PromotionWatch(readinessChanges, today(), cause));
    }

    /** A readiness of now or soon was just assessed: the watch keeps how many assessments there were then. */
    void watchReadiness(DeadlineManager deadlines) {
        watchPromotion(deadlines, "readiness:" + readinessChanges);
    }

    /** Unchanged readiness and no promotion since: seed 001's "a promotion has been discussed but not progressed". */
    void watchEnded(PromotionWatch watch) {
        boolean promotedSince = lastPromotion != null && !lastPromotion.isBefore(watch.since());
        if (employed && readinessChanges == watch.readinessChangesThen() && !promotedSince) {
            // Raised for the day the watch ended, however late the scheduler runs it.
            LocalDate ended = watch.since().plusDays(STALLED_AFTER_DAYS + 1L);
            raise(ConversationTrigger.PROMOTION_STALLED, "a promotion discussed on " + watch.since()
                    + " has not progressed", ended, ended.plusDays(STALLED_WITHIN_DAYS), "stalled:" + watch.cause());
        }
    }

    /**
     * A new manager or a significant move: a transition conversation within TRANSITION_WITHIN_DAYS of the day it takes
     * effect, or of today when that day has passed.
     */
    void raiseTransition(String detail, LocalDate effectiveOn, String cause) {
        LocalDate from = effectiveOn.isAfter(today()) ? effectiveOn : today();
        raise(ConversationTrigger.ROLE_CHANGE, detail, from.plusDays(TRANSITION_WITHIN_DAYS), cause);
    }

    /** Raised once per cause, with the person's current manager; nobody to raise it with, nothing raised. */
    void raise(ConversationTrigger reason, String detail, LocalDate dueOn, String cause) {
        raise(reason, detail, today(), dueOn, cause);
    }

    private void raise(ConversationTrigger reason, String detail, LocalDate raisedOn, LocalDate dueOn, String cause) {
        if (managerId == null || raisedCauses.contains(cause)) {
            return;
        }
        apply(new CareerConversationDue(employeeId, managerId, reason, detail, raisedOn, dueOn, cause));
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        managerId = event.managerId();
        employed = true;
    }

    @EventSourcingHandler
    void on(ManagerChanged event) {
        managerId = event.managerId();
    }

    @EventSourcingHandler
    void on(EmployeeMoved event) {
        if (event.moveType() == MoveType.PROMOTION) {
            lastPromotion = event.effectiveOn();
        }
    }

    @EventSourcingHandler
    void on(EmployeeDeparted event) {
        employed = false;
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
}
