package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The conversation produced its outcomes (seed 000): Human Capital updated, Relationship Capital assessed, a
 * signaling gap identified or explicitly none, and an advocacy action. {@code outcomesProduced} counts the four;
 * {@code advocacyMissing} flags a full conversation that ended without an advocacy action. Revision 2: the advocacy
 * action names the decision maker of the gap it addresses ({@code ConversationCompletedUpcaster}).
 */
@Revision("2")
public record ConversationCompleted(
        UUID conversationId,
        @DataSubject String employeeId,
        String managerId,
        ConversationKind kind,
        boolean humanCapitalUpdated,
        boolean relationshipCapitalAssessed,
        SignalingGapOutcome signalingGap,
        AdvocacyAction advocacyAction,
        LocalDate nextConversationOn,
        int outcomesProduced,
        boolean advocacyMissing) {
}
