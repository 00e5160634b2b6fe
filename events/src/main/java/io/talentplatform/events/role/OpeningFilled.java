package io.talentplatform.events.role;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The opening was filled: internally by a current employee (who is moved into the role by the same request), or
 * externally by a hire, in which case {@code employeeId} is {@code null}. Carries the opening date so time to fill
 * needs nothing else.
 */
@Revision("1")
public record OpeningFilled(
        UUID openingId,
        String roleId,
        String function,
        LocalDate openedOn,
        LocalDate filledOn,
        @DataSubject String employeeId,
        boolean internal) {
}
