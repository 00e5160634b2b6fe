package io.talentplatform.standalone.audit;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A profile and a succession view as of three past moments are exactly what the person and the panel read live at
 * those moments, though the live views have moved on since.
 */
@StandaloneTest
class AsOfTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String manager = "M-" + run;
    private final String ada = "ADA-" + run;
    private final String eve = "EVE-" + run;
    private final String role = "R-" + run;
    /** A family of this run's own: discovery reaches everyone aiming at it, whoever else shares the platform. */
    private final String family = "engineering-leadership-" + run;

    @Test
    void aProfileAndASuccessionViewAtThreeMomentsAreWhatWasReadLiveThen() {
        Http hr = Http.at(port).as("HR-1", "HR");
        Http panel = Http.at(port).as("P-1", "PANEL");
        Http grace = Http.at(port).as(manager, "MANAGER");
        register(hr, manager, null);
        register(hr, ada, manager);
        register(hr, eve, manager);
        capability(grace, ada, "mentoring", 2);
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Engineering Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"%s","requiredCapabilities":[{"capability":"mentoring","minLevel":3}]}"""
                .formatted(role, family)).ok();
        long position = panel.post("/api/v1/roles/" + role + "/successors",
                "{\"employeeId\":\"%s\",\"readiness\":\"READY_1_2_YEARS\",\"rationale\":\"grows fast\"}"
                        .formatted(ada)).ok().position();
        List<Moment> moments = new ArrayList<>();
        moments.add(moment(position));

        capability(grace, ada, "distributed-systems", 4);
        as(ada).post("/api/v1/employees/" + ada + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,
                 "narrative":"I want to lead a team","shareDirection":true}""".formatted(family)).ok();
        as(ada).put("/api/v1/employees/" + ada + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\",\"ASPIRATION\"]}").ok();
        // Eve becomes a discovered candidate: she fits, consents to discovery and aims at the family.
        capability(grace, eve, "mentoring", 3);
        as(eve).post("/api/v1/employees/" + eve + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":1,
                 "narrative":"ready to lead","shareDirection":true}""".formatted(family)).ok();
        as(eve).put("/api/v1/employees/" + eve + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\",\"ASPIRATION\"]}").ok();
        position = panel.post("/api/v1/roles/" + role + "/successors",
                "{\"employeeId\":\"%s\",\"readiness\":\"READY_NOW\",\"rationale\":\"led the migration\"}"
                        .formatted(ada)).ok().position();
        moments.add(moment(position));

        capability(grace, ada, "mentoring", 4);
        // Eve leaves discovery in two ways at once, so that only the past can find her: her mentoring is assessed
        // lower than the role needs, and she aims elsewhere.
        capability(grace, eve, "mentoring", 1);
        as(eve).post("/api/v1/employees/" + eve + "/aspirations", """
                {"direction":"TECHNICAL_LEADERSHIP","targetRoleFamilies":["architecture-%s"],"horizonYears":1,
                 "narrative":"staying technical","shareDirection":true}""".formatted(run)).ok();
        grace.post("/api/v1/employees/" + ada + "/signals",
                "{\"decisionMakerId\":\"D-1\",\"aware\":false,\"basis\":\"has not seen the work\"}").ok();
        panel.delete("/api/v1/roles/" + role + "/successors/" + ada + "?reason=moved%20on").ok();
        position = as(ada).put("/api/v1/employees/" + ada + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[]}").ok().position();
        moments.add(moment(position));

        Http auditor = Http.at(port).as("A-1", "AUDITOR");
        int previousEvents = 0;
        for (Moment moment : moments) {
            JsonNode profile = auditor.get("/api/v1/audit/employees/" + ada + "/as-of?at=" + moment.at()).json();
            assertThat(profile.get("profile")).as("profile at " + moment.at())
                    .isEqualTo(asTheOrganisationSeesIt(moment.profile()));
            assertThat(profile.get("events").asInt()).isGreaterThan(previousEvents);
            previousEvents = profile.get("events").asInt();
            JsonNode succession = auditor.get("/api/v1/audit/succession/roles/" + role + "/as-of?at=" + moment.at())
                    .json();
            assertThat(succession.get("view")).as("succession at " + moment.at()).isEqualTo(moment.succession());
        }
        assertThat(moments.get(0).succession().get("slate").get(0).get("readiness").asString())
                .isEqualTo("READY_1_2_YEARS");
        assertThat(moments.get(1).succession().get("discovered").size()).isEqualTo(1);
        assertThat(moments.get(2).succession().get("slate").size()).isZero();
        assertThat(moments.get(2).succession().get("discovered").size()).isZero();

        // An upgrade's migration asks for a rebuild of the talent pool to fill the periods the search reads (V3_25):
        // until the rebuild has taken it, the tokens are at the head and the periods may be empty, so the view as of a
        // moment answers 503, never a shorter list; once rebuilt, the same view.
        String asOfMiddle = "/api/v1/audit/succession/roles/" + role + "/as-of?at=" + moments.get(1).at();
        jdbc.sql("INSERT INTO projection_rebuild (processor, requested_by) VALUES ('talent-pool', 'AsOfTest') "
                + "ON CONFLICT DO NOTHING").update();
        Answer waiting = auditor.get(asOfMiddle);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(503);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            Answer rebuilt = auditor.get(asOfMiddle);
            assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
            assertThat(rebuilt.json().get("view")).isEqualTo(moments.get(1).succession());
        });

        Instant before = Instant.parse("2020-01-01T00:00:00Z");
        assertThat(auditor.get("/api/v1/audit/employees/" + ada + "/as-of?at=" + before).status()).isEqualTo(404);
        assertThat(auditor.get("/api/v1/audit/succession/roles/" + role + "/as-of?at=" + before).status())
                .isEqualTo(404);
        Answer future = auditor.get("/api/v1/audit/employees/" + ada + "/as-of?at=" + Instant.now().plusSeconds(3600));
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(auditor.get("/api/v1/audit/employees/" + ada + "/as-of?at=yesterday").status()).isEqualTo(400);
    }

    /**
     * The person's own map without what only the person and their manager read: what an auditor reads, as for event
     * histories (docs/audit.md).
     */
    private static JsonNode asTheOrganisationSeesIt(JsonNode own) {
        ObjectNode copy = (ObjectNode) own.deepCopy();
        copy.path("capabilities").forEach(capability -> capability.path("evidence")
                .forEach(evidence -> ((ObjectNode) evidence).remove("evidence")));
        copy.path("relationships").forEach(relationship -> ((ObjectNode) relationship).remove("counterpartName"));
        for (String makers : List.of("aware", "openGaps")) {
            copy.path("signaling").path(makers).forEach(maker -> ((ObjectNode) maker).remove("basis"));
        }
        if (copy.path("aspiration") instanceof ObjectNode aspiration) {
            List.of("direction", "targetRoleFamilies", "narrative", "drawnTo", "movingAwayFrom")
                    .forEach(aspiration::remove);
        }
        copy.path("readiness").forEach(entry -> List.of("readiness", "rationale").forEach(((ObjectNode) entry)::remove));
        copy.path("conversations").forEach(conversation -> {
            if (conversation.path("outcomes").path("advocacyAction") instanceof ObjectNode advocacy) {
                advocacy.remove("description");
            }
        });
        return copy;
    }

    /** What the person and the panel read once every write so far was processed, and the moment just after. */
    private Moment moment(long position) {
        JsonNode profile = as(ada).get("/api/v1/employees/" + ada + "/career-capital?minPosition=" + position).json();
        JsonNode succession = Http.at(port).as("P-1", "PANEL").get("/api/v1/succession/roles/" + role
                + "?minPosition=" + position).json();
        Instant at = Instant.now();
        sleep();
        return new Moment(at, profile, succession);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Moment(Instant at, JsonNode profile, JsonNode succession) {
    }

    private void register(Http hr, String id, String managerId) {
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(id, id,
                managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"")).ok();
    }

    private void capability(Http manager, String person, String capability, int level) {
        manager.post("/api/v1/employees/" + person + "/capabilities", """
                {"capability":"%s","level":%d,"evidence":"%s shown at level %d","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, level, capability, level, LocalDate.now().minusDays(3))).ok();
    }

    private Http as(String person) {
        return Http.at(port).as(person, "EMPLOYEE");
    }
}
