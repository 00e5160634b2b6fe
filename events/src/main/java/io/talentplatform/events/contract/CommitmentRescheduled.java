package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A commitment got a new due date; each time is counted. */
@Revision("1")
public record CommitmentRescheduled(
        UUID contractId,
        @DataSubject String employeeId,
        UUID commitmentId,
        LocalDate previousDueOn,
        LocalDate dueOn,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason,
        int reschedules) {
}
