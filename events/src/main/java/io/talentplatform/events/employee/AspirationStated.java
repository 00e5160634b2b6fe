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
 *
 * <p>Revision 2 added what the person is drawn to and what they are moving away from (seed 001: an aspiration needs
 * no destination), in their own words and as confidential as the narrative; revision 1 had neither (null).
 */
@Revision("2")
public record AspirationStated(
        @DataSubject String employeeId,
        @Audience(Confidentiality.CONSENTED) CareerDirection direction,
        @Audience(Confidentiality.CONSENTED) List<String> targetRoleFamilies,
        @Audience(Confidentiality.CONSENTED) int horizonYears,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String narrative,
        boolean shareDirection,
        UUID conversationId,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String drawnTo,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String movingAwayFrom) {

    public AspirationStated {
        targetRoleFamilies = targetRoleFamilies == null ? List.of() : List.copyOf(targetRoleFamilies);
    }

    /** An aspiration that says nothing of what draws the person or what they are leaving behind. */
    public AspirationStated(String employeeId, CareerDirection direction, List<String> targetRoleFamilies,
                            int horizonYears, String narrative, boolean shareDirection, UUID conversationId) {
        this(employeeId, direction, targetRoleFamilies, horizonYears, narrative, shareDirection, conversationId,
                null, null);
    }
}
