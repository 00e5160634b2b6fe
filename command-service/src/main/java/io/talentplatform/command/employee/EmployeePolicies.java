package io.talentplatform.command.employee;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.employee.EmployeeCommands.PauseDevelopmentPushes;
import io.talentplatform.command.employee.EmployeeCommands.RaiseConversationDue;
import io.talentplatform.command.employee.EmployeeCommands.RequestSignalReassessment;
import io.talentplatform.command.employee.EmployeeCommands.WatchForStalledPromotion;
import io.talentplatform.command.policy.PolicyCommands;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.ListeningNoteKind;
import io.talentplatform.events.conversation.ListeningNoteRecorded;
import io.talentplatform.events.role.SuccessorNominated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The loop's reactions that start on another aggregate's stream and end on the person's (docs/loop.md): a flight signal
 * in a listening note raises a conversation within the week; a burnout or wellbeing note pauses development pushes; a
 * nomination starts the watch for a promotion that stalls; a contract whose goal was met raises a milestone
 * conversation; a completed advocacy action asks whether its decision maker now knows the person's work.
 *
 * <p>A streaming processor, so a retry or a replay sends the same commands again: each carries its cause (the note,
 * the contract, the nomination event, the commitment) and the day of the event that raised it, and the person's
 * aggregate acts on a cause once.
 */
@Component
@ProcessingGroup(EmployeePoliciesStart.PROCESSOR)
class EmployeePolicies {

    /** docs/loop.md: recovery before development, for six weeks from the note. */
    static final int PAUSE_DAYS = 42;

    private final PolicyCommands commands;
    private final EmployeeDirectory directory;

    EmployeePolicies(PolicyCommands commands, EmployeeDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @EventHandler
    void on(ListeningNoteRecorded event, @Timestamp Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (event.kind() == ListeningNoteKind.FLIGHT_SIGNAL) {
            commands.send(new RaiseConversationDue(event.employeeId(), ConversationTrigger.FLIGHT_SIGNAL,
                    "a flight signal in a listening note of " + day, day,
                    day.plusDays(ConversationTriggers.FLIGHT_SIGNAL_WITHIN_DAYS), "note:" + event.noteId()));
        } else if (event.kind() != null && event.kind().asksForRecovery()) {
            commands.send(new PauseDevelopmentPushes(event.employeeId(), day.plusDays(PAUSE_DAYS), event.writtenBy(),
                    event.noteId()));
        }
    }

    @EventHandler
    void on(SuccessorNominated event, @MessageIdentifier String eventId) {
        commands.send(new WatchForStalledPromotion(event.employeeId(), "nomination:" + event.roleId() + ":" + eventId));
    }

    @EventHandler
    void on(DevelopmentContractClosed event, @Timestamp Instant at) {
        if (event.reason() == ContractCloseReason.GOAL_MET) {
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            commands.send(new RaiseConversationDue(event.employeeId(), ConversationTrigger.MILESTONE,
                    "the development contract's goal was met", day,
                    day.plusDays(ConversationTriggers.MILESTONE_WITHIN_DAYS), "goal-met:" + event.contractId()));
        }
    }

    @EventHandler
    void on(CommitmentCompleted event, @Timestamp Instant at) {
        directory.advocacyTarget(event.commitmentId()).ifPresent(target -> commands.send(new RequestSignalReassessment(
                event.employeeId(), target.decisionMakerId(), event.commitmentId(), target.conversationId(),
                LocalDate.ofInstant(at, ZoneOffset.UTC))));
    }
}
