package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A readiness assessment no longer stands: the manager withdrew it in answer to the person's contest.
 *
 * @param roleId     the role it was for, or {@code null} when it was for a role family
 * @param roleFamily the role family it was for, or {@code null} when it was for a role
 */
@Revision("1")
public record ReadinessWithdrawn(
        @DataSubject String employeeId,
        String roleId,
        String roleFamily,
        UUID contestId) {
}
