package io.talentplatform.query.roles;

import java.util.List;

/** A role as HR defined it, with the capabilities it needs. */
public record RoleSummary(String roleId, String title, String function, String level, boolean critical,
                          String roleFamily, List<Requirement> requiredCapabilities) {

    public record Requirement(String capability, int minLevel) {
    }

    public record Page(List<RoleSummary> roles, String nextCursor) {
    }
}
