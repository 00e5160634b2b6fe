package io.talentplatform.events.contract;

/** Why a development contract ended; TRANSITION_SUPPORTED is seed 002's respected "not here" outcome. */
public enum ContractCloseReason {
    GOAL_MET, TRANSITION_SUPPORTED, EMPLOYEE_LEFT, REPLACED
}
