package io.talentplatform.command.contract;

import io.talentplatform.command.CommandServiceApplication;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.time.PlatformClock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A commitment's due date is a deadline in PostgreSQL, not in memory: the command service is stopped after the
 * commitment is made and a new one is started before the date passes; when the platform clock passes the date,
 * the commitment becomes overdue exactly once, and completing it afterwards is recorded as late.
 */
class OverdueAcrossRestartTest {

    @Test
    void overdueFiresExactlyOnceAcrossARestartAndLateCompletionIsRecorded() throws Exception {
        TestTeam team;
        String contract;
        String commitment;
        try (ConfigurableApplicationContext first = start()) {
            team = TestTeam.register(port(first));
            contract = team.openContract();
            commitment = team.commitment(contract, "MANAGER");
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            PlatformClock clock = second.getBean(PlatformClock.class);
            Clock before = GenericEventMessage.clock;
            GenericEventMessage.clock = clock;
            try {
                assertThat(overdue(jdbc, commitment)).isZero();
                clock.advance(Duration.ofDays(16));

                await().atMost(Duration.ofSeconds(20)).until(() -> overdue(jdbc, commitment) == 1);
                Thread.sleep(3_000);
                assertThat(overdue(jdbc, commitment)).as("overdue is emitted once").isEqualTo(1);

                Http manager = Http.at(port(second)).as(team.manager(), "MANAGER");
                Answer completed = manager.post("/api/v1/contracts/" + contract + "/commitments/" + commitment
                        + "/complete", "{\"completedOn\":\"%s\",\"note\":\"introduced at last\"}"
                        .formatted(clock.today()));
                assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
                String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                        + "WHERE globalindex = ?").param(completed.position()).query(String.class).single();
                assertThat(payload).contains("\"late\":true");
            } finally {
                clock.resetForTests();
                GenericEventMessage.clock = before;
            }
        }
    }

    private static long overdue(JdbcClient jdbc, String commitment) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype LIKE '%CommitmentBecameOverdue' AND convert_from(payload, 'UTF8') LIKE ?""")
                .param("%" + commitment + "%").query(Long.class).single();
    }

    private static ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>();
        TestInfrastructure.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service").run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

}
