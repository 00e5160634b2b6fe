package io.talentplatform.projections;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import io.talentplatform.projections.careercapital.CareerCapitalProjector;
import io.talentplatform.projections.talentpool.TalentPoolProjector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A log holding events of an older revision replays to the same read models: revision-1 capability evidence (as
 * stored before evidence could be private) is upcast on reading and lands exactly as revision 2 with SHARED does;
 * a private text never reaches the talent pool panels read.
 */
@ProjectionsTest
class OldRevisionReplayTest {

    private static final List<String> TABLES = List.of("tp_person", "tp_capability", "career_capital_profile",
            "career_capital_evidence");

    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void revisionOneEvidenceReplaysToTheSameRowsAsItDidWhenItWasToday() {
        String ada = "OLD-" + UUID.randomUUID().toString().substring(0, 8);
        UUID shared = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        LocalDate observed = LocalDate.of(2025, 9, 14);
        log.append("Employee", ada, new EmployeeRegistered(ada, "Ada", "Engineer", "L5", "Engineering", "M-1"),
                new CapabilityEvidenced(ada, shared, "mentoring", 3, "ran the guild", EvidenceSource.REVIEW,
                        observed, null, EvidenceVisibility.SHARED),
                new CapabilityEvidenced(ada, UUID.randomUUID(), "sql", 4, "tuned the planner", EvidenceSource.PEER,
                        observed, null, EvidenceVisibility.SHARED),
                new CapabilityEvidenced(ada, kept, "testing", 2, "struggled before it clicked", EvidenceSource.SELF,
                        observed, null, EvidenceVisibility.PRIVATE));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(count("tp_capability", ada)).isEqualTo(3);
            assertThat(count("career_capital_evidence", ada)).isEqualTo(3);
        });
        assertThat(evidence(shared)).isEqualTo("ran the guild");
        assertThat(evidence(kept)).as("a private text stays out of what panels read").isNull();
        String live = TableDigest.of(jdbc, TABLES);

        int rewritten = jdbc.sql("""
                        UPDATE domainevententry SET payloadrevision = '1',
                            payload = convert_to((convert_from(payload, 'UTF8')::jsonb - 'visibility')::text, 'UTF8')
                        WHERE aggregateidentifier = ? AND payloadtype = ?
                            AND convert_from(payload, 'UTF8')::jsonb ->> 'visibility' = 'SHARED'""")
                .params(ada, CapabilityEvidenced.class.getName()).update();
        assertThat(rewritten).as("the shared evidence, now stored as revision 1").isEqualTo(2);

        log.rebuild(TalentPoolProjector.NAME);
        log.rebuild(CareerCapitalProjector.NAME);

        await().atMost(Duration.ofSeconds(30)).until(() -> TableDigest.of(jdbc, TABLES).equals(live));
        assertThat(evidence(shared)).isEqualTo("ran the guild");
        assertThat(evidence(kept)).isNull();
    }

    private long count(String table, String employee) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE employee_id = ?").param(employee)
                .query(Long.class).single();
    }

    private String evidence(UUID id) {
        List<String> rows = jdbc.sql("SELECT evidence FROM tp_capability WHERE evidence_id = ?").param(id)
                .query((rs, row) -> rs.getString(1)).list();
        assertThat(rows).as("the row of " + id).hasSize(1);
        return rows.get(0);
    }
}
