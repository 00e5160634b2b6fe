package io.talentplatform.events.employee;

/**
 * The manager's answer to a contest: the record stands as it is, it is corrected, or it is taken back. Whichever it
 * is, the record, the contest and the answer all stay in the log.
 */
public enum ContestOutcome {
    UPHELD,
    AMENDED,
    WITHDRAWN
}
