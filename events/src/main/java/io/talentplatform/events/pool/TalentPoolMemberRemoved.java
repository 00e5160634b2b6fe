package io.talentplatform.events.pool;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A nominated member left the pool (a rule's members come and go with their profiles, with no event of their own). */
@Revision("1")
public record TalentPoolMemberRemoved(
        String poolId,
        @DataSubject String employeeId,
        @PersonalData String reason,
        String removedBy) {
}
