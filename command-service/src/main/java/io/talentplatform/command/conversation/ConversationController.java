package io.talentplatform.command.conversation;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.conversation.ConversationAnswers.Booked;
import io.talentplatform.command.conversation.ConversationAnswers.ConversationChanged;
import io.talentplatform.command.conversation.ConversationAnswers.NoteRecorded;
import io.talentplatform.command.conversation.ConversationCommands.CancelConversation;
import io.talentplatform.command.conversation.ConversationCommands.CompleteConversation;
import io.talentplatform.command.conversation.ConversationCommands.HoldConversation;
import io.talentplatform.command.conversation.ConversationCommands.RecordListeningNote;
import io.talentplatform.command.conversation.ConversationCommands.RescheduleConversation;
import io.talentplatform.command.conversation.ConversationCommands.ScheduleConversation;
import io.talentplatform.command.conversation.ConversationCommands.SendReflectionPrompt;
import io.talentplatform.command.conversation.ConversationCommands.ShareConversationSummary;
import io.talentplatform.command.conversation.ConversationCommands.WriteReflectionPrompt;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/** Career conversations: booked by the person's current manager (or HR), then run and recorded by that manager. */
@RestController
@Validated
@RequestMapping("/api/v1/conversations")
class ConversationController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;

    ConversationController(CommandDispatch dispatch, CommandAccess access) {
        this.dispatch = dispatch;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Booked> schedule(@Valid @RequestBody ConversationRequests.Schedule body, Caller caller,
            HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.SCHEDULE_CONVERSATION, caller,
                body.employeeId());
        UUID conversationId = UUID.randomUUID();
        long position = dispatch.send(new ScheduleConversation(conversationId, body.employeeId(), person.managerId(),
                body.kind(), body.trigger(), body.scheduledFor(), body.plannedMinutes(), caller.employeeId(),
                person.employed()),
                conversationId.toString(), caller, request);
        return created("/api/v1/employees/" + body.employeeId() + "/career-capital", position,
                new Booked(conversationId, body.employeeId()));
    }

    /** Records that the conversation's preparation prompt was sent to the person. */
    @PostMapping("/{conversationId}/prompt-sent")
    ResponseEntity<ConversationChanged> promptSent(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.PromptSent body, Caller caller, HttpServletRequest request) {
        return conduct(Access.SEND_REFLECTION_PROMPT, conversationId,
                new SendReflectionPrompt(conversationId, body.sentAt()), caller, request);
    }

    /** Gives the conversation its preparation prompt (the questions the person is asked to think about). */
    @PostMapping("/{conversationId}/prompt")
    ResponseEntity<ConversationChanged> prompt(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.Prompt body, Caller caller, HttpServletRequest request) {
        return conduct(Access.WRITE_REFLECTION_PROMPT, conversationId,
                new WriteReflectionPrompt(conversationId, body.prompt()), caller, request);
    }

    /** Records the conversation's summary, shared with the person. */
    @PostMapping("/{conversationId}/summary")
    ResponseEntity<ConversationChanged> summary(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.Summary body, Caller caller, HttpServletRequest request) {
        return conduct(Access.SHARE_CONVERSATION_SUMMARY, conversationId,
                new ShareConversationSummary(conversationId, body.sharedAt(), body.summary()), caller, request);
    }

    /** Reschedules the conversation, with the reason. */
    @PostMapping("/{conversationId}/reschedule")
    ResponseEntity<ConversationChanged> reschedule(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.RescheduleConversation body, Caller caller,
            HttpServletRequest request) {
        return conduct(Access.RESCHEDULE_CONVERSATION, conversationId,
                new RescheduleConversation(conversationId, body.scheduledFor(), body.reason()), caller, request);
    }

    /** Records that the conversation was held. */
    @PostMapping("/{conversationId}/held")
    ResponseEntity<ConversationChanged> held(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.Held body, Caller caller, HttpServletRequest request) {
        return conduct(Access.HOLD_CONVERSATION, conversationId,
                new HoldConversation(conversationId, body.heldAt(), body.actualMinutes()), caller, request);
    }

    /** Records a private note of the manager's on the conversation: confidential, seen by its writer only. */
    @PostMapping("/{conversationId}/notes")
    ResponseEntity<NoteRecorded> note(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.Note body, Caller caller, HttpServletRequest request) {
        access.requireForConversation(Access.RECORD_LISTENING_NOTE, caller, conversationId);
        UUID noteId = UUID.randomUUID();
        long position = dispatch.send(new RecordListeningNote(conversationId, noteId, body.kind(), body.text(),
                caller.employeeId()), conversationId.toString(), caller, request);
        return ok(position, new NoteRecorded(conversationId, noteId));
    }

    /**
     * Completes the conversation with its outcomes: the aspiration heard, capabilities evidenced, the contract it
     * leads to.
     */
    @PostMapping("/{conversationId}/complete")
    ResponseEntity<ConversationChanged> complete(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.Complete body, Caller caller, HttpServletRequest request) {
        ConversationRequests.Outcomes outcomes = body.outcomes();
        AdvocacyAction advocacy = outcomes.advocacyAction() == null ? null
                : new AdvocacyAction(outcomes.advocacyAction().description(), outcomes.advocacyAction().dueOn(),
                        outcomes.advocacyAction().decisionMakerId());
        return conduct(Access.COMPLETE_CONVERSATION, conversationId, new CompleteConversation(conversationId,
                outcomes.humanCapitalUpdated(), outcomes.relationshipCapitalAssessed(), outcomes.signalingGap(),
                advocacy, body.nextConversationOn()), caller, request);
    }

    /** Cancels the conversation, with the reason. */
    @PostMapping("/{conversationId}/cancel")
    ResponseEntity<ConversationChanged> cancel(@PathVariable UUID conversationId,
            @Valid @RequestBody ConversationRequests.Cancel body, Caller caller, HttpServletRequest request) {
        return conduct(Access.CANCEL_CONVERSATION, conversationId,
                new CancelConversation(conversationId, body.reason()), caller, request);
    }

    private ResponseEntity<ConversationChanged> conduct(Access endpoint, UUID conversationId, Object command,
            Caller caller, HttpServletRequest request) {
        access.requireForConversation(endpoint, caller, conversationId);
        long position = dispatch.send(command, conversationId.toString(), caller, request);
        return ok(position, new ConversationChanged(conversationId));
    }
}
