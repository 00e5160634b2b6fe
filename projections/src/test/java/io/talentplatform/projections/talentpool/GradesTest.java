package io.talentplatform.projections.talentpool;

import io.talentplatform.projections.ProjectionsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tp_grades}: a capability held at level n is graded 1 to n, in the order of the capabilities (V3_9's meaning,
 * kept by V3_28's PL/pgSQL), and a person's stored grades are those of their capability arrays.
 */
@ProjectionsTest
class GradesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachCapabilityIsGradedUpToItsLevel() {
        assertThat(grades("'{mentoring,go}'", "'{2,3}'")).isEqualTo("{mentoring:1,mentoring:2,go:1,go:2,go:3}");
        assertThat(grades("'{}'", "'{}'")).isEqualTo("{}");
        assertThat(grades("'{go}'", "'{0}'")).as("a level of 0 grades nothing").isEqualTo("{}");
        assertThat(grades("NULL", "'{1}'")).as("strict").isNull();
    }

    @Test
    void storedGradesFollowTheCapabilities() {
        String person = "GRADES-" + System.nanoTime();
        jdbc.sql("""
                        INSERT INTO tp_person (employee_id, display_name, job_title, level, function, capabilities,
                            capability_levels)
                        VALUES (?, 'Grace', 'Engineer', 'L4', 'Engineering', '{data,java}', '{1,2}')""")
                .param(person).update();
        jdbc.sql("UPDATE tp_person SET capabilities = '{data,java,sql}', capability_levels = '{1,3,1}' "
                + "WHERE employee_id = ?").param(person).update();
        assertThat(jdbc.sql("SELECT grades::text FROM tp_person WHERE employee_id = ?").param(person)
                .query(String.class).single()).isEqualTo("{data:1,java:1,java:2,java:3,sql:1}");
        jdbc.sql("DELETE FROM tp_person WHERE employee_id = ?").param(person).update();
    }

    private String grades(String capabilities, String levels) {
        return jdbc.sql("SELECT tp_grades(" + capabilities + "::text[], " + levels + "::int[])::text")
                .query(String.class).optional().orElse(null);
    }
}
