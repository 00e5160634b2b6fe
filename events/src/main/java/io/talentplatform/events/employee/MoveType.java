package io.talentplatform.events.employee;

/** How a person's role changed. */
public enum MoveType {
    PROMOTION, LATERAL, CROSS_FUNCTION
}
