package io.talentplatform.query.metrics;

import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.query.metrics.TalentMetrics.Metric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric SQL against the projection's own tables (created by its migration) in a real PostgreSQL, with rows as
 * the talent-metrics projector writes them: one small organisation whose every number below is worked out by hand.
 *
 * <p>Window: the first quarter of 2026; today: 2026-06-30. Engineering and Product. E3 moves from Engineering to
 * Product on 1 March, so until then E3 counts in Engineering.
 */
class TalentMetricsReaderTest {

    static final Path MIGRATION =
            Path.of("../projections/src/main/resources/db/migration/projections/metrics/V3_7__talent_metrics.sql");
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    static SingleConnectionDataSource dataSource;
    static JdbcClient jdbc;

    @BeforeAll
    static void organisation() {
        var postgres = TestInfrastructure.postgres();
        dataSource = new SingleConnectionDataSource(postgres.jdbcUrl(), postgres.username(), "", true);
        jdbc = JdbcClient.create(dataSource);
        String schema = "metrics_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE SCHEMA " + schema).update();
        jdbc.sql("SET search_path TO " + schema).update();
        new ResourceDatabasePopulator(new FileSystemResource(MIGRATION)).execute(dataSource);

        // People: function now, registered, departed, reason, regretted.
        person("E1", "Engineering", "2025-06-01", null, null, null);
        person("E2", "Engineering", "2025-06-01", null, null, null);
        person("E3", "Product", "2025-06-01", null, null, null);
        person("E4", "Engineering", "2025-06-01", "2026-02-15", "VOLUNTARY", true);
        person("E5", "Engineering", "2025-06-01", "2026-03-20", "INVOLUNTARY", false);
        person("E6", "Engineering", "2026-02-01", null, null, null);
        person("E7", "Engineering", "2025-06-01", "2025-12-31", "VOLUNTARY", true);
        person("E8", "Engineering", "2026-04-10", null, null, null);
        person("E9", "Engineering", "2025-06-01", null, null, null);
        person("P1", "Product", "2025-06-01", null, null, null);
        person("P2", "Product", "2025-06-01", null, null, null);
        person("E10", "Engineering", "2026-05-01", "2026-09-30", "VOLUNTARY", false); // has given notice
        move("E2", 3, "2026-02-01", "PROMOTION", "Engineering", "Engineering");
        move("E3", 2, "2026-03-01", "CROSS_FUNCTION", "Engineering", "Product");
        move("P2", 1, "2025-11-01", "LATERAL", "Product", "Product");

        // Openings: function, opened, filled, internal. Days to fill in brackets.
        opening("Engineering", "2026-01-01", "2026-01-11", true);   // [10]
        opening("Engineering", "2025-12-01", "2026-01-20", true);   // [50]
        opening("Engineering", "2026-01-10", "2026-02-09", true);   // [30]
        opening("Product", "2026-02-01", "2026-03-01", true);       // [28]
        opening("Engineering", "2026-01-01", "2026-03-02", false);  // [60]
        opening("Product", "2026-03-11", "2026-03-31", true);       // [20]
        opening("Engineering", "2026-03-01", "2026-04-05", false);  // filled after the window
        opening("Engineering", "2026-03-01", null, null);           // still open

        // Roles and slates.
        role("R1", "Engineering", true, "E1:READY_NOW");
        role("R2", "Engineering", true, "E4:READY_NOW", "E2:READY_1_2_YEARS"); // E4 has left
        role("R3", "Engineering", true, "E10:READY_NOW");                      // E10 is leaving
        role("R4", "Product", true, "P1:READY_NOW");
        role("R5", "Product", true, "E8:READY_NOW", "E5:READY_NOW");          // E8 joined after the window
        role("R6", "Engineering", false, "E1:READY_NOW");                     // not critical

        // Conversations: employee, manager, kind, held, completed, outcomes produced.
        conversation("E1", "M1", "FULL", "2026-02-10", true, 4);
        conversation("E2", "M2", "CHECK_IN", "2026-03-01", true, 0);
        conversation("E3", "M3", "WHERE_DO_YOU_WANT_TO_GO", "2026-01-15", true, 2);
        conversation("E9", "M4", "FULL", "2025-12-20", true, 4);
        conversation("P1", "M5", "FULL", "2026-03-31", true, 3);
        conversation("P2", "M6", "FULL", null, false, null);
        conversation("E4", "M3", "FULL", "2026-01-20", true, 4);
        conversation("E5", "M4", "FULL", "2026-01-25", true, 4);
        conversation("E6", "M2", "FULL", "2026-02-20", true, 2);
        conversation("E6", "M5", "FULL", "2026-03-05", false, null);

