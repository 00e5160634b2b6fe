package io.talentplatform.testkit.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the synthetic organisation looks like: how many people are employed at the end of its history, how many
 * openings are open then, how many quarters of history lead up to {@code today}, and the seed that makes it the same
 * organisation every time.
 */
public record OrganisationSpec(int people, int openings, int quarters, long seed, LocalDate today) {

    public static final int DEFAULT_PEOPLE = 20_000;
    public static final int LARGE_PEOPLE = 100_000;
    public static final int DEFAULT_OPENINGS = 1_000;
    public static final int DEFAULT_QUARTERS = 8;
    public static final long DEFAULT_SEED = 42;

    public OrganisationSpec {
        Objects.requireNonNull(today, "today");
        if (people < 20) {
            throw new IllegalArgumentException("An organisation needs at least 20 people, not " + people);
        }
        if (openings < 0 || quarters < 1 || quarters > 40) {
            throw new IllegalArgumentException("openings >= 0 and 1 <= quarters <= 40");
        }
    }

    /** The benchmark's organisation: 20,000 people, 1,000 openings, 8 quarters, seed 42. */
    public static OrganisationSpec standard(LocalDate today) {
        return new OrganisationSpec(DEFAULT_PEOPLE, DEFAULT_OPENINGS, DEFAULT_QUARTERS, DEFAULT_SEED, today);
    }
}
