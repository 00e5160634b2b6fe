package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Relationship Capital: someone outside the immediate team has direct experience of the person's work.
 *
 * @param counterpartId the counterpart's employee id when they work here, else {@code null}
 */
@Revision("1")
public record RelationshipMapped(
        @DataSubject String employeeId,
        UUID relationshipId,
        String counterpartId,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String counterpartName,
        @Audience(Confidentiality.CONSENTED) String counterpartFunction,
        @Audience(Confidentiality.CONSENTED) RelationshipKind kind,
        UUID conversationId) {
}
