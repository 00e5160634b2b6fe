package io.talentplatform.projections.careercapital;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
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
    EventStore store;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CareerCapitalProjector projector;

    private EventLog log;
    private String ada;

    @BeforeEach
    void setUp() {
        log = new EventLog(store, processing);
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
            projector.on(evidenced, at, token);
            List<String> once = rows(ada);
            projector.on(registered, at);
            projector.on(evidenced, at, token);

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

        log.rebuild(CareerCapitalProjector.NAME);

        await().atMost(Duration.ofSeconds(30)).until(() -> tableDigest().equals(live));
        assertThat(tableDigest()).isEqualTo(live);
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
        return jdbc.sql("""
                        SELECT md5(coalesce((SELECT string_agg(p::text, ';' ORDER BY employee_id)
                                             FROM career_capital_profile p), '')
                                || coalesce((SELECT string_agg(e::text, ';' ORDER BY evidence_id)
                                             FROM career_capital_evidence e), ''))""")
                .query(String.class).single();
    }
}
