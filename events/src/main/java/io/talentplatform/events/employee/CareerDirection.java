package io.talentplatform.events.employee;

/** Where a person wants to go; UNDECIDED is valid: "direction is useful even without a destination" (seed 001). */
public enum CareerDirection {
    TECHNICAL_LEADERSHIP, PEOPLE_LEADERSHIP, DOMAIN_DEPTH, OTHER, UNDECIDED
}
