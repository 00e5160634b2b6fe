package io.talentplatform.platform.security;

import java.util.Set;

/**
 * Who is calling: the token's subject, which is their employee id, and their roles. Controllers take it as a
 * parameter; access rules are decided from it and the relationship to the person concerned.
 */
public record Caller(String employeeId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean is(String otherEmployeeId) {
        return employeeId.equals(otherEmployeeId);
    }
}
