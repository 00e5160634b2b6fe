package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The conversation will not take place. */
@Revision("1")
public record ConversationCancelled(
        UUID conversationId,
        @DataSubject String employeeId,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason) {
}
