package io.talentplatform.command;

import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With its database gone the command API answers 503 with Retry-After (problem+json), never a 500 or a hang. */
class DatabaseDownTest {

    @Test
    void commandsAnswer503WhenTheDatabaseIsDown() {
        EmbeddedPostgresServer database = EmbeddedPostgresServer.temporary();
        Map<String, Object> properties = TestInfrastructure.properties();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("server.port", 0);
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service").run(arguments.toArray(String[]::new))) {
            Http hr = Http.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")))
                    .as("HR-1", "HR");
            assertThat(hr.post("/api/v1/employees", person("E-up")).status()).isEqualTo(201);

            database.close();

            for (Http client : List.of(hr, hr.header("Idempotency-Key", "while-down"))) {
                Answer answer = client.post("/api/v1/employees", person("E-down"));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isNotBlank();
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:unavailable");
            }
        }
    }

    private static String person(String id) {
        return """
                {"employeeId":"%s","displayName":"Person","jobTitle":"Engineer","level":"L4","function":"Engineering"}"""
                .formatted(id);
    }
}
