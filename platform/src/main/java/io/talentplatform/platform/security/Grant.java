package io.talentplatform.platform.security;


/** One way to be allowed: holding a role and standing in a relationship to the person. */
public record Grant(Role role, Relationship relationship) {

    public static Grant of(Role role, Relationship relationship) {
        return new Grant(role, relationship);
    }
}
