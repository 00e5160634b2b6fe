package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The person disagrees with something recorded about them, and says why (DOMAIN.md, "Contest"). Until their manager
 * answers, slates and matches that rest on the record show it as contested.
 *
 * @param subjectId the evidence id or the relationship id; for readiness, the role id or role family assessed for
 */
@Revision("1")
public record RecordContested(
        @DataSubject String employeeId,
        UUID contestId,
        ContestedRecord subject,
        String subjectId,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason) {
}
