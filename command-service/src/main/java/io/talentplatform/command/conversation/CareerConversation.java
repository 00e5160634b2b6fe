package io.talentplatform.command.conversation;

import io.talentplatform.command.deadlines.Days;
import io.talentplatform.command.conversation.ConversationCommands.CancelConversation;
import io.talentplatform.command.conversation.ConversationCommands.CompleteConversation;
import io.talentplatform.command.conversation.ConversationCommands.HoldConversation;
import io.talentplatform.command.conversation.ConversationCommands.RecordListeningNote;
import io.talentplatform.command.conversation.ConversationCommands.RescheduleConversation;
import io.talentplatform.command.conversation.ConversationCommands.ScheduleConversation;
import io.talentplatform.command.conversation.ConversationCommands.SendReflectionPrompt;
import io.talentplatform.command.conversation.ConversationCommands.ShareConversationSummary;
import io.talentplatform.command.conversation.ConversationCommands.WriteReflectionPrompt;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.ListeningNoteRecorded;
import io.talentplatform.events.conversation.QuarterlyConversationDue;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import io.talentplatform.command.employee.Employment;
import io.talentplatform.command.loading.AggregateLoading;
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
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A career conversation, from booking to its outcomes (seeds 000, 001, 002). Who may run it and whether the person
 * is still employed are checked before a command reaches it (see {@code CommandAccess}); it checks its own rules.
 */
@Aggregate(cache = AggregateLoading.CONVERSATIONS, lockFactory = AggregateLoading.LOCKS)
public class CareerConversation {

    /** Seed 001: "at least 45 minutes" for a dedicated career conversation. */
    static final int MINIMUM_DEDICATED_MINUTES = 45;
    /** A conversation that already happened may be booked after the fact, but not long after. */
    static final Duration LATEST_BACKDATING = Duration.ofDays(14);
    static final String QUARTERLY_DEADLINE = "quarterly-conversation";
    /** Seed 000: the advocacy action is one the manager commits to "within the quarter". */
    static final int ADVOCACY_WITHIN_DAYS = 92;

    enum Status { SCHEDULED, HELD, COMPLETED, CANCELLED }

    @AggregateIdentifier
    private UUID conversationId;
    private String employeeId;
    private String managerId;
    private ConversationKind kind;
    private Status status;
    private Instant scheduledFor;
    private Instant heldAt;
    private int deferrals;
    private boolean summaryShared;

    protected CareerConversation() {
        // For Axon, which rebuilds the conversation from its events.
    }

    @CommandHandler
    public CareerConversation(ScheduleConversation command) {
        Employment.requireEmployed(command.employeeId(), command.employed());
        if (command.kind().needsDedicatedSession() && command.plannedMinutes() < MINIMUM_DEDICATED_MINUTES) {
            throw RuleViolation.unprocessable("conversation-too-short", "A " + command.kind()
                    + " conversation needs a dedicated session of at least " + MINIMUM_DEDICATED_MINUTES
                    + " minutes, not " + command.plannedMinutes() + ".");
        }
        if (command.scheduledFor().isBefore(now().minus(LATEST_BACKDATING))) {
            throw RuleViolation.unprocessable("scheduled-too-far-back", "A conversation can be booked at most "
                    + LATEST_BACKDATING.toDays() + " days after the time it was for.");
        }
        apply(new ConversationScheduled(command.conversationId(), command.employeeId(), command.managerId(),
                command.kind(), command.trigger(), command.scheduledFor(), command.plannedMinutes(),
                command.scheduledBy()));
    }

    @CommandHandler
    public void handle(SendReflectionPrompt command) {
        requireStatus(Status.SCHEDULED, "The reflection prompt goes out before the conversation.");
        if (command.sentAt().isAfter(now())) {
            throw RuleViolation.unprocessable("sent-in-future", "The prompt cannot have been sent in the future.");
        }
        apply(new ReflectionPromptSent(conversationId, employeeId, command.sentAt()));
    }

    /** The manager may put the prompt in their own words until the conversation takes place. */
    @CommandHandler
    public void handle(WriteReflectionPrompt command) {
        requireStatus(Status.SCHEDULED, "The reflection prompt is written before the conversation.");
        apply(new ReflectionPromptWritten(conversationId, employeeId, command.prompt()));
    }

    /** Every held conversation has its own summary, shared once, after it was held and not in the future. */
    @CommandHandler
    public void handle(ShareConversationSummary command) {
        requireTookPlace("A summary is shared after the conversation took place.");
        if (summaryShared) {
            throw RuleViolation.conflict("summary-already-shared", "The summary of this conversation was already "
                    + "shared; a change to what was agreed is a contract revision.");
        }
        if (command.sharedAt().isAfter(now()) || command.sharedAt().isBefore(heldAt)) {
            throw RuleViolation.unprocessable("summary-shared-at", "The summary is shared between the conversation ("
                    + heldAt + ") and now.");
        }
        apply(new ConversationSummaryShared(conversationId, employeeId, command.sharedAt(), command.summary()));
    }

