package io.talentplatform.projections.careercapital;

import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.ListeningNoteKind;
import io.talentplatform.events.conversation.ListeningNoteRecorded;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipKind;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import io.talentplatform.projections.TableDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Given events in the real event store, then rows; applying twice changes nothing; a rebuild gives the same rows. */
@ProjectionsTest
class CareerCapitalProjectorTest {

    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CareerCapitalProjector projector;

    private String ada;

    @BeforeEach
    void setUp() {
        ada = "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void givenAPersonWithEvidenceAndConsentThenTheProfileRowsSayExactlyThat() {
        UUID evidence = UUID.randomUUID();
        log.append("Employee", ada,
                new EmployeeRegistered(ada, "Ada", "Senior Engineer", "L5", "Engineering", "M-1"),
                new CapabilityEvidenced(ada, evidence, "distributed-systems", 4, "redesigned the cache",
                        EvidenceSource.CONVERSATION, LocalDate.of(2026, 1, 10), null),
                new ConsentRecorded(ada, true, false, Set.of(ShareScope.CAPABILITIES, ShareScope.ASPIRATION)));

        await().atMost(Duration.ofSeconds(15)).until(() -> rows(ada).size() == 2 && rows(ada).get(0)
                .contains("ASPIRATION"));

        assertThat(rows(ada)).containsExactly(
                ada + "|Ada|Senior Engineer|L5|Engineering|M-1|true|false|{ASPIRATION,CAPABILITIES}",
                evidence + "|distributed-systems|4|redesigned the cache|CONVERSATION|2026-01-10|null");
    }

    @Test
    void applyingTheSameEventsTwiceLeavesTheSameRows() {
        UUID evidence = UUID.randomUUID();
        EmployeeRegistered registered = new EmployeeRegistered(ada, "Ada", "Engineer", "L4", "Engineering", null);
        CapabilityEvidenced evidenced = new CapabilityEvidenced(ada, evidence, "mentoring", 3, "mentored two",
                EvidenceSource.PEER, LocalDate.of(2026, 2, 1), UUID.randomUUID());
        java.time.Instant at = java.time.Instant.parse("2026-02-01T10:00:00Z");
        org.axonframework.eventhandling.GlobalSequenceTrackingToken token =
                new org.axonframework.eventhandling.GlobalSequenceTrackingToken(42);

        try {
            projector.on(registered, at);
            projector.on(evidenced, at, token,
                    org.axonframework.eventhandling.GenericEventMessage.asEventMessage(evidenced));
            List<String> once = rows(ada);
            projector.on(registered, at);
            projector.on(evidenced, at, token,
                    org.axonframework.eventhandling.GenericEventMessage.asEventMessage(evidenced));

            assertThat(rows(ada)).hasSize(2).isEqualTo(once);
        } finally {
            // These rows came from no event in the log; a rebuild elsewhere in this class must not meet them.
            jdbc.sql("DELETE FROM career_capital_evidence WHERE employee_id = ?").param(ada).update();
            jdbc.sql("DELETE FROM career_capital_profile WHERE employee_id = ?").param(ada).update();
        }
    }

    @Test
    void aRebuildFromTheFirstEventGivesTheSameRows() {
        log.append("Employee", ada,
                new EmployeeRegistered(ada, "Ada", "Senior Engineer", "L5", "Engineering", "M-1"),
                new CapabilityEvidenced(ada, UUID.randomUUID(), "distributed-systems", 3, "first",
                        EvidenceSource.REVIEW, LocalDate.of(2025, 6, 1), null),
                new CapabilityEvidenced(ada, UUID.randomUUID(), "distributed-systems", 4, "second",
                        EvidenceSource.CONVERSATION, LocalDate.of(2026, 1, 10), null),
                new ConsentRecorded(ada, true, true, Set.of(ShareScope.CAPABILITIES)),
                new ConsentRecorded(ada, false, false, Set.of()));
        await().atMost(Duration.ofSeconds(15)).until(() -> rows(ada).size() == 3 && rows(ada).get(0)
                .endsWith("|false|false|{}"));
        String live = tableDigest();

        log.rebuildAndCompare(CareerCapitalProjector.NAME, live, this::tableDigest);
    }

    private List<String> rows(String employeeId) {
        List<String> profile = jdbc.sql("""
                        SELECT employee_id || '|' || display_name || '|' || job_title || '|' || level || '|' || function
                               || '|' || coalesce(manager_id, 'null') || '|' || marketplace_visible || '|'
                               || succession_discoverable || '|' || shared_scopes::text
                        FROM career_capital_profile WHERE employee_id = ?""")
                .param(employeeId).query(String.class).list();
        List<String> evidence = jdbc.sql("""
                        SELECT evidence_id || '|' || capability || '|' || level || '|' || evidence || '|' || source
                               || '|' || observed_on || '|' || coalesce(conversation_id::text, 'null')
                        FROM career_capital_evidence WHERE employee_id = ? ORDER BY observed_on""")
                .param(employeeId).query(String.class).list();
        return java.util.stream.Stream.concat(profile.stream(), evidence.stream()).toList();
    }

