package io.talentplatform.events.role;

import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The opening was filled: internally by a current employee (whom the fill moves into the role, in the same
 * transaction), or externally by a hire, in which case {@code employeeId} is {@code null}. Carries the opening date so
 * time to fill needs nothing else.
 *
 * <p>Revision 2 added {@code moveType}: the kind of move the filler stated, {@code null} when the person's own record
 * infers it (and for an external hire, and for every revision-1 event, whose move was recorded with it).
 */
@Revision("2")
public record OpeningFilled(
        UUID openingId,
        String roleId,
        String function,
        LocalDate openedOn,
        LocalDate filledOn,
        @DataSubject String employeeId,
        boolean internal,
        MoveType moveType) {
}
