package io.talentplatform.events.role;

/** How soon a successor on a slate could step into the role, as the succession panel judged it. */
public enum SuccessionReadiness {
    READY_NOW,
    READY_1_2_YEARS,
    READY_3_PLUS;

    /** Whether this is a nearer readiness than {@code other}: the progress a slate looks for. */
    public boolean isNearerThan(SuccessionReadiness other) {
        return ordinal() < other.ordinal();
    }
}