    @CommandHandler
    public void handle(RescheduleConversation command) {
        requireStatus(Status.SCHEDULED, "Only a conversation that has not taken place can be moved.");
        if (!command.scheduledFor().isAfter(now())) {
            throw RuleViolation.unprocessable("rescheduled-into-past", "A conversation is moved to a future time.");
        }
        apply(new ConversationRescheduled(conversationId, employeeId, scheduledFor, command.scheduledFor(),
                command.reason(), deferrals + 1));
    }

    /** A held career conversation sets the next one due a quarter later; the platform raises it if it passes. */
    @CommandHandler
    public void handle(HoldConversation command, DeadlineManager deadlines) {
        requireStatus(Status.SCHEDULED, "The conversation was already held, completed or cancelled.");
        if (command.heldAt().isAfter(now())) {
            throw RuleViolation.unprocessable("held-in-future", "A conversation cannot be held in the future.");
        }
        apply(new ConversationHeld(conversationId, employeeId, command.heldAt(), command.actualMinutes()));
        if (kind.needsDedicatedSession()) {
            LocalDate due = LocalDate.ofInstant(command.heldAt(), ZoneOffset.UTC)
                    .plusDays(QuarterlyConversationDue.QUARTER_DAYS);
            deadlines.schedule(Days.startOfDayAfter(due), QUARTERLY_DEADLINE,
                    new NextConversationDue(due));
        }
    }

    @DeadlineHandler
    void on(NextConversationDue due) {
        apply(new QuarterlyConversationDue(conversationId, employeeId, managerId, due.dueOn()));
    }

    /** Deadline payload: a quarter has passed since this conversation. */
    public record NextConversationDue(LocalDate dueOn) {
    }

    @CommandHandler
    public void handle(RecordListeningNote command) {
        requireTookPlace("Listening notes are kept for a conversation that took place.");
        apply(new ListeningNoteRecorded(conversationId, employeeId, command.noteId(), command.kind(),
                command.text(), command.writtenBy()));
    }

    /** Outcomes can be recorded only on a held conversation; a full one without an advocacy action is flagged. */
    @CommandHandler
    public void handle(CompleteConversation command) {
        requireStatus(Status.HELD, "Outcomes can be recorded only on a conversation that was held.");
        LocalDate heldOn = LocalDate.ofInstant(heldAt, ZoneOffset.UTC);
        if (command.advocacyAction() != null) {
            LocalDate due = command.advocacyAction().dueOn();
            if (due.isBefore(heldOn) || due.isAfter(heldOn.plusDays(ADVOCACY_WITHIN_DAYS))) {
                throw RuleViolation.unprocessable("advocacy-not-within-quarter", "The advocacy action is due within "
                        + "the quarter after the conversation: between " + heldOn + " and "
                        + heldOn.plusDays(ADVOCACY_WITHIN_DAYS) + ".");
            }
        }
        if (command.nextConversationOn() != null && !command.nextConversationOn().isAfter(heldOn)) {
            throw RuleViolation.unprocessable("next-conversation-not-after",
                    "The next conversation is booked after this one, not on or before " + heldOn + ".");
        }
        int produced = (command.humanCapitalUpdated() ? 1 : 0) + (command.relationshipCapitalAssessed() ? 1 : 0)
                + (command.signalingGap() != SignalingGapOutcome.NOT_ASSESSED ? 1 : 0)
                + (command.advocacyAction() != null ? 1 : 0);
        boolean advocacyMissing = kind == ConversationKind.FULL && command.advocacyAction() == null;
        apply(new ConversationCompleted(conversationId, employeeId, managerId, kind, command.humanCapitalUpdated(),
                command.relationshipCapitalAssessed(), command.signalingGap(), command.advocacyAction(),
                command.nextConversationOn(), produced, advocacyMissing));
    }

    @CommandHandler
    public void handle(CancelConversation command) {
        requireStatus(Status.SCHEDULED, "Only a conversation that has not taken place can be cancelled.");
        apply(new ConversationCancelled(conversationId, employeeId, command.reason()));
    }

    @EventSourcingHandler
    void on(ConversationScheduled event) {
        conversationId = event.conversationId();
        employeeId = event.employeeId();
        managerId = event.managerId();
        kind = event.kind();
        scheduledFor = event.scheduledFor();
        status = Status.SCHEDULED;
    }

    @EventSourcingHandler
    void on(ConversationRescheduled event) {
        scheduledFor = event.scheduledFor();
        deferrals = event.deferral();
    }

    @EventSourcingHandler
    void on(ConversationHeld event) {
        heldAt = event.heldAt();
        status = Status.HELD;
    }

    @EventSourcingHandler
    void on(ConversationCompleted event) {
        status = Status.COMPLETED;
    }

    @EventSourcingHandler
    void on(ConversationSummaryShared event) {
        summaryShared = true;
    }

    @EventSourcingHandler
    void on(ConversationCancelled event) {
        status = Status.CANCELLED;
    }

    private void requireTookPlace(String sentence) {
        if (status != Status.HELD && status != Status.COMPLETED) {
            throw RuleViolation.conflict("conversation-not-held", sentence);
        }
    }

    private void requireStatus(Status expected, String sentence) {
        if (status != expected) {
            throw RuleViolation.conflict("conversation-" + status.name().toLowerCase(), sentence
                    + " This conversation is " + status.name().toLowerCase() + ".");
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
