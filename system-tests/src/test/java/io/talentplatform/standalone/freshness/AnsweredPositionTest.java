package io.talentplatform.standalone.freshness;

import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position a command answers in {@code Talent-Event-Position} is the one the event store gave its newest event,
 * taken from the insert itself: not an older event of the same person, not another request's newer one.
 */
@StandaloneTest
class AnsweredPositionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAnsweredPositionIsTheNewestEventTheCommandAppended() {
        TestTeam team = TestTeam.register(port);
        Catalogue.ensure(team.hr(), "answered-position-0", "answered-position-1", "answered-position-2");
        for (int i = 0; i < 3; i++) {
            Answer evidence = team.asManager().post("/api/v1/employees/" + team.employee() + "/capabilities", """
                    {"capability":"answered-position-%d","level":3,"evidence":"shipped it","source":"REVIEW",
                     "observedOn":"%s"}""".formatted(i, LocalDate.now(ZoneOffset.UTC).minusDays(1)));
            assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
            long newest = jdbc.sql("""
                            SELECT globalindex FROM domainevententry
                            WHERE aggregateidentifier = ? AND payloadtype LIKE '%CapabilityEvidenced'
                            ORDER BY sequencenumber DESC LIMIT 1""")
                    .param(team.employee()).query(Long.class).single();
            assertThat(evidence.position()).isEqualTo(newest);
        }
    }
}
