package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person asked to be introduced to a colleague who made the move they want (the mentor finder). It becomes their
 * manager's introduction commitment in the development contract, due {@code dueOn} (seed 001: "make a specific
 * introduction … within two weeks"), in the same transaction.
 *
 * @param mentorId     the colleague, who consented to be found as a mentor
 * @param roleFamily   the move the person wants to talk about
 * @param contractId   the open contract the commitment is made in
 * @param commitmentId the manager's introduction commitment
 */
@Revision("1")
public record MentoringRequested(
        @DataSubject String employeeId,
        String mentorId,
        String roleFamily,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String note,
        UUID contractId,
        UUID commitmentId,
        LocalDate dueOn) {
}
