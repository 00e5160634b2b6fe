package io.talentplatform.standalone.input;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.PeoplesEvents;
import io.talentplatform.standalone.StandaloneTest;
import io.talentplatform.standalone.input.BadRequests.Defect;
import io.talentplatform.standalone.input.BadRequests.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of bad requests over every endpoint of the platform's own OpenAPI document (BadRequests: wrong types,
 * missing and surplus fields, huge and deeply nested bodies, invalid JSON and content types, invalid
 * percent-encoding in paths and query strings, absurd dates and numbers, missing, expired, foreign and tampered
 * tokens), seeded and repeatable: every answer is a 4xx problem+json, and the event store holds no new event.
 */
@StandaloneTest
class BadInputTest {

    private static final long SEED = 20_261_205L;
    private static final int REQUESTS = 5_200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noBadRequestGetsAServerErrorOrWritesAnEvent() {
        Map<String, String> known = aTeamThatExists();
        JsonNode openApi = Http.at(port).get("/v3/api-docs").json();
        List<Operation> operations = BadRequests.operations(openApi);
        assertThat(operations).hasSizeGreaterThan(40);
        BadRequests requests = new BadRequests(openApi, known, SEED);
        long eventsBefore = events();

        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Defect, Integer> defects = new EnumMap<>(Defect.class);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation operation = operations.get(i % operations.size());
            List<Defect> applicable = requests.defectsFor(operation);
            Defect defect = applicable.get(requests.nextInt(applicable.size()));
            RawHttp.Request request = requests.make(operation, defect);
            RawHttp.Response response = RawHttp.send(port, request);
            statuses.merge(response.status(), 1, Integer::sum);
            defects.merge(defect, 1, Integer::sum);
            String problem = problemIn(response);
            if (problem != null && wrong.size() < 25) {
                wrong.add(defect + " " + request.describe() + "\n    -> " + response.status() + " " + problem);
            }
        }

        assertThat(wrong).as("answers that are not a 4xx problem+json (statuses %s)", statuses).isEmpty();
        assertThat(statuses.keySet()).allMatch(status -> status >= 400 && status < 500);
        assertThat(defects).as("every kind of defect was sent").hasSize(Defect.values().length);
        assertThat(events()).as("events appended by bad requests").isEqualTo(eventsBefore);
    }

    /** What is wrong with an answer to a bad request, or null when it is a 4xx problem+json. */
    private static String problemIn(RawHttp.Response response) {
        if (response.status() < 400 || response.status() >= 500) {
            return "not a 4xx: " + abbreviate(response.body());
        }
        String contentType = response.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "content type " + contentType + ": " + abbreviate(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != response.status() || problem.path("type").asString("").isEmpty()
                    || problem.path("title").asString("").isEmpty()) {
                return "incomplete problem: " + abbreviate(response.body());
            }
        } catch (RuntimeException e) {
            return "not JSON: " + abbreviate(response.body());
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** A manager, a report, a role with an opening, a conversation and a contract with a commitment. */
    private Map<String, String> aTeamThatExists() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String manager = "M-" + suffix;
        String employee = "E-" + suffix;
        String role = "R-" + suffix;
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Http hr = Http.at(port).as("HR-1", "HR");
        Http grace = Http.at(port).as(manager, "MANAGER");
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Grace","jobTitle":"Engineering Manager","level":"M1",
                 "function":"Engineering"}""".formatted(manager)).ok().json();
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Ada","jobTitle":"Senior Engineer","level":"L5",
                 "function":"Engineering","managerId":"%s"}""".formatted(employee, manager)).ok().json();
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Staff Engineer","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"staff-engineering","requiredCapabilities":[{"capability":"distributed-systems",
                 "minLevel":4}]}""".formatted(role)).ok().json();
        String opening = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(today)).ok().json().get("openingId").asString();
        String conversation = grace.post("/api/v1/conversations", """
                {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%sT10:00:00Z",
                 "plannedMinutes":90}""".formatted(employee, LocalDate.now(ZoneOffset.UTC).plusDays(3))).ok().json()
                .get("conversationId").asString();
        String contract = grace.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead cross-team initiatives","evidenceOfSuccess":"a design review",
                 "reviewCadence":"MONTHLY","nextReviewOn":"%s","openQuestions":[]}"""
                .formatted(employee, LocalDate.now(ZoneOffset.UTC).plusDays(30))).ok().json().get("contractId").asString();
        String commitment = grace.post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","description":"introduce Ada to the platform architect","dueOn":"%s",
                 "kind":"INTRODUCTION"}""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(14))).ok().json()
                .get("commitmentId").asString();
        grace.post("/api/v1/employees/" + employee + "/readiness", """
                {"roleId":"%s","readiness":"READY_3_PLUS","rationale":"needs more scope"}""".formatted(role)).ok();
        String contest = Http.at(port).as(employee, "EMPLOYEE").post("/api/v1/employees/" + employee + "/contests",
                "{\"subject\":{\"kind\":\"READINESS\",\"id\":\"%s\"},\"reason\":\"I disagree\"}".formatted(role))
                .ok().json().get("contestId").asString();
        String capability = "capability-" + suffix;
        hr.post("/api/v1/capabilities", "{\"capabilityId\":\"%s\",\"label\":\"A capability\"}".formatted(capability))
                .ok();
        String pool = "pool-" + suffix;
        hr.post("/api/v1/talent-pools", """
                {"poolId":"%s","name":"Future leads","confidential":false}""".formatted(pool)).ok();
        return Map.ofEntries(Map.entry("employeeId", employee), Map.entry("managerId", manager),
                Map.entry("poolId", pool),
                Map.entry("capabilityId", capability),
                Map.entry("roleId", role), Map.entry("openingId", opening),
                Map.entry("conversationId", conversation), Map.entry("contractId", contract),
                Map.entry("commitmentId", commitment), Map.entry("contestId", contest),
                Map.entry("name", "career-capital"),
                Map.entry("type", "employee"), Map.entry("id", employee));
    }

    private long events() {
        return PeoplesEvents.count(jdbc);
    }
}
