package io.talentplatform.events.matching;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A person considered in a recorded ranking disputes their place in it, and says why. */
@Revision("1")
public record RankingDisputed(
        UUID rankingId,
        @DataSubject String employeeId,
        int rank,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason) {
}
