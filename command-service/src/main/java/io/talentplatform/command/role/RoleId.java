package io.talentplatform.command.role;

/**
 * A role's identity in the event store. Role ids come from the HRIS, like employee ids, and could coincide with
 * one; the prefix keeps a role's stream apart from any person's.
 */
public record RoleId(String value) {

    /** The aggregate identifier Axon stores the role's events under. */
    @Override
    public String toString() {
        return "role:" + value;
    }
}
