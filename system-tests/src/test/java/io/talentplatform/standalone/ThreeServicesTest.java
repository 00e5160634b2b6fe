package io.talentplatform.standalone;

import io.talentplatform.command.CommandServiceApplication;
import io.talentplatform.platform.security.VerifiedTokens;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.projections.ProjectionsApplication;
import io.talentplatform.query.QueryServiceApplication;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production shape: command-service, projections and query-service as three separate Spring applications on
 * one PostgreSQL and one broker. A command on one becomes a query answer on another and a CloudEvent on Kafka; a
 * restart of the projections resumes from the stored tokens: the read model applies no event twice, and the stream
 * skips none and delivers them in order (at least once: a repeat is the same message).
 */
class ThreeServicesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext commandService;
    private static ConfigurableApplicationContext projections;
    private static ConfigurableApplicationContext queryService;

    @BeforeAll
    static void startTheThreeServices() {
        commandService = start(CommandServiceApplication.class, "command-service");
        projections = start(ProjectionsApplication.class, "projections");
        queryService = start(QueryServiceApplication.class, "query-service");
    }

    @AfterAll
    static void stopThem() {
        for (ConfigurableApplicationContext context : List.of(commandService, projections, queryService)) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void aCommandOnOneServiceBecomesAQueryAnswerOnAnotherAndACloudEventOnKafka() {
        Team team = Team.register(commands());
        Catalogue.ensure(commands().as("HR-1", "HR"), "mentoring");
        Answer recorded = commands().as(team.manager, "MANAGER").post(team.capabilities(), capability("mentoring", 3));

        Answer profile = queries().as(team.manager, "MANAGER")
                .get("/api/v1/employees/" + team.employee + "/career-capital?minPosition=" + recorded.position());

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("capabilities").get(0).get("capability").asString()).isEqualTo("mentoring");
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.readKey("talent.events.v1", team.employee), list -> list.size() >= 2);
        JsonNode event = JSON.readTree(records.get(records.size() - 1).value());
        assertThat(event.get("type").asString()).isEqualTo("talent.capability.evidenced.v1");
        assertThat(event.get("data").get("capability").asString()).isEqualTo("mentoring");
    }

    @Test
    void eachServiceVerifiesABearerTokenOnceWhileItLives() {
        // The services verify with a configured public key, as against an issuer in production; the decoder Boot
        // builds from that setting is the one wrapped.
        for (ConfigurableApplicationContext service : List.of(commandService, projections, queryService)) {
            assertThat(service.getBean(JwtDecoder.class)).isInstanceOf(VerifiedTokens.class);
        }
    }

    @Test
    void restartingTheProjectionsResumesFromTheirTokens() {
        Team team = Team.register(commands());
        Http grace = commands().as(team.manager, "MANAGER");
        List<String> names = new ArrayList<>();
        for (String phase : List.of("before-restart-", "while-stopped-", "after-restart-")) {
            for (int i = 0; i < 5; i++) {
                names.add(phase + i);
            }
        }
        Catalogue.ensure(commands().as("HR-1", "HR"), names.toArray(String[]::new));
        List<String> capabilities = new ArrayList<>();
        long last = 0;
        for (int i = 0; i < 5; i++) {
            capabilities.add("before-restart-" + i);
            last = grace.post(team.capabilities(), capability("before-restart-" + i, 2)).position();
        }
        awaitProcessed(team, last);
        // Closed once the publisher is idle too: what the test checks is resuming from stored tokens, not the
        // at-least-once redelivery of a batch interrupted mid-flight.
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.readKey("talent.events.v1", team.employee),
                list -> distinctIds(list) >= 6);

        projections.close();
        for (int i = 0; i < 5; i++) {
            capabilities.add("while-stopped-" + i);
            last = grace.post(team.capabilities(), capability("while-stopped-" + i, 3)).position();
        }
        projections = start(ProjectionsApplication.class, "projections");
        for (int i = 0; i < 5; i++) {
            capabilities.add("after-restart-" + i);
            last = grace.post(team.capabilities(), capability("after-restart-" + i, 4)).position();
        }
        awaitProcessed(team, last);

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readKey("talent.events.v1", team.employee), list -> distinctIds(list) >= 16);
        // Delivery is at least once: a batch interrupted by a lost claim may be sent again. Each event must be there,
        // in order of first delivery, and any repeat must be the same message (same id, same bytes).
        java.util.Map<String, byte[]> firstById = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = JSON.readTree(record.value()).get("id").asString();
            byte[] first = firstById.putIfAbsent(id, record.value());
            if (first != null) {
                assertThat(record.value()).as("a repeated delivery of " + id).isEqualTo(first);
            }
        }
        List<String> published = firstById.values().stream().map(JSON::readTree)
                .filter(event -> event.get("type").asString().equals("talent.capability.evidenced.v1"))
                .map(event -> event.get("data").get("capability").asString()).toList();
        assertThat(published).as("each event, in order, none skipped").containsExactlyElementsOf(capabilities);
        JsonNode profile = queries().as(team.manager, "MANAGER")
                .get("/api/v1/employees/" + team.employee + "/career-capital?minPosition=" + last).json();
        assertThat(profile.get("capabilities")).hasSize(15);
    }

    @Test
    void theProjectionsServiceTakesARebuildAsACommandAndCarriesItOut() {
        Http hr = SeparateServices.http(projections).as("HR-1", "HR");

        Answer asked = hr.post("/api/v1/admin/projections/talent-metrics/rebuild", "{}");
        Answer publisher = hr.post("/api/v1/admin/projections/talent-events-publisher/rebuild", "{}");
        Answer unknown = hr.post("/api/v1/admin/projections/no-such-model/rebuild", "{}");

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.json().get("rebuild").get("requestedBy").asString()).isEqualTo("HR-1");
        assertThat(publisher.status()).isEqualTo(409);
        assertThat(publisher.json().get("type").asString()).endsWith("publisher-not-replayed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("unknown-projection");
        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(
                () -> status(hr, "talent-metrics"), status -> !status.get("rebuilding").asBoolean());
        assertThat(done.get("rebuild").get("state").asString()).isEqualTo("RESET");
        assertThat(queries().as("HR-1", "HR").post("/api/v1/admin/projections/talent-metrics/rebuild", "{}")
                .status()).as("the query service writes nothing of the projections'").isIn(404, 405);
    }

    private static JsonNode status(Http hr, String name) {
        for (JsonNode processor : hr.get("/api/v1/admin/projections").json().get("processors")) {
            if (processor.get("name").asString().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    private static long distinctIds(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> JSON.readTree(record.value()).get("id").asString()).distinct().count();
    }

    private static void awaitProcessed(Team team, long position) {
        assertThat(queries().as(team.manager, "MANAGER")
                .get("/api/v1/employees/" + team.employee + "/career-capital?minPosition=" + position).status())
                .isEqualTo(200);
    }

    private static Http commands() {
        return SeparateServices.http(commandService);
    }

    private static Http queries() {
        return SeparateServices.http(queryService);
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName) {
        return SeparateServices.start(application, configName, TestInfrastructure.properties());
    }

    private static String capability(String name, int level) {
        return SeparateServices.capability(name, level);
    }

    /** A manager and a report who shares capabilities with the marketplace. */
    private record Team(String manager, String employee) {

        static Team register(Http commands) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Team team = new Team("M-" + suffix, "E-" + suffix);
            Http hr = commands.as("HR-1", "HR");
            assertThat(hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"Grace","jobTitle":"EM","level":"M1","function":"Engineering"}"""
                    .formatted(team.manager)).status()).isEqualTo(201);
            assertThat(hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"Ada","jobTitle":"Engineer","level":"L5","function":"Engineering",
                     "managerId":"%s"}""".formatted(team.employee, team.manager)).status()).isEqualTo(201);
            assertThat(commands.as(team.employee, "EMPLOYEE").put("/api/v1/employees/" + team.employee + "/consent",
                    "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}")
                    .status()).isEqualTo(200);
            return team;
        }

        String capabilities() {
            return "/api/v1/employees/" + employee + "/capabilities";
        }
    }
}
