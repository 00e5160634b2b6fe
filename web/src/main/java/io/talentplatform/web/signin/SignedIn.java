package io.talentplatform.web.signin;

import java.io.Serializable;
import java.util.Set;

/**
 * The person using the pages: their employee id, their name as the platform knows it, their roles, and the bearer
 * token every API call is made with. Kept in the HTTP session, never in a page.
 */
public record SignedIn(String employeeId, String displayName, Set<String> roles, String token)
        implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The name to greet them with. */
    public String name() {
        return displayName == null || displayName.isBlank() ? employeeId : displayName;
    }
}
