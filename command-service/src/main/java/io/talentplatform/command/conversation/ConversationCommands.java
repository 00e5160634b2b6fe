package io.talentplatform.command.conversation;

import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.ListeningNoteKind;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The commands of a career conversation, each handled by {@link CareerConversation}. */
public final class ConversationCommands {

    private ConversationCommands() {
    }

    /** Book a career conversation with a person, as its own session. */
    /** @param employed whether the person is a current employee, as the directory knew when the command was taken */
    public record ScheduleConversation(@TargetAggregateIdentifier UUID conversationId, String employeeId,
                                       String managerId, ConversationKind kind, ConversationTrigger trigger,
                                       Instant scheduledFor, int plannedMinutes, String scheduledBy,
                                       boolean employed) {
    }

    /** Record that the reflection prompt went out. */
    public record SendReflectionPrompt(@TargetAggregateIdentifier UUID conversationId, Instant sentAt) {
    }

    /** Move the conversation to another time (a deferral). */
    public record RescheduleConversation(@TargetAggregateIdentifier UUID conversationId, Instant scheduledFor,
                                         String reason) {
    }

    /** Record that the conversation took place. */
    public record HoldConversation(@TargetAggregateIdentifier UUID conversationId, Instant heldAt,
                                   int actualMinutes) {
    }

    /** Keep a private listening note. */
    public record RecordListeningNote(@TargetAggregateIdentifier UUID conversationId, UUID noteId,
                                      ListeningNoteKind kind, String text, String writtenBy) {
    }

    /** Record which of the four outcomes the conversation produced, and when the next one is. */
    public record CompleteConversation(@TargetAggregateIdentifier UUID conversationId, boolean humanCapitalUpdated,
                                       boolean relationshipCapitalAssessed, SignalingGapOutcome signalingGap,
                                       AdvocacyAction advocacyAction, LocalDate nextConversationOn) {
    }

    /** Put the light reflection prompt in the manager's own words, in place of seed 001's. */
    public record WriteReflectionPrompt(@TargetAggregateIdentifier UUID conversationId, String prompt) {
    }

    /** Record that the written summary of the held conversation went to the person, and what it said. */
    public record ShareConversationSummary(@TargetAggregateIdentifier UUID conversationId, Instant sharedAt,
                                           String summary) {
    }

    /** The conversation will not happen. */
    public record CancelConversation(@TargetAggregateIdentifier UUID conversationId, String reason) {
    }
}
