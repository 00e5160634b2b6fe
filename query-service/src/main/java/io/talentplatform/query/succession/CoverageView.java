package io.talentplatform.query.succession;

import java.util.List;

/**
 * Critical roles with and without a successor ready now.
 *
 * @param coverage covered over critical roles, or {@code null} when there are none
 */
public record CoverageView(String function, int criticalRoles, int covered, int uncovered, Double coverage,
                           List<RoleCoverage> coveredRoles, List<RoleCoverage> uncoveredRoles) {

    /** @param readyNow successors still employed and ready now */
    public record RoleCoverage(String roleId, String title, String function, int readyNow, int successors) {
    }
}
