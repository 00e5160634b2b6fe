package io.talentplatform.query.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An opening, without who filled it.
 *
 * @param kind   ROLE for a vacancy in a role
 * @param status OPEN or FILLED
 */
public record OpeningSummary(UUID openingId, String kind, String roleId, String title, String function, String level,
                             String roleFamily, List<RoleSummary.Requirement> requiredCapabilities,
                             LocalDate openedOn, boolean internalOnly, String status, LocalDate filledOn) {

    public record Page(List<OpeningSummary> openings, String nextCursor) {
    }
}