        // Commitments: person, manager, owner, due, completed, withdrawn.
        commitment("E1", "M1", "MANAGER", "2026-02-01", "2026-01-30", false); // kept
        commitment("E2", "M2", "MANAGER", "2026-02-15", "2026-02-20", false); // late
        commitment("E3", "M3", "MANAGER", "2026-03-01", null, false);         // not done
        commitment("E9", "M4", "MANAGER", "2026-03-10", "2026-03-10", false); // kept on the day
        commitment("P1", "M5", "MANAGER", "2026-03-15", null, true);          // withdrawn
        commitment("P2", "M6", "MANAGER", "2026-03-20", "2026-03-01", false); // kept
        commitment("E1", "M1", "EMPLOYEE", "2026-02-01", "2026-02-01", false); // the person's own
        commitment("E1", "M1", "MANAGER", "2026-04-15", null, false);         // due after the window
        commitment("P1", "M5", "MANAGER", "2026-01-10", "2026-01-09", false); // kept

        // Signaling gaps: person, decision maker, opened, closed.
        gap("E1", "D1", "2026-01-05", "2026-02-01");
        gap("E2", "D1", "2025-12-01", "2026-01-10");
        gap("E3", "D2", "2026-02-01", null);
        gap("E9", "D1", "2026-03-01", null);
        gap("P1", "D3", "2026-01-20", "2026-04-10");
        gap("P2", "D3", "2026-02-02", null);
        gap("E6", "D1", "2026-04-02", null);
    }

    @AfterAll
    static void close() {
        dataSource.destroy();
    }

    @Test
    void theWholeOrganisationsQuarter() {
        TalentMetrics metrics = reader(5).read(FROM, TO, null, TODAY);

        assertThat(metrics.definitionVersion()).isEqualTo("1");
        assertThat(metrics.asOf()).isEqualTo(TODAY);
        // Nine people employed on some day of the quarter (not E7, gone before; not E8, came after); E2 and E3 moved.
        assertThat(metrics.internalMobilityRate()).isEqualTo(rate(2, 9, "0.2222"));
        // Of the nine, E4 left and was regretted (E5 left, not regretted; E7 left before the quarter).
        assertThat(metrics.regrettedAttritionRate()).isEqualTo(rate(1, 9, "0.1111"));
        // Six openings filled in the quarter, five of them internally.
        assertThat(metrics.internalFillRate()).isEqualTo(rate(5, 6, "0.8333"));
        assertThat(metrics.medianDaysToFillInternal()).isEqualTo(new Metric(null, 5L, new BigDecimal("28.0"),
                "days", false));
        // One external fill: a median of one hire is that hire.
        assertThat(metrics.medianDaysToFillExternal()).isEqualTo(suppressed("days"));
        // R1 (E1), R4 (P1) and R5 (E8, employed today) have a ready-now successor in post; R2's has left and
        // R3's is leaving.
        assertThat(metrics.successionCoverage()).isEqualTo(rate(3, 5, "0.6000"));
        // E1, E2, E3, E9, P1, P2 were employed all quarter; E1, E3 and P1 had a career conversation in it (E2 only
        // a check-in, E9's was in December, P2's was never held).
        assertThat(metrics.quarterlyConversationCadence()).isEqualTo(rate(3, 6, "0.5000"));
        // Five full conversations held in the quarter and completed (E1, E4, E5 with all four outcomes).
        assertThat(metrics.fullConversationsWithAllFourOutcomes()).isEqualTo(rate(3, 5, "0.6000"));
        // Six manager commitments due and not withdrawn, by six managers; four kept by their due date.
        assertThat(metrics.managerCommitmentFulfilment()).isEqualTo(rate(4, 6, "0.6667"));
        // Five gaps opened in the quarter, for five people; two closed in it, for two people: too few to show.
        assertThat(metrics.signalingGapsOpened()).isEqualTo(new Metric(null, null, new BigDecimal("5"), "count",
                false));
        assertThat(metrics.signalingGapsClosed()).isEqualTo(suppressed("count"));
    }

    @Test
    void aFunctionCountsEachPersonInTheFunctionTheyWereInAtTheTime() {
        TalentMetrics metrics = reader(1).read(FROM, TO, "Engineering", TODAY);

        // E3 was in Product on the last day of the quarter; E6 joined Engineering in it.
        assertThat(metrics.internalMobilityRate()).isEqualTo(rate(1, 6, "0.1667"));
        assertThat(metrics.regrettedAttritionRate()).isEqualTo(rate(1, 6, "0.1667"));
        assertThat(metrics.internalFillRate()).isEqualTo(rate(3, 4, "0.7500"));
        assertThat(metrics.medianDaysToFillInternal().value()).isEqualByComparingTo("30");
        assertThat(metrics.medianDaysToFillExternal().value()).isEqualByComparingTo("60");
        assertThat(metrics.successionCoverage()).isEqualTo(rate(1, 3, "0.3333"));
        assertThat(metrics.quarterlyConversationCadence()).isEqualTo(rate(1, 3, "0.3333"));
        assertThat(metrics.fullConversationsWithAllFourOutcomes()).isEqualTo(rate(3, 4, "0.7500"));
        // E3's commitment fell due on the day E3 moved to Product.
        assertThat(metrics.managerCommitmentFulfilment()).isEqualTo(rate(2, 3, "0.6667"));
        // E3's gap opened in February, while E3 was still in Engineering.
        assertThat(metrics.signalingGapsOpened().value()).isEqualByComparingTo("3");
        assertThat(metrics.signalingGapsClosed().value()).isEqualByComparingTo("2");

        // In January E3 was in Engineering (the function before their first move after it) and E6 not yet there.
        TalentMetrics january = reader(1).read(FROM, LocalDate.of(2026, 1, 31), "Engineering", TODAY);
        assertThat(january.internalMobilityRate()).isEqualTo(rate(0, 6, "0.0000"));
    }

    @Test
    void everyQuarterTheWindowTouchesCountsWhole() {
        TalentMetrics metrics = reader(5).read(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 15), null, TODAY);

        // Q4 2025: nine employed all quarter (E7 left on its last day), E9 had a conversation. Q1 2026: six, three.
        assertThat(metrics.quarterlyConversationCadence()).isEqualTo(rate(4, 15, "0.2667"));
    }

    @Test
    void aFunctionOfAFewPeopleRevealsNothing() {
        TalentMetrics metrics = reader(5).read(FROM, TO, "Product", TODAY);

        assertThat(List.of(metrics.internalMobilityRate(), metrics.regrettedAttritionRate(),
                metrics.internalFillRate(), metrics.medianDaysToFillInternal(), metrics.medianDaysToFillExternal(),
                metrics.successionCoverage(), metrics.quarterlyConversationCadence(),
                metrics.fullConversationsWithAllFourOutcomes(), metrics.managerCommitmentFulfilment(),
                metrics.signalingGapsOpened(), metrics.signalingGapsClosed()))
                .allSatisfy(metric -> {
                    assertThat(metric.suppressed()).isTrue();
                    assertThat(metric.numerator()).isNull();
                    assertThat(metric.denominator()).isNull();
                    assertThat(metric.value()).isNull();
                });
        assertThat(metrics.minimumGroupSize()).isEqualTo(5);
    }

    @Test
    void commitmentFulfilmentIsSuppressedWhenFewManagersMadeTheCommitments() {
        // Six commitments by six managers are shown at five; at seven the same six are about too few managers.
        assertThat(reader(6).read(FROM, TO, null, TODAY).managerCommitmentFulfilment().suppressed()).isFalse();
        assertThat(reader(7).read(FROM, TO, null, TODAY).managerCommitmentFulfilment().suppressed()).isTrue();
    }

    private static TalentMetricsReader reader(int minimumGroupSize) {
        return new TalentMetricsReader(jdbc, new TalentMetricsProperties(minimumGroupSize));
    }

    private static Metric rate(long numerator, long denominator, String value) {
        return new Metric(numerator, denominator, new BigDecimal(value), "fraction", false);
    }

    private static Metric suppressed(String unit) {
        return new Metric(null, null, null, unit, true);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static void person(String id, String function, String registered, String departed, String reason,
                               Boolean regretted) {
        jdbc.sql("""
                        INSERT INTO mt_person (employee_id, function, registered_on, departed_on, departure_reason,
                            regretted) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, function, date(registered), date(departed), reason, regretted).update();
    }

    private static void move(String id, long sequence, String effective, String type, String before, String after) {
        jdbc.sql("""
                        INSERT INTO mt_move (employee_id, sequence_number, effective_on, move_type, function_before,
                            function_after) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, sequence, date(effective), type, before, after).update();
    }

    private static void opening(String function, String opened, String filled, Boolean internal) {
        jdbc.sql("""
                        INSERT INTO mt_opening (opening_id, role_id, function, opened_on, filled_on, internal)
                        VALUES (?, 'R-open', ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), function, date(opened), date(filled), internal).update();
    }

    private static void role(String id, String function, boolean critical, String... slate) {
        jdbc.sql("INSERT INTO mt_role (role_id, function, critical) VALUES (?, ?, ?)")
                .params(id, function, critical).update();
        for (String successor : slate) {
            String[] parts = successor.split(":");
            jdbc.sql("INSERT INTO mt_successor (role_id, employee_id, readiness) VALUES (?, ?, ?)")
                    .params(id, parts[0], parts[1]).update();
        }
    }

    private static void conversation(String employee, String manager, String kind, String held, boolean completed,
                                     Integer outcomes) {
        jdbc.sql("""
                        INSERT INTO mt_conversation (conversation_id, employee_id, manager_id, kind, held_on,
                            completed, outcomes_produced) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), employee, manager, kind, date(held), completed, outcomes).update();
    }

    private static void commitment(String employee, String manager, String owner, String due, String completed,
                                   boolean withdrawn) {
        jdbc.sql("""
                        INSERT INTO mt_commitment (commitment_id, contract_id, employee_id, manager_id, owner, due_on,
                            completed_on, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), UUID.randomUUID(), employee, manager, owner, date(due), date(completed),
                        withdrawn).update();
    }

    private static void gap(String employee, String decisionMaker, String opened, String closed) {
        jdbc.sql("""
                        INSERT INTO mt_signaling_gap (employee_id, decision_maker_id, opened_sequence, opened_on,
                            closed_on) VALUES (?, ?, 1, ?, ?)""")
                .params(employee, decisionMaker, date(opened), date(closed)).update();
    }
}
