package io.talentplatform.platform.security;

/** How the caller stands to the person a command is about. */
public enum Relationship {
    /** The caller is the person. */
    SELF,
    /** The caller is the person's current manager. */
    CURRENT_MANAGER,
    /** Any person: the role alone decides (HR, panel). */
    ANY_PERSON
}
