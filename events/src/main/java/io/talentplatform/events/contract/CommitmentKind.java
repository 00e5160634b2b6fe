package io.talentplatform.events.contract;

/**
 * What a manager commits to (seed 001, "Practical follow-through commitments managers commonly make"): an action
 * within their authority. PROMOTION and ROLE name outcomes, which no manager can promise (seed 001, Failure 4); they
 * exist so that such a commitment is refused with the reason, not as an unknown word.
 */
public enum CommitmentKind {
    INTRODUCTION, STRETCH_ASSIGNMENT, FEEDBACK, VISIBILITY, PROGRESSION_TALK, MENTOR, ADVOCACY, LEARNING, OTHER,
    PROMOTION, ROLE;

    /** Whether this kind promises an outcome rather than an action. */
    public boolean promisesAnOutcome() {
        return this == PROMOTION || this == ROLE;
    }
}
