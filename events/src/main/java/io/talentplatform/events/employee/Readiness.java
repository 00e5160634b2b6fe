package io.talentplatform.events.employee;

/** How ready a person is for a role or role family. */
public enum Readiness {
    READY_NOW, READY_1_2_YEARS, READY_3_PLUS, NOT_A_FIT
}
