package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The conversation took place; outcomes can now be recorded. */
@Revision("1")
public record ConversationHeld(
        UUID conversationId,
        @DataSubject String employeeId,
        Instant heldAt,
        int actualMinutes) {
}
