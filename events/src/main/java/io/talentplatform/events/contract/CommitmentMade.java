package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One side of the bilateral contract committed to a concrete action by a date.
 *
 * @param kind           what kind of thing a manager commits to; {@code null} for the employee's commitments
 * @param conversationId the conversation whose advocacy action this is, or {@code null}
 */
@Revision("1")
public record CommitmentMade(
        UUID contractId,
        @DataSubject String employeeId,
        UUID commitmentId,
        CommitmentOwner owner,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String description,
        LocalDate dueOn,
        CommitmentKind kind,
        UUID conversationId) {
}
