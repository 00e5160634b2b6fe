package io.talentplatform.events.employee;

/** The parts of a person's profile they may choose to share with panels and the marketplace. */
public enum ShareScope {
    CAPABILITIES, ASPIRATION, READINESS,
    /** To be found by colleagues who want to make a move this person has made (the mentor finder). */
    MENTOR
}
