package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The person's manager answered a contest. An amendment or a withdrawal is followed, in the same stream, by the
 * event that makes it: a new assessment or evidence item, or the record's withdrawal.
 */
@Revision("1")
public record ContestAnswered(
        @DataSubject String employeeId,
        UUID contestId,
        ContestedRecord subject,
        String subjectId,
        ContestOutcome outcome,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String note,
        String answeredBy) {
}
