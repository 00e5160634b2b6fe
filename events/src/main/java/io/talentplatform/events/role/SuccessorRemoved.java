package io.talentplatform.events.role;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The panel took a person off the role's slate, saying why. The nomination stays in the history. */
@Revision("1")
public record SuccessorRemoved(
        String roleId,
        @DataSubject String employeeId,
        @PersonalData String reason,
        String decidedBy) {
}
