package io.talentplatform.events.role;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person's manager agreed that they take the gig or project: the second step of taking it. The person now holds
 * one of its seats.
 *
 * @param agreedBy   the manager who agreed
 * @param seatsTaken how many of its seats are taken with this one: when it reaches {@code seats}, the work is taken
 */
@Revision("1")
public record OpportunityAgreed(
        UUID openingId,
        @DataSubject String employeeId,
        String agreedBy,
        LocalDate agreedOn,
        OpeningKind kind,
        int seatsTaken,
        int seats) {
}
