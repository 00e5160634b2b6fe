package io.talentplatform.command;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.time.PlatformClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored idempotent answers live for the documented retention (30 days) and are then deleted by a recurring task of
 * the deadline scheduler: within it a retry replays the first answer, after it the key is free again.
 */
@CommandServiceTest
class IdempotencyExpiryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformClock clock;
    @Autowired
    RecurringTask<Void> idempotencyExpiryTask;

    @AfterEach
    void leaveTheClockAsItWas() {
        clock.resetForTests();
    }

    @Test
    void anAnswerIsKeptForThirtyDaysAndThenExpires() {
        String key = "expiry-" + UUID.randomUUID();
        Http hr = Http.at(port).as("HR-1", "HR").header("Idempotency-Key", key);
        assertThat(hr.post("/api/v1/employees", person(unique())).status()).isEqualTo(201);
        assertThat(stored(key)).isOne();

        clock.advance(Duration.ofDays(29));
        expire();
        assertThat(stored(key)).as("within the retention").isOne();
        assertThat(hr.post("/api/v1/employees", person(unique())).status())
                .as("another body under a kept key").isEqualTo(422);

        clock.advance(Duration.ofDays(2));
        expire();
        assertThat(stored(key)).as("past the retention").isZero();
        assertThat(hr.post("/api/v1/employees", person(unique())).status())
                .as("the key is free again").isEqualTo(201);
    }

    @Test
    void theExpiryIsARecurringTaskOfTheScheduler() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'idempotency-expiry'")
                .query(Long.class).single()).isOne();
    }

    private void expire() {
        idempotencyExpiryTask.execute(new TaskInstance<>("idempotency-expiry", "recurring"),
                (ExecutionContext) null);
    }

    private long stored(String key) {
        return jdbc.sql("SELECT count(*) FROM idempotent_request WHERE idempotency_key = ?").param(key)
                .query(Long.class).single();
    }

    private static String unique() {
        return "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String person(String id) {
        return """
                {"employeeId":"%s","displayName":"Kept","jobTitle":"Engineer","level":"L3","function":"Engineering"}"""
                .formatted(id);
    }
}
