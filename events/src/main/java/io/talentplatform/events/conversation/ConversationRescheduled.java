package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The conversation moved. Each move is a deferral and is counted: "always on the list and never in the calendar" is
 * seed 001's Failure 1.
 *
 * @param deferral how many times this conversation has now been deferred (1 for the first)
 */
@Revision("1")
public record ConversationRescheduled(
        UUID conversationId,
        @DataSubject String employeeId,
        Instant previouslyScheduledFor,
        Instant scheduledFor,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason,
        int deferral) {
}
