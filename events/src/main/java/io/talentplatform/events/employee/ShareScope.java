package io.talentplatform.events.employee;

/** The parts of a person's profile they may choose to share with panels and the marketplace. */
public enum ShareScope {
    CAPABILITIES, ASPIRATION, READINESS
}
