package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The contract was reviewed: what progress was seen, and when the next review is. */
@Revision("1")
public record ContractReviewed(
        UUID contractId,
        @DataSubject String employeeId,
        LocalDate reviewedOn,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String progress,
        LocalDate nextReviewOn) {
}
