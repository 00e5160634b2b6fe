package io.talentplatform.projections.rebuild;

import io.talentplatform.projections.ProjectionsTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A table analyzed while empty keeps a prepared statement planned as a scan of nothing until it is analyzed again;
 * the pass analyzes a table once it outgrows its statistics, and only then
 * (docs/decisions/029-statistics-by-table-growth.md). The probe table is the test's own, so that no read model's
 * rows are touched.
 */
@ProjectionsTest
class PlannerStatisticsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private final String table = "planner_probe_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void emptyAndAnalyzed() {
        jdbc.sql("CREATE TABLE " + table + " (id int PRIMARY KEY, person text NOT NULL, n int NOT NULL)").update();
        jdbc.sql("CREATE INDEX " + table + "_person ON " + table + " (person)").update();
        jdbc.sql("ANALYZE " + table).update();
    }

    @AfterEach
    void drop() {
        jdbc.sql("DROP TABLE " + table).update();
    }

    @Test
    void aTableThatOutgrewItsStatisticsIsAnalyzedAndItsStatementsPlannedAgain() throws SQLException {
        PlannerStatistics statistics = new PlannerStatistics(jdbc, 500);
        try (Connection pass = dataSource.getConnection(); Statement statement = pass.createStatement()) {
            // As a handler's statement after its first executions: one plan, made from the statistics of the moment.
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE person_rows(text) AS SELECT count(*) FROM " + table + " WHERE person = $1");
            assertThat(plan(statement)).as("planned while empty").contains("Seq Scan");
            assertThat(statistics.refresh(List.of(table))).as("nothing to refresh while it is empty").isEmpty();

            jdbc.sql("INSERT INTO " + table + " SELECT n, 'P-' || (n % 2000), n FROM generate_series(1, 20000) AS n")
                    .update();
            jdbc.sql("SELECT pg_stat_force_next_flush()").query().singleValue();
            assertThat(plan(statement)).as("the old plan stays while the table grows").contains("Seq Scan");

            await("the table outgrew its statistics").atMost(Duration.ofSeconds(10))
                    .until(() -> statistics.refresh(List.of(table)), analyzed -> analyzed.equals(List.of(table)));
            assertThat(jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = ?").param(table).query(Double.class)
                    .single()).as("the statistics count the rows").isEqualTo(20000.0);
            assertThat(plan(statement)).as("planned again from the new statistics").contains("Index")
                    .doesNotContain("Seq Scan");
            assertThat(statistics.refresh(List.of(table))).as("no growth, no analysis").isEmpty();

            statement.execute("DEALLOCATE person_rows");
        }
    }

    private static String plan(Statement statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE person_rows('P-7')")) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
