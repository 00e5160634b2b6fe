package io.talentplatform.projections.metrics;

import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.ReviewCadence;
import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessionReadiness;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import io.talentplatform.projections.TableDigest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given a person's, a role's, an opening's, a conversation's and a contract's events, then the metric facts, with
 * none of the texts the events carried; a rebuild gives the same rows.
 */
@ProjectionsTest
class TalentMetricsProjectorTest {

    static final List<String> TABLES = ReadModel.TALENT_METRICS.tables();

    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEventsBecomeStructuralFactsOnlyAndRebuildToTheSame() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ada = "E-" + suffix;
        String bob = "B-" + suffix;
        String hedy = "D-" + suffix;
        String role = "R-" + suffix;
        UUID opening = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        UUID introduction = UUID.randomUUID();
        UUID stretch = UUID.randomUUID();

        log.appendAt(Instant.parse("2026-01-10T09:00:00Z"), "Employee", ada,
                new EmployeeRegistered(ada, "Ada Lovelace", "Engineer", "L4", "Engineering", "M-1"));
        log.appendAt(Instant.parse("2026-01-20T23:30:00Z"), "Employee", ada,
                new SignalingGapOpened(ada, hedy, conversation));
        log.append("Employee", ada, new EmployeeMoved(ada, MoveType.CROSS_FUNCTION, "Product Manager", "L4",
                "Product", "Engineer", "L4", "Engineering", LocalDate.of(2026, 2, 1), opening));
        log.appendAt(Instant.parse("2026-03-02T08:00:00Z"), "Employee", ada,
                new SignalingGapClosed(ada, hedy, conversation));
        log.appendAt(Instant.parse("2026-04-01T08:00:00Z"), "Employee", ada,
                new SignalingGapOpened(ada, hedy, null));
        log.append("Employee", ada,
                new EmployeeDeparted(ada, LocalDate.of(2026, 5, 15), DepartureReason.VOLUNTARY, true));

        log.append("Role", "role:" + role,
                new RoleDefined(role, "Head of Product", "Product", "M2", true, "product-leadership",
                        List.of(new RequiredCapability("stakeholder-management", 4))),
                new SuccessorNominated(role, ada, SuccessionReadiness.READY_1_2_YEARS, false,
                        "led the cache redesign", "P-1"),
                new SuccessorNominated(role, bob, SuccessionReadiness.READY_NOW, true, "covers today", "P-1"),
                new SuccessorReassessed(role, ada, SuccessionReadiness.READY_1_2_YEARS,
                        SuccessionReadiness.READY_NOW, true, "ran the launch alone", "P-1"),
                new SuccessorRemoved(role, bob, "left the team", "P-1"));

