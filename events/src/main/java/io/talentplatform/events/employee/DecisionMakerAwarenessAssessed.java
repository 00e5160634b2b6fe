package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Signaling Capital: whether a decision maker who controls the person's next opportunity knows their capabilities,
 * and on what basis that is said.
 */
@Revision("1")
public record DecisionMakerAwarenessAssessed(
        @DataSubject String employeeId,
        String decisionMakerId,
        boolean aware,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String basis,
        UUID conversationId) {
}
