package io.talentplatform.events.contract;

/** Whose side of the bilateral contract a commitment is on. */
public enum CommitmentOwner {
    EMPLOYEE, MANAGER
}
