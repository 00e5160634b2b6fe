package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person changed role: a promotion, a lateral or a cross-function move, optionally by filling an internal
 * opening. Carries the role before and after, so mobility metrics need nothing else.
 */
@Revision("1")
public record EmployeeMoved(
        @DataSubject String employeeId,
        MoveType moveType,
        String jobTitle,
        String level,
        String function,
        String previousJobTitle,
        String previousLevel,
        String previousFunction,
        LocalDate effectiveOn,
        UUID openingId) {
}
