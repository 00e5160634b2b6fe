package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * Where the person wants to go. The narrative is confidential to the person and their manager; the direction and
 * target role families reach panels and the marketplace only if {@code shareDirection} and the person's consent say so.
 */
@Revision("1")
public record AspirationStated(
        @DataSubject String employeeId,
        @Audience(Confidentiality.CONSENTED) CareerDirection direction,
        @Audience(Confidentiality.CONSENTED) List<String> targetRoleFamilies,
        @Audience(Confidentiality.CONSENTED) int horizonYears,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String narrative,
        boolean shareDirection,
        UUID conversationId) {

    public AspirationStated {
        targetRoleFamilies = targetRoleFamilies == null ? List.of() : List.copyOf(targetRoleFamilies);
    }
}
