package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A person joined the platform's view of the organisation, normally fed from the HRIS.
 *
 * @param managerId the current manager, or {@code null} at the top of the tree
 */
@Revision("1")
public record EmployeeRegistered(
        @DataSubject String employeeId,
        @PersonalData String displayName,
        String jobTitle,
        String level,
        String function,
        String managerId) {
}
