package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * How ready the person is for a specific role or for a role family, who said so and why.
 *
 * @param roleId     the role assessed for, or {@code null} when a role family is
 * @param roleFamily the role family assessed for, or {@code null} when a role is
 */
@Revision("1")
public record ReadinessAssessed(
        @DataSubject String employeeId,
        String roleId,
        String roleFamily,
        @Audience(Confidentiality.CONSENTED) Readiness readiness,
        @PersonalData @Audience(value = Confidentiality.CONSENTED, auditors = true) String rationale,
        String assessedBy) {
}
