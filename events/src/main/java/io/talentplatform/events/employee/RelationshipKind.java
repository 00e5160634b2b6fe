package io.talentplatform.events.employee;

/** Who outside the immediate team has direct experience of the person's work (seed 000's Relationship Capital). */
public enum RelationshipKind {
    CROSS_FUNCTIONAL_LEADER, EXTERNAL_PARTNER, INDUSTRY, MENTOR, SPONSOR
}
