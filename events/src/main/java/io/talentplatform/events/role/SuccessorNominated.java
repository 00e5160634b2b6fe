package io.talentplatform.events.role;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The succession panel put a person on the role's slate: how ready they are, whether they could cover an emergency,
 * why (the evidence the panel relied on) and who decided.
 */
@Revision("1")
public record SuccessorNominated(
        String roleId,
        @DataSubject String employeeId,
        SuccessionReadiness readiness,
        boolean emergencyCover,
        @PersonalData String rationale,
        String decidedBy) {
}
