package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A commitment was kept; {@code late} when after its due date (also after it was marked overdue). */
@Revision("1")
public record CommitmentCompleted(
        UUID contractId,
        @DataSubject String employeeId,
        UUID commitmentId,
        LocalDate completedOn,
        boolean late,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String note) {
}