        log.append("Opening", opening.toString(),
                new OpeningOpened(opening, role, "Product Manager", "Product", "L4", "product-leadership",
                        List.of(), LocalDate.of(2026, 1, 5), false),
                new OpeningFilled(opening, role, "Product", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1),
                        ada, true, null));

        log.append("CareerConversation", conversation.toString(),
                new ConversationScheduled(conversation, ada, "M-1", ConversationKind.FULL,
                        ConversationTrigger.QUARTERLY, Instant.parse("2026-02-10T10:00:00Z"), 90, "M-1"),
                new ConversationHeld(conversation, ada, Instant.parse("2026-02-10T23:45:00Z"), 85),
                new ConversationCompleted(conversation, ada, "M-1", ConversationKind.FULL, true, true,
                        SignalingGapOutcome.IDENTIFIED,
                        new AdvocacyAction("a slot at the architecture forum", LocalDate.of(2026, 3, 1), null),
                        LocalDate.of(2026, 5, 1), 4, false));

        log.append("DevelopmentContract", contract.toString(),
                new DevelopmentContractOpened(contract, ada, "M-1", "lead product discovery", "a discovery run",
                        ReviewCadence.MONTHLY, LocalDate.of(2026, 3, 10), "no Director role this year",
                        List.of("which team?"), conversation),
                new CommitmentMade(contract, ada, introduction, CommitmentOwner.MANAGER,
                        "introduce to the product director", LocalDate.of(2026, 3, 1), CommitmentKind.INTRODUCTION,
                        conversation),
                new CommitmentMade(contract, ada, stretch, CommitmentOwner.MANAGER, "a stretch assignment",
                        LocalDate.of(2026, 4, 1), CommitmentKind.STRETCH_ASSIGNMENT, null),
                new CommitmentRescheduled(contract, ada, introduction, LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 15), "director on leave", 1),
                new CommitmentCompleted(contract, ada, introduction, LocalDate.of(2026, 3, 10), false, "done"),
                new CommitmentWithdrawn(contract, ada, stretch, "team reorganised"));

        Facts expected = new Facts(
                "Product|2026-01-10|2026-05-15|VOLUNTARY|true",
                "2|2026-02-01|CROSS_FUNCTION|Engineering|Product|" + opening,
                "1:2026-01-20:2026-03-02;4:2026-04-01:",
                "Product|true|" + ada + ":READY_NOW",
                role + "|Product|2026-01-05|2026-02-01|true",
                "M-1|FULL|2026-02-10|true|4",
                introduction + ":M-1:MANAGER:2026-03-15:2026-03-10:false;"
                        + stretch + ":M-1:MANAGER:2026-04-01::true");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(facts(ada, role, opening, conversation, contract)).isEqualTo(expected));

        String everything = everyRow();
        for (String text : List.of("Ada Lovelace", "Product Manager", "cache redesign", "ran the launch alone",
                "left the team", "architecture forum", "product discovery", "no Director", "which team",
                "product director", "director on leave", "done", "team reorganised", "Head of Product")) {
            assertThat(everything).as("the metric facts hold no text such as '" + text + "'").doesNotContain(text);
        }

        // Drop the read model's state in ways a mere re-delivery would not repair: a stray row, facts that only the
        // first insert writes. Only emptying the tables and replaying the log gives the live rows back.
        String live = digest();
        jdbc.sql("INSERT INTO mt_role (role_id, function, critical) VALUES ('R-stray', 'Nowhere', TRUE)").update();
        jdbc.sql("UPDATE mt_person SET registered_on = DATE '1970-01-01'").update();
        jdbc.sql("UPDATE mt_opening SET opened_on = DATE '1970-01-01'").update();
        jdbc.sql("DELETE FROM mt_successor").update();
        assertThat(digest()).isNotEqualTo(live);
        log.rebuildAndCompare(TalentMetricsProjector.NAME, live, this::digest);
        assertThat(facts(ada, role, opening, conversation, contract)).isEqualTo(expected);
    }

    /** The rows of one case, one readable line per table. */
    record Facts(String person, String moves, String signalingGaps, String slate, String opening,
                 String conversation, String commitments) {
    }

    private Facts facts(String ada, String role, UUID opening, UUID conversation, UUID contract) {
        return new Facts(
                line("""
                        SELECT function || '|' || registered_on || '|' || coalesce(departed_on::text, '') || '|'
                               || coalesce(departure_reason, '') || '|' || coalesce(regretted::text, '')
                        FROM mt_person WHERE employee_id = ?""", ada),
                line("""
                        SELECT string_agg(sequence_number || '|' || effective_on || '|' || move_type || '|'
                                   || function_before || '|' || function_after || '|'
                                   || coalesce(opening_id::text, ''), ';' ORDER BY sequence_number)
                        FROM mt_move WHERE employee_id = ?""", ada),
                line("""
                        SELECT string_agg(opened_sequence || ':' || opened_on || ':' || coalesce(closed_on::text, ''),
                                   ';' ORDER BY opened_sequence)
                        FROM mt_signaling_gap WHERE employee_id = ?""", ada),
                line("""
                        SELECT r.function || '|' || r.critical || '|'
                               || coalesce((SELECT string_agg(s.employee_id || ':' || s.readiness, ';'
                                       ORDER BY s.employee_id) FROM mt_successor s WHERE s.role_id = r.role_id), '')
                        FROM mt_role r WHERE r.role_id = ?""", role),
                line("""
                        SELECT role_id || '|' || function || '|' || opened_on || '|'
                               || coalesce(filled_on::text, '') || '|' || coalesce(internal::text, '')
                        FROM mt_opening WHERE opening_id = ?""", opening),
                line("""
                        SELECT coalesce(manager_id, '') || '|' || kind || '|' || coalesce(held_on::text, '') || '|'
                               || completed || '|' || coalesce(outcomes_produced::text, '')
                        FROM mt_conversation WHERE conversation_id = ?""", conversation),
                line("""
                        SELECT string_agg(commitment_id || ':' || coalesce(manager_id, '') || ':' || owner || ':'
                                   || due_on || ':' || coalesce(completed_on::text, '') || ':' || withdrawn,
                                   ';' ORDER BY due_on)
                        FROM mt_commitment WHERE contract_id = ?""", contract));
    }

    private String line(String sql, Object id) {
        return jdbc.sql(sql).param(id).query(String.class).optional().orElse("");
    }

    private String everyRow() {
        StringBuilder rows = new StringBuilder();
        for (String table : TABLES) {
            rows.append(jdbc.sql("SELECT coalesce(string_agg(t::text, ';'), '') FROM " + table + " t")
                    .query(String.class).single());
        }
        return rows.toString();
    }

    private String digest() {
        return TableDigest.of(jdbc, TABLES);
    }
}
