package io.talentplatform.standalone.contests;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.standalone.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee's voice over HTTP (issue 29, acceptance 2): Ada contests the readiness Grace assessed, the panel sees
 * "contested" on the slate and in the matches, Grace amends it, and the history keeps both with their reasons.
 */
@StandaloneTest
class ContestApiTest {

    @LocalServerPort
    int port;

    @Test
    void adaContestsGracesReadinessAssessmentThePanelSeesItContestedAndGraceAmendsIt() {
        TestTeam team = TestTeam.register(port);
        String ada = team.employee();
        String run = ada.substring(2).toLowerCase();
        String skill = "contested-systems-" + run;
        String role = "R-STAFF-" + ada;
        Http hr = team.hr();
        Http panel = Http.at(port).as("P-1", "PANEL");
        Http grace = team.asManager();
        Http adaHttp = team.asEmployee();
        Catalogue.ensure(hr, skill);
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Staff Engineer","function":"Engineering","level":"L7","critical":true,
                 "roleFamily":"staff-engineering-%s","requiredCapabilities":[{"capability":"%s","minLevel":3}]}"""
                .formatted(role, run, skill)).ok();
        String evidenceId = grace.post(person(ada) + "/capabilities", """
                {"capability":"%s","level":4,"evidence":"led the cache redesign","source":"CONVERSATION",
                 "observedOn":"%s"}""".formatted(skill, LocalDate.now(ZoneOffset.UTC).minusDays(30))).ok().json()
                .get("evidenceId").asString();
        adaHttp.put(person(ada) + "/consent", """
                {"marketplaceVisible":true,"successionDiscoverable":true,
                 "share":["CAPABILITIES","ASPIRATION","READINESS"]}""").ok();
        grace.post(person(ada) + "/readiness", """
                {"roleId":"%s","readiness":"READY_3_PLUS","rationale":"needs more scope beyond the team"}"""
                .formatted(role)).ok();
        panel.post("/api/v1/roles/" + role + "/successors", """
                {"employeeId":"%s","readiness":"READY_1_2_YEARS","rationale":"grows into it"}""".formatted(ada)).ok();
        String opening = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now(ZoneOffset.UTC))).ok()
                .json().get("openingId").asString();

        // Only the person contests, only a record that stands, and with a reason.
        String contest = "{\"subject\":{\"kind\":\"READINESS\",\"id\":\"%s\"},\"reason\":\"%s\"}";
        assertProblem(grace.post(person(ada) + "/contests", contest.formatted(role, "not mine")), 403, null);
        assertProblem(Http.at(port).as(team.otherEmployee(), "EMPLOYEE").post(person(ada) + "/contests",
                contest.formatted(role, "not mine")), 403, null);
        assertProblem(adaHttp.post(person(ada) + "/contests", contest.formatted("R-NONE", "why")), 422,
                "unknown-contest-subject");
        assertProblem(adaHttp.post(person(ada) + "/contests", contest.formatted(role, " ")), 400, null);
        Answer contested = adaHttp.post(person(ada) + "/contests",
                contest.formatted(role, "I led two platform migrations this year")).ok();
        assertThat(contested.status()).isEqualTo(201);
        String contestId = contested.json().get("contestId").asString();
        assertProblem(adaHttp.post(person(ada) + "/contests", contest.formatted(role, "again")), 409,
                "already-contested");

        JsonNode slate = panel.get("/api/v1/succession/roles/" + role + "?minPosition=" + contested.position())
                .json().get("slate").get(0);
        assertThat(slate.get("employeeId").asString()).isEqualTo(ada);
        assertThat(slate.get("contested")).singleElement().satisfies(open -> {
            assertThat(open.get("subject").asString()).isEqualTo("READINESS");
            assertThat(open.get("subjectId").asString()).isEqualTo(role);
        });
        assertThat(slate.toString()).as("the panel learns that it is contested, not why")
                .doesNotContain("platform migrations");
        JsonNode match = adaIn(panel.get("/api/v1/mobility/openings/" + opening + "/matches").json(), ada);
        assertThat(match.get("readiness").asString()).isEqualTo("READY_3_PLUS");
        assertThat(match.get("contested")).hasSize(1);

        // Only Grace answers; an amendment says what it corrects.
        String answer = "/api/v1/contests/" + contestId + "/answer";
        assertProblem(adaHttp.post(answer, "{\"outcome\":\"WITHDRAWN\",\"note\":\"mine\"}"), 403, null);
        assertProblem(Http.at(port).as(team.otherManager(), "MANAGER").post(answer,
                "{\"outcome\":\"WITHDRAWN\",\"note\":\"not my report\"}"), 403, null);
        assertProblem(grace.post("/api/v1/contests/" + UUID.randomUUID() + "/answer",
                "{\"outcome\":\"UPHELD\",\"note\":\"?\"}"), 404, "unknown-contest");
        assertProblem(grace.post(answer, "{\"outcome\":\"AMENDED\",\"note\":\"you are right\"}"), 422,
                "amendment-incomplete");
        Answer amended = grace.post(answer, """
                {"outcome":"AMENDED","note":"Agreed: the two migrations were beyond the team","readiness":"READY_1_2_YEARS"}""")
                .ok();
        assertThat(amended.json().get("outcome").asString()).isEqualTo("AMENDED");
        assertProblem(grace.post(answer, "{\"outcome\":\"UPHELD\",\"note\":\"twice\"}"), 409, "contest-answered");

        JsonNode after = panel.get("/api/v1/succession/roles/" + role + "?minPosition=" + amended.position()).json()
                .get("slate").get(0);
        assertThat(after.get("contested")).isEmpty();
        JsonNode rematched = adaIn(panel.get("/api/v1/mobility/openings/" + opening + "/matches").json(), ada);
        assertThat(rematched.get("readiness").asString()).isEqualTo("READY_1_2_YEARS");
        assertThat(rematched.get("contested")).isEmpty();

        JsonNode map = adaHttp.get(person(ada) + "/career-capital?minPosition=" + amended.position()).json();
        assertThat(map.get("contests")).singleElement().satisfies(answered -> {
            assertThat(answered.get("open").asBoolean()).isFalse();
            assertThat(answered.get("outcome").asString()).isEqualTo("AMENDED");
            assertThat(answered.get("reason").asString()).isEqualTo("I led two platform migrations this year");
            assertThat(answered.get("note").asString()).startsWith("Agreed");
            assertThat(answered.get("answeredBy").asString()).isEqualTo(team.manager());
        });
        assertThat(map.get("readiness")).singleElement().satisfies(readiness ->
                assertThat(readiness.get("readiness").asString()).isEqualTo("READY_1_2_YEARS"));

        // The history keeps the assessment, the contest, the answer and the amendment, with their reasons.
        List<JsonNode> history = history(ada);
        List<String> types = history.stream().map(event -> event.get("event").get("type").asString()).toList();
        assertThat(types).containsSubsequence("ReadinessAssessed", "RecordContested", "ContestAnswered",
                "ReadinessAssessed");
        JsonNode contestEvent = payloadOf(history, "RecordContested");
        assertThat(contestEvent.get("reason").asString()).as("auditors read reasons")
                .isEqualTo("I led two platform migrations this year");
        assertThat(payloadOf(history, "ContestAnswered").get("note").asString()).startsWith("Agreed");
        assertThat(payloadOf(history, "ReadinessAssessed").get("rationale").asString())
                .isEqualTo("needs more scope beyond the team");
        assertThat(payloadOf(history, "CapabilityEvidenced").has("evidence"))
                .as("an evidence text is the person's to share, not a reason").isFalse();
        assertThat(evidenceId).isNotBlank();
    }

    @Test
    void withdrawnEvidenceLeavesTheMapAndTheMatchesAndTheContestStays() {
        TestTeam team = TestTeam.register(port);
        String ada = team.employee();
        String skill = "withdrawn-skill-" + ada.substring(2).toLowerCase();
        Catalogue.ensure(team.hr(), skill);
        String evidenceId = team.asManager().post(person(ada) + "/capabilities", """
                {"capability":"%s","level":2,"evidence":"seemed unsure in the review","source":"REVIEW",
                 "observedOn":"%s"}""".formatted(skill, LocalDate.now(ZoneOffset.UTC).minusDays(3))).ok().json()
                .get("evidenceId").asString();
        Answer contested = team.asEmployee().post(person(ada) + "/contests", """
                {"subject":{"kind":"EVIDENCE","id":"%s"},"reason":"that review was about another project"}"""
                .formatted(evidenceId)).ok();
        String contestId = contested.json().get("contestId").asString();
        JsonNode open = team.asManager().get(person(ada) + "/career-capital?minPosition=" + contested.position())
                .json();
        assertThat(open.get("contests").get(0).get("open").asBoolean()).isTrue();

        long withdrawn = team.asManager().post("/api/v1/contests/" + contestId + "/answer",
                "{\"outcome\":\"WITHDRAWN\",\"note\":\"I mixed up the projects\"}").ok().position();

        JsonNode map = team.asEmployee().get(person(ada) + "/career-capital?minPosition=" + withdrawn).json();
        assertThat(map.get("capabilities").valueStream().map(held -> held.get("capability").asString()))
                .doesNotContain(skill);
        assertThat(map.get("contests").get(0).get("outcome").asString()).isEqualTo("WITHDRAWN");
        JsonNode gaps = team.asEmployee().get(person(ada) + "/career-capital").json();
        assertThat(gaps.toString()).doesNotContain("seemed unsure");
        assertProblem(team.asEmployee().post(person(ada) + "/contests", """
                {"subject":{"kind":"EVIDENCE","id":"%s"},"reason":"again"}""".formatted(evidenceId)), 422,
                "unknown-contest-subject");
    }

    private static JsonNode adaIn(JsonNode matches, String ada) {
        return matches.get("matches").valueStream().filter(match -> match.get("employeeId").asString().equals(ada))
                .findFirst().orElseThrow(() -> new AssertionError(ada + " is not among " + matches));
    }

    private static JsonNode payloadOf(List<JsonNode> history, String type) {
        return history.stream().filter(event -> event.get("event").get("type").asString().equals(type)).findFirst()
                .orElseThrow().get("event").get("payload");
    }

    private List<JsonNode> history(String employeeId) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Http.at(port).as("A-1", "AUDITOR").get("/api/v1/audit/employees/" + employeeId
                    + "/history?limit=500" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("events").valueStream().forEach(events::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return events;
    }


    private static String person(String employeeId) {
        return "/api/v1/employees/" + employeeId;
    }
}
