package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A career conversation is in the calendar: booked by the person's manager (or HR), as its own session. */
@Revision("1")
public record ConversationScheduled(
        UUID conversationId,
        @DataSubject String employeeId,
        String managerId,
        ConversationKind kind,
        ConversationTrigger trigger,
        Instant scheduledFor,
        int plannedMinutes,
        String scheduledBy) {
}
