package io.talentplatform.query.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An opening, without who filled it.
 *
 * @param kind   ROLE for a vacancy in a role; GIG or PROJECT for part-time, time-boxed work, which has no role,
 *               level or family but hours, dates, seats and the capabilities it develops
 * @param status OPEN or FILLED (a gig or project whose every seat is taken)
 */
public record OpeningSummary(UUID openingId, String kind, String roleId, String title, String function, String level,
                             String roleFamily, List<RoleSummary.Requirement> requiredCapabilities,
                             LocalDate openedOn, boolean internalOnly, String status, LocalDate filledOn,
                             Integer hoursPerWeek, LocalDate startsOn, LocalDate endsOn,
                             List<String> developsCapabilities, int seats, int seatsTaken) {

    public record Page(List<OpeningSummary> openings, String nextCursor) {
    }
}
