package io.talentplatform.events.role;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The panel judged a successor already on the slate again. {@code previousReadiness} lets a read model tell
 * progress (a nearer readiness) from a confirmation of the same one.
 */
@Revision("1")
public record SuccessorReassessed(
        String roleId,
        @DataSubject String employeeId,
        SuccessionReadiness previousReadiness,
        SuccessionReadiness readiness,
        boolean emergencyCover,
        @PersonalData String rationale,
        String decidedBy) {
}
