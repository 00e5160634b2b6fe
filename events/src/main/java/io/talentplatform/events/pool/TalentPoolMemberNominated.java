package io.talentplatform.events.pool;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * HR or a panel put a person in a talent pool, for a reason, which reads as a slate's rationale does: panels and HR
 * read it, the person does not.
 */
@Revision("1")
public record TalentPoolMemberNominated(
        String poolId,
        @DataSubject String employeeId,
        @PersonalData String reason,
        String nominatedBy) {
}
