package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Raised by the platform when a contract's review date passed without a review. */
@Revision("1")
public record ContractReviewDue(
        UUID contractId,
        @DataSubject String employeeId,
        String managerId,
        LocalDate reviewWasDueOn) {
}
