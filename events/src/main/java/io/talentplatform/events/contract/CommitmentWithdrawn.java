package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A commitment was withdrawn: circumstances changed (a plan, not a promise: seed 002). */
@Revision("1")
public record CommitmentWithdrawn(
        UUID contractId,
        @DataSubject String employeeId,
        UUID commitmentId,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason) {
}
