package io.talentplatform.projections.talentpool;

import io.talentplatform.projections.ProjectionsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tp_reached}: element i is the earliest moment level i or above was evidenced, in whatever order the
 * observations come (V3_25's meaning, kept by V3_26's PL/pgSQL).
 */
@ProjectionsTest
class ReachedLevelsTest {

    private static final String T1 = "2026-01-01T00:00:00Z";
    private static final String T2 = "2026-02-01T00:00:00Z";
    private static final String T3 = "2026-03-01T00:00:00Z";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEarliestMomentOfEachLevel() {
        assertReached("'{}'", 2, T2, T2, T2);
        assertReached("NULL", 1, T1, T1);
        // A higher level later extends the array; the lower levels keep their earlier moment.
        assertReached(array(T1, T1), 4, T3, T1, T1, T3, T3);
        // A lower level observed earlier than the log's order moves only the levels it covers.
        assertReached(array(T2, T2, T3), 1, T1, T1, T2, T3);
        // A lower level observed later changes nothing.
        assertReached(array(T1, T2), 1, T3, T1, T2);
    }

    private void assertReached(String held, int level, String at, String... expected) {
        String call = "tp_reached(" + held + "::timestamptz[], " + level + ", '" + at + "'::timestamptz)";
        boolean equal = jdbc.sql("SELECT " + call + " IS NOT DISTINCT FROM " + array(expected) + "::timestamptz[]")
                .query(Boolean.class).single();
        assertThat(equal).as(call + " = " + String.join(", ", expected)).isTrue();
    }

    private static String array(String... moments) {
        return "ARRAY['" + String.join("','", moments) + "']";
    }
}
