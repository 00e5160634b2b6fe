package io.talentplatform.events.employee;

/** Why a person left. */
public enum DepartureReason {
    VOLUNTARY, INVOLUNTARY, RETIREMENT, OTHER
}
