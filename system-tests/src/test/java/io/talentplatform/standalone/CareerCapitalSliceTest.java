package io.talentplatform.standalone;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first vertical slice through the whole platform: a command becomes a Career Capital answer (read-your-writes
 * on the first try) and, with consent, a CloudEvent on talent.events.v1. And who may read whose map.
 */
@StandaloneTest
class CareerCapitalSliceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private String manager;
    private String employee;
    private Http hr;

    @BeforeEach
    void registerATeam() {
        manager = "M-" + UUID.randomUUID().toString().substring(0, 8);
        employee = "E-" + UUID.randomUUID().toString().substring(0, 8);
        hr = Http.at(port).as("HR-1", "HR");
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Grace","jobTitle":"Engineering Manager","level":"M1",
                 "function":"Engineering"}""".formatted(manager));
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Ada","jobTitle":"Senior Engineer","level":"L5",
                 "function":"Engineering","managerId":"%s"}""".formatted(employee, manager));
    }

    @Test
    void aCommandIsReadBackOnTheFirstTryWithMinPosition() {
        Http grace = Http.at(port).as(manager, "MANAGER");
        Answer recorded = grace.post("/api/v1/employees/" + employee + "/capabilities", """
                {"capability":"distributed-systems","level":4,"evidence":"redesigned the cache, beyond her 18 months ago",
                 "source":"CONVERSATION","observedOn":"2026-01-10"}""");
        assertThat(recorded.status()).isEqualTo(201);

        Answer profile = grace.get("/api/v1/employees/" + employee + "/career-capital?minPosition="
                + recorded.position());

        assertThat(profile.status()).isEqualTo(200);
        JsonNode capability = profile.json().get("capabilities").get(0);
        assertThat(capability.get("capability").asString()).isEqualTo("distributed-systems");
        assertThat(capability.get("level").asInt()).isEqualTo(4);
        assertThat(capability.get("evidence").get(0).get("evidence").asString())
                .isEqualTo("redesigned the cache, beyond her 18 months ago");
        assertThat(capability.get("evidence").get(0).get("evidenceId").asString())
                .isEqualTo(recorded.json().get("evidenceId").asString());
        assertThat(profile.json().get("displayName").asString()).isEqualTo("Ada");
    }

    @Test
    void evidenceOlderThanTwelveMonthsIsFlaggedStale() {
        Http grace = Http.at(port).as(manager, "MANAGER");
        grace.post("/api/v1/employees/" + employee + "/capabilities", """
                {"capability":"incident-command","level":2,"evidence":"ran the 2024 outage review",
                 "source":"REVIEW","observedOn":"2024-03-01"}""");
        Answer recent = grace.post("/api/v1/employees/" + employee + "/capabilities", """
                {"capability":"incident-command","level":3,"evidence":"led the May incident",
                 "source":"REVIEW","observedOn":"%s"}""".formatted(java.time.LocalDate.now().minusDays(10)));

        JsonNode capability = grace.get("/api/v1/employees/" + employee + "/career-capital?minPosition="
                + recent.position()).json().get("capabilities").get(0);

        assertThat(capability.get("level").asInt()).isEqualTo(3);
        assertThat(capability.get("stale").asBoolean()).isFalse();
        assertThat(capability.get("evidence").get(0).get("stale").asBoolean()).isFalse();
        assertThat(capability.get("evidence").get(1).get("stale").asBoolean()).isTrue();
        assertThat(capability.get("evidence").get(1).get("ageDays").asLong()).isGreaterThan(365);
    }

    @Test
    void aPositionNotYetReachedAnswers503WithRetryAfter() {
        Answer answer = Http.at(port).as(employee, "EMPLOYEE")
                .get("/api/v1/employees/" + employee + "/career-capital?minPosition=" + Long.MAX_VALUE / 2);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:not-yet-processed");
    }

    @Test
    void onlyThePersonAndTheirCurrentManagerReadTheMap() {
        String path = "/api/v1/employees/" + employee + "/career-capital";
        long position = Http.at(port).as(employee, "EMPLOYEE").put("/api/v1/employees/" + employee + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[]}").position();

        assertThat(Http.at(port).as(employee, "EMPLOYEE").get(path + "?minPosition=" + position).status())
                .isEqualTo(200);
        assertThat(Http.at(port).as(manager, "MANAGER").get(path).status()).isEqualTo(200);
        assertThat(Http.at(port).as("M-other", "MANAGER").get(path).status()).isEqualTo(403);
        assertThat(Http.at(port).as("E-other", "EMPLOYEE").get(path).status()).isEqualTo(403);
        assertThat(Http.at(port).as(manager, "EMPLOYEE").get(path).status())
                .as("the manager's id without the MANAGER role").isEqualTo(403);
        assertThat(Http.at(port).as("P-1", "PANEL").get(path).status()).isEqualTo(403);
        assertThat(Http.at(port).get(path).status()).isEqualTo(401);
        assertThat(Http.at(port).as(manager, "MANAGER").get("/api/v1/employees/E-nobody/career-capital").status())
                .isEqualTo(404);
    }

    @Test
    void consentedCapabilitiesArePublishedAsCloudEventsKeyedByThePerson() {
        Http ada = Http.at(port).as(employee, "EMPLOYEE");
        Http grace = Http.at(port).as(manager, "MANAGER");
        grace.post("/api/v1/employees/" + employee + "/capabilities", """
                {"capability":"public-speaking","level":2,"evidence":"not shared","source":"CONVERSATION",
                 "observedOn":"2026-01-10"}""");
        ada.put("/api/v1/employees/" + employee + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}");
        Answer shared = grace.post("/api/v1/employees/" + employee + "/capabilities", """
                {"capability":"distributed-systems","level":4,"evidence":"confidential detail of the cache work",
                 "source":"CONVERSATION","observedOn":"2026-01-10"}""");

        // At least once: a repeated delivery is the same message, so records are told apart by their id.
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> distinct(TopicReader.readKey("talent.events.v1", employee)), list -> list.size() >= 2);

        assertThat(records).hasSize(2);
        JsonNode consent = JSON.readTree(records.get(0).value());
        assertThat(consent.get("type").asString()).isEqualTo("talent.consent.changed.v1");
        JsonNode event = JSON.readTree(records.get(1).value());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("talent.capability.evidenced.v1");
        assertThat(event.get("subject").asString()).isEqualTo(employee);
        assertThat(event.get("source").asString()).isEqualTo("/talent-platform");
        assertThat(event.get("time").asString()).isNotBlank();
        assertThat(event.get("data").get("capability").asString()).isEqualTo("distributed-systems");
        assertThat(event.get("data").get("level").asInt()).isEqualTo(4);
        String raw = new String(records.get(1).value(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("confidential detail").doesNotContain("Ada").doesNotContain("before-consent");
        assertThat(new String(records.get(1).headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json");
        assertThat(shared.status()).isEqualTo(201);
    }

    private static List<ConsumerRecord<String, byte[]>> distinct(List<ConsumerRecord<String, byte[]>> records) {
        java.util.Map<String, ConsumerRecord<String, byte[]>> byId = new java.util.LinkedHashMap<>();
        records.forEach(record -> byId.putIfAbsent(JSON.readTree(record.value()).get("id").asString(), record));
        return List.copyOf(byId.values());
    }

    @Test
    void healthShowsTheDatabaseAndTheBrokerUpToASignedInCallerAndOnlyTheStatusToAnyoneElse() {
        JsonNode anonymous = Http.at(port).get("/actuator/health").json();
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as("details for an anonymous caller").isFalse();

        JsonNode health = Http.at(port).as("HR-1", "HR").get("/actuator/health").json();

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAndTheOpenApiDocumentAreServed() {
        assertThat(Http.at(port).get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        Answer docs = Http.at(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/employees/{employeeId}/career-capital")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/employees")).isTrue();
        assertThat(Http.at(port).get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
