package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The light reflection prompt went out before the conversation (seed 001, "Before you start"). */
@Revision("1")
public record ReflectionPromptSent(
        UUID conversationId,
        @DataSubject String employeeId,
        Instant sentAt) {
}