    private String tableDigest() {
        return TableDigest.of(jdbc, ReadModel.CAREER_CAPITAL.tables());
    }

    @Test
    void aWholeQuarterOfEventsBecomesTheMapAndRebuildsToTheSameRows() {
        UUID conversation = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        Instant scheduledFor = Instant.parse("2026-02-10T10:00:00Z");
        Instant movedTo = Instant.parse("2026-02-17T10:00:00Z");
        log.append("CareerConversation", conversation.toString(),
                new ConversationScheduled(conversation, ada, "M-1", ConversationKind.FULL,
                        ConversationTrigger.QUARTERLY, scheduledFor, 90, "M-1"),
                new ReflectionPromptSent(conversation, ada, Instant.parse("2026-02-07T09:00:00Z")),
                new ConversationRescheduled(conversation, ada, scheduledFor, movedTo, "release week", 1),
                new ConversationHeld(conversation, ada, movedTo, 95),
                new ListeningNoteRecorded(conversation, ada, note, ListeningNoteKind.AMBITION, "ambition", "M-1"),
                new ConversationCompleted(conversation, ada, "M-1", ConversationKind.FULL, true, true,
                        SignalingGapOutcome.IDENTIFIED, new AdvocacyAction("forum slot", LocalDate.of(2026, 3, 1), null),
                        LocalDate.of(2026, 5, 15), 4, false));
        log.append("Employee", ada,
                new EmployeeRegistered(ada, "Ada", "Senior Engineer", "L5", "Engineering", "M-1"),
                new RelationshipMapped(ada, UUID.randomUUID(), "M-2", "Linus", "Product",
                        RelationshipKind.CROSS_FUNCTIONAL_LEADER, conversation),
                new DecisionMakerAwarenessAssessed(ada, "D-1", false, "has not seen it", conversation),
                new SignalingGapOpened(ada, "D-1", conversation),
                new DecisionMakerAwarenessAssessed(ada, "D-2", true, "saw the demo", conversation),
                new AspirationStated(ada, CareerDirection.TECHNICAL_LEADERSHIP, List.of("staff-engineering"), 2,
                        "set direction", true, conversation),
                new ReadinessAssessed(ada, null, "staff-engineering", Readiness.READY_1_2_YEARS, "scope", "D-1"),
                new DecisionMakerAwarenessAssessed(ada, "D-1", true, "forum talk", null),
                new SignalingGapClosed(ada, "D-1", null),
                new ManagerChanged(ada, "M-1", "D-1", LocalDate.of(2026, 7, 1)),
                new EmployeeMoved(ada, MoveType.PROMOTION, "Engineering Manager", "M1", "Engineering",
                        "Senior Engineer", "L5", "Engineering", LocalDate.of(2026, 10, 1), null),
                new EmployeeDeparted(ada, LocalDate.of(2026, 12, 1), DepartureReason.VOLUNTARY, true));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT count(*) FROM career_capital_profile WHERE employee_id = ? AND NOT employed").param(ada)
                .query(Long.class).single() == 1 && jdbc.sql(
                "SELECT count(*) FROM career_capital_conversation WHERE conversation_id = ? AND status = 'COMPLETED'")
                .param(conversation).query(Long.class).single() == 1);

        assertThat(jdbc.sql("""
                        SELECT manager_id || '|' || job_title || '|' || level || '|' || departure_reason || '|' || regretted
                        FROM career_capital_profile WHERE employee_id = ?""").param(ada).query(String.class).single())
                .isEqualTo("D-1|Engineering Manager|M1|VOLUNTARY|true");
        assertThat(jdbc.sql("""
                        SELECT decision_maker_id || ':' || aware || ':' || gap_open || ':' || (gap_closed_at IS NOT NULL)
                        FROM career_capital_signal WHERE employee_id = ? ORDER BY decision_maker_id""")
                .param(ada).query(String.class).list())
                .containsExactly("D-1:true:false:true", "D-2:true:false:false");
        assertThat(jdbc.sql("""
                        SELECT status || '|' || deferrals || '|' || outcomes_produced || '|' || signaling_gap || '|'
                               || advocacy_description || '|' || (prompt_sent_at IS NOT NULL)
                        FROM career_capital_conversation WHERE conversation_id = ?""")
                .param(conversation).query(String.class).single())
                .isEqualTo("COMPLETED|1|4|IDENTIFIED|forum slot|true");
        assertThat(jdbc.sql("SELECT written_by || ':' || kind || ':' || text FROM career_capital_note WHERE note_id = ?")
                .param(note).query(String.class).single()).isEqualTo("M-1:AMBITION:ambition");
        assertThat(jdbc.sql("SELECT target_kind || ':' || target || ':' || readiness FROM career_capital_readiness "
                + "WHERE employee_id = ?").param(ada).query(String.class).single())
                .isEqualTo("FAMILY:staff-engineering:READY_1_2_YEARS");
        String live = tableDigest();

        log.rebuildAndCompare(CareerCapitalProjector.NAME, live, this::tableDigest);
    }
}
