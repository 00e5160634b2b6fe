package io.talentplatform.command.employee;

import io.talentplatform.command.CommandServiceTest;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person with a long history is loaded from a snapshot and the events after it, and decides exactly as when
 * rebuilt from every event: the same refusals, the same no-ops.
 */
@CommandServiceTest
class EmployeeSnapshotTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${talent.snapshots.employee-every:100}")
    int every;

    @Test
    void aPersonLoadedFromASnapshotDecidesAsOneRebuiltFromEveryEvent() {
        TestTeam team = TestTeam.register(port);
        String person = "/api/v1/employees/" + team.employee();
        Http hr = team.hr();
        String today = LocalDate.now().toString();
        hr.post(person + "/moves", """
                {"jobTitle":"Staff Engineer","level":"L5","function":"Engineering","moveType":"PROMOTION",
                 "effectiveOn":"%s"}""".formatted(today)).ok();
        team.asManager().post(person + "/signals",
                "{\"decisionMakerId\":\"D-1\",\"aware\":false,\"basis\":\"has not seen the work\"}").ok();
        for (int i = 0; i < every; i++) {
            team.asEmployee().post(person + "/capabilities", """
                    {"capability":"mentoring","level":%d,"evidence":"mentored %d","source":"SELF","observedOn":"%s"}"""
                    .formatted(1 + i % 5, i, today)).ok();
        }
        await().untilAsserted(() -> assertThat(snapshots(team.employee())).isEqualTo(1));
        String state = jdbc.sql("SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(team.employee()).query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
                .single();
        assertThat(state).as("the rules' state, field by field").contains("\"jobTitle\":\"Staff Engineer\"")
                .contains("\"gaps\":{\"open\":[\"D-1\"]}").contains("\"employed\":true");

        decidesAsBefore(team, person);
        jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?").param(team.employee()).update();
        decidesAsBefore(team, person);
    }

    private void decidesAsBefore(TestTeam team, String person) {
        long events = events(team.employee());
        Answer same = team.hr().post(person + "/moves", """
                {"jobTitle":"Staff Engineer","level":"L5","function":"Engineering","moveType":"LATERAL",
                 "effectiveOn":"%s"}""".formatted(LocalDate.now()));
        assertThat(same.status()).as(same.toString()).isEqualTo(422);
        assertThat(same.json().get("type").asString()).endsWith("not-a-move");
        team.hr().post(person + "/manager",
                "{\"managerId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(team.manager(), LocalDate.now())).ok();
        // Still unaware: the gap is already open, so nothing new is recorded.
        team.asManager().post(person + "/signals",
                "{\"decisionMakerId\":\"D-1\",\"aware\":false,\"basis\":\"still has not seen it\"}").ok();
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                        + "AND payloadtype IN ('io.talentplatform.events.employee.ManagerChanged', "
                        + "'io.talentplatform.events.employee.SignalingGapOpened') AND sequencenumber >= ?")
                .params(team.employee(), events).query(Long.class).single()).isZero();
    }

    private long snapshots(String employee) {
        return jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?").param(employee)
                .query(Long.class).single();
    }

    private long events(String employee) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(employee)
                .query(Long.class).single();
    }
}
