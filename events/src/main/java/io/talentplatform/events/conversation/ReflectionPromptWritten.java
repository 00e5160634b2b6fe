package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The manager's own words for the light reflection prompt the platform sends a few days before the conversation, in
 * place of seed 001's. A prompt, not a form.
 */
@Revision("1")
public record ReflectionPromptWritten(
        UUID conversationId,
        @DataSubject String employeeId,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String prompt) {
}
