package io.talentplatform.events.contract;

/** How often the development contract is reviewed (seed 001: monthly; seed 002: quarterly progress reviews). */
public enum ReviewCadence {
    MONTHLY(31), QUARTERLY(92);

    private final int days;

    ReviewCadence(int days) {
        this.days = days;
    }

    /** The longest gap between two reviews before the cadence is breached. */
    public int days() {
        return days;
    }
}
