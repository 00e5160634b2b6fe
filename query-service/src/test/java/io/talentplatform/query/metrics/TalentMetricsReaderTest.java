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
    static final Path DELIVERED = Path.of(
            "../projections/src/main/resources/db/migration/projections/metrics/V3_18__outcomes_delivered.sql");
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
        new ResourceDatabasePopulator(new FileSystemResource(MIGRATION), new FileSystemResource(DELIVERED))
                .execute(dataSource);

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

        // Conversations: employee, manager, kind, held, completed, outcomes declared (H human, R relationship,
        // S signaling, A advocacy), the decision maker the advocacy action addresses, and what was delivered.
        UUID e1 = conversation("E1", "M1", "FULL", "2026-02-10", true, "HRSA", "D1", "HRS");
        conversation("E2", "M2", "CHECK_IN", "2026-03-01", true, "", null, "");
        conversation("E3", "M3", "WHERE_DO_YOU_WANT_TO_GO", "2026-01-15", true, "HR", null, "");
        conversation("E9", "M4", "FULL", "2025-12-20", true, "HRSA", null, "HRS");
        conversation("P1", "M5", "FULL", "2026-03-31", true, "HRS", null, "");
        conversation("P2", "M6", "FULL", null, false, null, null, "");
        UUID e4 = conversation("E4", "M3", "FULL", "2026-01-20", true, "HRSA", null, "H");
        conversation("E5", "M4", "FULL", "2026-01-25", true, "HRSA", "D9", "HRS");
        conversation("E6", "M2", "FULL", "2026-02-20", true, "HR", null, "H");
        conversation("E6", "M5", "FULL", "2026-03-05", false, null, null, "");

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
        // The advocacy actions carried out: E4's (aimed at no one gap) done; E1's (aimed at D1) done too.
        advocacy(e4, "E4", "M3", "2026-02-20", "2026-02-18");
        advocacy(e1, "E1", "M1", "2026-04-01", "2026-03-20");

        // Contracts: E4's closed as a supported transition two weeks before E4 left.
        contract("E4", "M3", "TRANSITION_SUPPORTED", "2026-02-01");
        contract("E1", "M1", "GOAL_MET", "2026-03-15");

        // Signaling gaps: person, decision maker, opened, closed.
        gap("E1", "D1", "2026-01-05", "2026-02-01");
        gap("E2", "D1", "2025-12-01", "2026-01-10");
        gap("E3", "D2", "2026-02-01", null);
        gap("E9", "D1", "2026-03-01", null);
        gap("P1", "D3", "2026-01-20", "2026-04-10");
        gap("P2", "D3", "2026-02-02", null);
        gap("E6", "D1", "2026-04-02", null);
        gap("E5", "D9", "2025-12-10", "2026-03-01"); // closed after E5's conversation aimed at it
    }

    @AfterAll
    static void close() {
        dataSource.destroy();
    }

    @Test
    void theWholeOrganisationsQuarter() {
        TalentMetrics metrics = reader(5).read(FROM, TO, null, TODAY);

        assertThat(metrics.definitionVersion()).isEqualTo("2");
        assertThat(metrics.asOf()).isEqualTo(TODAY);
        // Nine people employed on some day of the quarter (not E7, gone before; not E8, came after); E2 and E3 moved.
        assertThat(metrics.internalMobilityRate()).isEqualTo(rate(2, 9, "0.2222"));
        // Of the nine, E4 left and was regretted, but after a supported transition (E5 left, not regretted; E7 left
        // before the quarter): no regretted attrition.
        assertThat(metrics.regrettedAttritionRate()).isEqualTo(rate(0, 9, "0.0000"));
        // One supported transition, about one person: too few to show.
        assertThat(metrics.supportedTransitions()).isEqualTo(suppressed("count"));
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
        // Seven manager commitments due and not withdrawn (E4's advocacy action among them), by six managers; five
        // kept by their due date.
        assertThat(metrics.managerCommitmentFulfilment()).isEqualTo(rate(5, 7, "0.7143"));
        // Five gaps opened in the quarter, for five people; two closed in it, for two people: too few to show.
        assertThat(metrics.signalingGapsOpened()).isEqualTo(new Metric(null, null, new BigDecimal("5"), "count",
                false));
        assertThat(metrics.signalingGapsClosed()).isEqualTo(suppressed("count"));
    }

    @Test
    void theFourOutcomesAreCountedAsDeclaredAndAsDelivered() {
        TalentMetrics metrics = reader(5).read(FROM, TO, null, TODAY);

        // The five completed full conversations of the quarter: E1, E4, E5, E6, P1 (docs/metrics.md, the example).
        // Human Capital: declared by all five; evidence from E1's, E4's, E5's and E6's.
        assertThat(metrics.fourOutcomes().humanCapitalUpdated().declared()).isEqualTo(rate(5, 5, "1.0000"));
        assertThat(metrics.fourOutcomes().humanCapitalUpdated().delivered()).isEqualTo(rate(4, 5, "0.8000"));
        // Relationship Capital: declared by all five; a relationship mapped from E1's and E5's.
        assertThat(metrics.fourOutcomes().relationshipCapitalAssessed().declared()).isEqualTo(rate(5, 5, "1.0000"));
        assertThat(metrics.fourOutcomes().relationshipCapitalAssessed().delivered()).isEqualTo(rate(2, 5, "0.4000"));
        // The signaling gap: declared by E1, E4, E5, P1; an awareness assessed from E1's and E5's.
        assertThat(metrics.fourOutcomes().signalingGapAssessed().declared()).isEqualTo(rate(4, 5, "0.8000"));
        assertThat(metrics.fourOutcomes().signalingGapAssessed().delivered()).isEqualTo(rate(2, 5, "0.4000"));
        // The advocacy action: declared by E1, E4, E5. E4's aimed at no one gap and its commitment was done; E5's
        // gap with D9 closed after the conversation; E1's commitment was done but the gap with D1 had closed before
        // the conversation and did not close because of it.
        assertThat(metrics.fourOutcomes().advocacyAction().declared()).isEqualTo(rate(3, 5, "0.6000"));
        assertThat(metrics.fourOutcomes().advocacyAction().delivered()).isEqualTo(rate(2, 5, "0.4000"));
        // All four declared by three (E1, E4, E5); all four delivered by E5 alone.
        assertThat(metrics.fullConversationsWithAllFourOutcomes()).isEqualTo(rate(3, 5, "0.6000"));
        assertThat(metrics.fullConversationsWithAllFourDelivered()).isEqualTo(rate(1, 5, "0.2000"));
    }

    @Test
    void aSupportedTransitionCountsApartFromRegrettedAttrition() {
        TalentMetrics metrics = reader(1).read(FROM, TO, "Engineering", TODAY);

        assertThat(metrics.supportedTransitions()).isEqualTo(new Metric(null, null, BigDecimal.ONE, "count", false));
        assertThat(metrics.regrettedAttritionRate()).isEqualTo(rate(0, 6, "0.0000"));
        // The same departure without the supported transition would be regretted attrition.
        jdbc.sql("UPDATE mt_contract SET close_reason = 'GOAL_MET' WHERE employee_id = 'E4'").update();
        try {
            TalentMetrics unsupported = reader(1).read(FROM, TO, "Engineering", TODAY);
            assertThat(unsupported.regrettedAttritionRate()).isEqualTo(rate(1, 6, "0.1667"));
            // No supported transition is a group of no one: suppressed, like any empty group.
            assertThat(unsupported.supportedTransitions().suppressed()).isTrue();
        } finally {
            jdbc.sql("UPDATE mt_contract SET close_reason = 'TRANSITION_SUPPORTED' WHERE employee_id = 'E4'")
                    .update();
        }
    }

    @Test
    void aFunctionCountsEachPersonInTheFunctionTheyWereInAtTheTime() {
        TalentMetrics metrics = reader(1).read(FROM, TO, "Engineering", TODAY);

        // E3 was in Product on the last day of the quarter; E6 joined Engineering in it.
        assertThat(metrics.internalMobilityRate()).isEqualTo(rate(1, 6, "0.1667"));
        assertThat(metrics.regrettedAttritionRate()).isEqualTo(rate(0, 6, "0.0000"));
        assertThat(metrics.internalFillRate()).isEqualTo(rate(3, 4, "0.7500"));
        assertThat(metrics.medianDaysToFillInternal().value()).isEqualByComparingTo("30");
        assertThat(metrics.medianDaysToFillExternal().value()).isEqualByComparingTo("60");
        assertThat(metrics.successionCoverage()).isEqualTo(rate(1, 3, "0.3333"));
        assertThat(metrics.quarterlyConversationCadence()).isEqualTo(rate(1, 3, "0.3333"));
        assertThat(metrics.fullConversationsWithAllFourOutcomes()).isEqualTo(rate(3, 4, "0.7500"));
        // E3's commitment fell due on the day E3 moved to Product; E4's advocacy action was kept.
        assertThat(metrics.managerCommitmentFulfilment()).isEqualTo(rate(3, 4, "0.7500"));
        // E3's gap opened in February, while E3 was still in Engineering.
        assertThat(metrics.signalingGapsOpened().value()).isEqualByComparingTo("3");
        assertThat(metrics.signalingGapsClosed().value()).isEqualByComparingTo("3");

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
                metrics.signalingGapsOpened(), metrics.signalingGapsClosed(), metrics.supportedTransitions(),
                metrics.fullConversationsWithAllFourDelivered(), metrics.fourOutcomes().advocacyAction().declared(),
                metrics.fourOutcomes().humanCapitalUpdated().delivered()))
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
        // Seven commitments by six managers are shown at five; at seven the same are about too few managers.
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

    /** {@code declared} and {@code delivered}: the letters H, R, S, A of the outcomes; null: not completed. */
    private static UUID conversation(String employee, String manager, String kind, String held, boolean completed,
                                     String declared, String decisionMaker, String delivered) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO mt_conversation (conversation_id, employee_id, manager_id, kind, held_on,
                            completed, outcomes_produced, human_declared, relationship_declared, signaling_declared,
                            advocacy_declared, advocacy_decision_maker) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, employee, manager, kind, date(held), completed,
                        declared == null ? null : declared.length(), declared == null ? null : declared.contains("H"),
                        declared == null ? null : declared.contains("R"), declared == null ? null
                                : declared.contains("S"), declared == null ? null : declared.contains("A"),
                        decisionMaker).update();
        for (char outcome : delivered.toCharArray()) {
            jdbc.sql("INSERT INTO mt_outcome_evidence (conversation_id, outcome) VALUES (?, ?)")
                    .params(id, switch (outcome) {
                        case 'H' -> "HUMAN_CAPITAL";
                        case 'R' -> "RELATIONSHIP_CAPITAL";
                        default -> "SIGNALING_GAP";
                    }).update();
        }
        return id;
    }

    /** The manager commitment that carries out a conversation's advocacy action. */
    private static void advocacy(UUID conversation, String employee, String manager, String due, String completed) {
        jdbc.sql("""
                        INSERT INTO mt_commitment (commitment_id, contract_id, employee_id, manager_id, owner, due_on,
                            completed_on, withdrawn, conversation_id) VALUES (?, ?, ?, ?, 'MANAGER', ?, ?, FALSE, ?)""")
                .params(UUID.randomUUID(), UUID.randomUUID(), employee, manager, date(due), date(completed),
                        conversation).update();
    }

    private static void contract(String employee, String manager, String closeReason, String closed) {
        jdbc.sql("""
                        INSERT INTO mt_contract (contract_id, employee_id, manager_id, close_reason, closed_on)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), employee, manager, closeReason, date(closed)).update();
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
