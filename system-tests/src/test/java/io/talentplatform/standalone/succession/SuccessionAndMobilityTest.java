package io.talentplatform.standalone.succession;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.platform.testing.PeoplesEvents;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small organisation played over HTTP: a critical role and an opening in it, people with capabilities, consent given
 * and withdrawn, a nomination, an internal fill. Matching ranks the full fit first and explains every capability,
 * leaves out whoever did not consent (at once after a withdrawal); the panel sees its slate, the discovered candidate
 * and the bench; coverage shows the uncovered critical role; the fill moves the person.
 */
@StandaloneTest
class SuccessionAndMobilityTest {

    @LocalServerPort
    int port;
    @Autowired
    PlatformClock clock;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String manager = "M-" + run;
    private final String ada = "ADA-" + run;   // full fit, in the marketplace, aspires to the family
    private final String ben = "BEN-" + run;   // one level short in mentoring, in the marketplace
    private final String cy = "CY-" + run;     // full fit, never consented
    private final String eve = "EVE-" + run;   // fits, open to succession discovery only
    private final String role = "R-LEAD-" + run;
    private final String uncoveredRole = "R-ARCH-" + run;
    // Capabilities and a family of this run's own: matching and discovery reach everyone in the marketplace, whoever
    // else shares the platform, and the ranks below are about these five people only.
    private final String family = "engineering-leadership-" + run;
    private final String systemsSkill = "distributed-systems-" + run;
    private final String mentoringSkill = "mentoring-" + run;

    @Test
    void matchingSuccessionCoverageAndAnInternalFill() {
        Http hr = Http.at(port).as("HR-1", "HR");
        Catalogue.ensure(hr, systemsSkill, mentoringSkill);
        Http panel = Http.at(port).as("P-1", "PANEL");
        register(hr, manager, null);
        for (String person : List.of(ada, ben, cy, eve)) {
            register(hr, person, manager);
        }
        Http grace = Http.at(port).as(manager, "MANAGER");
        capability(grace, ada, systemsSkill, 4, 30);
        capability(grace, ada, mentoringSkill, 3, 200);
        capability(grace, ben, systemsSkill, 5, 10);
        capability(grace, ben, mentoringSkill, 2, 10);
        capability(grace, cy, systemsSkill, 5, 10);
        capability(grace, cy, mentoringSkill, 5, 10);
        capability(grace, eve, systemsSkill, 4, 10);
        capability(grace, eve, mentoringSkill, 3, 10);
        consent(ada, true, false, "\"CAPABILITIES\",\"ASPIRATION\"");
        consent(ben, true, false, "\"CAPABILITIES\"");
        consent(eve, false, true, "\"CAPABILITIES\",\"ASPIRATION\"");
        for (String person : List.of(ada, eve)) {
            as(person).post("/api/v1/employees/" + person + "/aspirations", """
                    {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,
                     "narrative":"I want to lead a team","shareDirection":true}""".formatted(family)).ok();
        }
        hr.post("/api/v1/roles", roleBody(role, "Engineering Lead", true)).ok();
        hr.post("/api/v1/roles", roleBody(uncoveredRole, "Principal Architect", true)).ok();
        Answer opened = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(clock.today().minusDays(20))).ok();
        String opening = opened.json().get("openingId").asString();

        JsonNode matches = panel.get("/api/v1/mobility/openings/" + opening + "/matches?minPosition="
                + opened.position()).json();
        assertThat(matches.get("scoringVersion").asString()).as("the weights in effect")
                .isEqualTo(hr.get("/api/v1/matching/weights").json().get("current").get("version").asString());
        assertThat(ids(matches.get("matches"))).containsExactly(ada, ben);
        JsonNode first = matches.get("matches").get(0);
        assertThat(first.get("fullFit").asBoolean()).isTrue();
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("displayName").asString()).isEqualTo("Person " + ada);
        assertThat(first.get("jobTitle").asString()).isEqualTo("Engineer");
        assertThat(first.get("level").asString()).isEqualTo("L4");
        assertThat(first.get("function").asString()).isEqualTo("Engineering");
        assertThat(first.get("capabilities").get(0).get("fit").asString()).isEqualTo("MET");
        assertThat(first.get("capabilities").get(0).get("evidenceAgeDays").asLong()).isEqualTo(30);
        assertThat(first.get("capabilities").get(1).get("evidenceAgeDays").asLong()).isEqualTo(200);
        assertThat(first.get("capabilities").get(0).get("evidence").asString()).contains(systemsSkill);
        assertThat(first.get("aspirationAligned").asBoolean()).isTrue();
        JsonNode mentoring = matches.get("matches").get(1).get("capabilities").get(1);
        assertThat(mentoring.get("fit").asString()).isEqualTo("SHORT");
        assertThat(mentoring.get("shortBy").asInt()).isEqualTo(1);
        assertThat(mentoring.get("explanation").asString()).startsWith("short by 1 level");

        JsonNode own = as(ada).get("/api/v1/mobility/employees/" + ada + "/matches").json();
        assertThat(StreamSupport.stream(own.get("matches").spliterator(), false)
                .anyMatch(match -> match.get("openingId").asString().equals(opening)
                        && match.get("fullFit").asBoolean())).isTrue();

        long withdrawn = consent(ada, false, false, "");
        JsonNode after = panel.get("/api/v1/mobility/openings/" + opening + "/matches?minPosition=" + withdrawn).json();
        assertThat(ids(after.get("matches"))).containsExactly(ben);
        JsonNode hrOnAda = hr.get("/api/v1/mobility/employees/" + ada + "/matches").json();
        assertThat(hrOnAda.get("visible").asBoolean()).isFalse();
        assertThat(hrOnAda.get("matches").size()).isZero();

        Answer nominated = panel.post("/api/v1/roles/" + role + "/successors", """
                {"employeeId":"%s","readiness":"READY_NOW","rationale":"ran the platform migration",
                 "emergencyCover":true}""".formatted(ben)).ok();
        JsonNode view = panel.get("/api/v1/succession/roles/" + role + "?minPosition=" + nominated.position()).json();
        JsonNode successor = view.get("slate").get(0);
        assertThat(successor.get("employeeId").asString()).isEqualTo(ben);
        assertThat(successor.get("readiness").asString()).isEqualTo("READY_NOW");
        assertThat(successor.get("decidedBy").asString()).isEqualTo("P-1");
        assertThat(successor.get("rationale").asString()).isEqualTo("ran the platform migration");
        assertThat(successor.get("capabilities").get(1).get("fit").asString()).isEqualTo("SHORT");
        assertThat(ids(view.get("discovered"))).containsExactly(eve);
        assertThat(view.get("benchStrength").get("readyNow").asInt()).isEqualTo(1);
        assertThat(view.get("benchStrength").get("emergencyCover").asInt()).isEqualTo(1);
        assertThat(view.get("benchStrength").get("covered").asBoolean()).isTrue();

        JsonNode coverage = hr.get("/api/v1/succession/coverage").json();
        assertThat(roleIds(coverage.get("uncoveredRoles"))).contains(uncoveredRole).doesNotContain(role);
        assertThat(roleIds(coverage.get("coveredRoles"))).contains(role);

        // Five external hires first, so that the fill rate's group is large enough to be answered (docs/metrics.md).
        long hired = 0;
        for (int hire = 0; hire < 5; hire++) {
            String other = hr.post("/api/v1/roles/" + uncoveredRole + "/openings",
                    "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(clock.today().minusDays(10))).ok()
                    .json().get("openingId").asString();
            hired = hr.post("/api/v1/openings/" + other + "/fill",
                    "{\"filledOn\":\"%s\"}".formatted(clock.today())).ok().position();
        }
        String window = "from=%s&to=%s".formatted(clock.today().minusDays(30), clock.today());
        JsonNode metricsBefore = hr.get("/api/v1/metrics/talent?" + window + "&minPosition=" + hired).json();
        assertThat(openingIds(as(ben).get("/api/v1/mobility/employees/" + ben + "/matches?limit=100&minPosition="
                + hired).json())).contains(opening);
        Answer filled = hr.post("/api/v1/openings/" + opening + "/fill",
                "{\"filledOn\":\"%s\",\"employeeId\":\"%s\"}".formatted(clock.today(), ben)).ok();
        JsonNode profile = as(ben).get("/api/v1/employees/" + ben + "/career-capital?minPosition="
                + filled.position()).json();
        assertThat(profile.toString()).contains("Engineering Lead");
        JsonNode afterFill = panel.get("/api/v1/mobility/openings/" + opening + "/matches?minPosition="
                + filled.position()).json();
        assertThat(afterFill.get("filled").asBoolean()).isTrue();
        assertThat(openingIds(as(ben).get("/api/v1/mobility/employees/" + ben + "/matches?limit=100&minPosition="
                + filled.position()).json())).as("a filled opening is no longer offered").doesNotContain(opening);
        JsonNode metricsAfter = hr.get("/api/v1/metrics/talent?" + window + "&minPosition=" + filled.position()).json();
        JsonNode fillRate = metricsAfter.get("internalFillRate");
        assertThat(fillRate.get("suppressed").asBoolean()).isFalse();
        assertThat(fillRate.get("numerator").asLong())
                .isEqualTo(metricsBefore.get("internalFillRate").get("numerator").asLong() + 1);
        assertThat(fillRate.get("denominator").asLong())
                .isEqualTo(metricsBefore.get("internalFillRate").get("denominator").asLong() + 1);
        assertThat(metricsAfter.get("internalMobilityRate").get("numerator").asLong())
                .isEqualTo(metricsBefore.get("internalMobilityRate").get("numerator").asLong() + 1);
        assertThat(hr.post("/api/v1/openings/" + opening + "/fill",
                "{\"filledOn\":\"%s\"}".formatted(clock.today())).status()).isEqualTo(409);
    }

    /** A successor held below ready-now for over twelve months without progress is flagged; progress clears it. */
    @Test
    void aReadinessWithoutProgressForAYearIsStale() {
        Http hr = Http.at(port).as("HR-1", "HR");
        Catalogue.ensure(hr, systemsSkill, mentoringSkill);
        Http panel = Http.at(port).as("P-1", "PANEL");
        String person = "S-" + run;
        String slateRole = "R-STALE-" + run;
        register(hr, person, null);
        hr.post("/api/v1/roles", roleBody(slateRole, "Head of Platform", true)).ok();
        String nomination = "{\"employeeId\":\"%s\",\"readiness\":\"%s\",\"rationale\":\"%s\"}";
        panel.post("/api/v1/roles/" + slateRole + "/successors",
                nomination.formatted(person, "READY_1_2_YEARS", "promising")).ok();
        try {
            assertThat(Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"P400D\"}").status()).isEqualTo(200);
            Answer confirmed = panel.post("/api/v1/roles/" + slateRole + "/successors",
                    nomination.formatted(person, "READY_1_2_YEARS", "still promising")).ok();
            JsonNode stale = panel.get("/api/v1/succession/roles/" + slateRole + "?minPosition="
                    + confirmed.position()).json();
            assertThat(stale.get("slate").get(0).get("stale").asBoolean())
                    .as("a confirmation of the same readiness is not progress").isTrue();
            assertThat(stale.get("slate").get(0).get("rationale").asString()).isEqualTo("still promising");
            assertThat(stale.get("benchStrength").get("stale").asInt()).isEqualTo(1);

            Answer progressed = panel.post("/api/v1/roles/" + slateRole + "/successors",
                    nomination.formatted(person, "READY_NOW", "ready")).ok();
            JsonNode fresh = panel.get("/api/v1/succession/roles/" + slateRole + "?minPosition="
                    + progressed.position()).json();
            assertThat(fresh.get("slate").get(0).get("stale").asBoolean()).isFalse();
            assertThat(fresh.get("benchStrength").get("readyNow").asInt()).isEqualTo(1);
        } finally {
            clock.resetForTests();
        }
    }

    @Test
    void badInputIsAClearProblemAndWritesNothing() {
        Http hr = Http.at(port).as("HR-1", "HR");
        Catalogue.ensure(hr, systemsSkill, mentoringSkill);
        Http panel = Http.at(port).as("P-1", "PANEL");
        String person = "X-" + run;
        register(hr, person, null);
        String known = "R-KNOWN-" + run;
        hr.post("/api/v1/roles", roleBody(known, "Known", false)).ok();
        long before = events();

        assertProblem(hr.post("/api/v1/roles", """
                {"roleId":"R-BAD-%s","title":"Bad","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"x","requiredCapabilities":[{"capability":"mentoring","minLevel":7}]}""".formatted(run)),
                400, "invalid-request");
        assertProblem(hr.post("/api/v1/roles", roleBody(known, "Known again", false)), 409, "role-exists");
        assertProblem(hr.post("/api/v1/roles", """
                {"roleId":"R-DUP-%s","title":"Dup","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"x","requiredCapabilities":[{"capability":"mentoring","minLevel":2},
                 {"capability":"mentoring","minLevel":3}]}""".formatted(run)), 422, "duplicate-requirement");
        assertProblem(hr.post("/api/v1/roles/R-NONE-" + run + "/openings",
                "{\"openedOn\":\"2026-01-01\",\"internalOnly\":false}"), 404, "unknown-role");
        assertProblem(hr.post("/api/v1/openings/" + UUID.randomUUID() + "/fill",
                "{\"filledOn\":\"2026-01-01\"}"), 404, "unknown-opening");
        assertProblem(panel.post("/api/v1/roles/" + known + "/successors",
                "{\"employeeId\":\"%s\",\"readiness\":\"NOT_A_FIT\",\"rationale\":\"no\"}".formatted(person)),
                400, null);
        assertProblem(panel.post("/api/v1/roles/" + known + "/successors",
                "{\"employeeId\":\"NOBODY-%s\",\"readiness\":\"READY_NOW\",\"rationale\":\"x\"}".formatted(run)),
                404, "unknown-employee");
        assertProblem(panel.delete("/api/v1/roles/" + known + "/successors/" + person + "?reason=moved"), 404,
                "not-on-slate");
        assertProblem(panel.delete("/api/v1/roles/" + known + "/successors/" + person), 400, null);
        Answer internalOnly = hr.post("/api/v1/roles/" + known + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":true}".formatted(clock.today())).ok();
        long afterOpening = events();
        assertProblem(hr.post("/api/v1/openings/" + internalOnly.json().get("openingId").asString() + "/fill",
                "{\"filledOn\":\"%s\"}".formatted(clock.today())), 422, "internal-only");
        assertProblem(hr.post("/api/v1/openings/" + internalOnly.json().get("openingId").asString() + "/fill",
                "{\"filledOn\":\"%s\",\"employeeId\":\"%s\"}".formatted(clock.today().minusDays(1), person)), 422,
                "filled-before-opened");
        // The fill moves the person in its own transaction (FillPolicy): a move their record refuses refuses the fill.
        assertProblem(hr.post("/api/v1/openings/" + internalOnly.json().get("openingId").asString() + "/fill",
                "{\"filledOn\":\"%s\",\"employeeId\":\"%s\",\"moveType\":\"CROSS_FUNCTION\"}"
                        .formatted(clock.today(), person)), 422, "not-cross-function");

        assertThat(afterOpening).as("only the valid opening was appended").isEqualTo(before + 1);
        assertThat(events()).isEqualTo(afterOpening);
    }

    private void assertProblem(Answer answer, int status, String slug) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        if (slug != null) {
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:" + slug);
        }
    }

    private String roleBody(String id, String title, boolean critical) {
        return """
                {"roleId":"%s","title":"%s","function":"Engineering","level":"L6","critical":%s,
                 "roleFamily":"%s","requiredCapabilities":[{"capability":"%s","minLevel":4},
                 {"capability":"%s","minLevel":3}]}""".formatted(id, title, critical, family, systemsSkill,
                mentoringSkill);
    }

    private void register(Http hr, String id, String managerId) {
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(id, id,
                managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"")).ok();
    }

    private void capability(Http manager, String person, String capability, int level, int daysAgo) {
        LocalDate observed = clock.today().minusDays(daysAgo);
        manager.post("/api/v1/employees/" + person + "/capabilities", """
                {"capability":"%s","level":%d,"evidence":"%s shown at level %d","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, level, capability, level, observed)).ok();
    }

    private long consent(String person, boolean marketplace, boolean succession, String share) {
        return as(person).put("/api/v1/employees/" + person + "/consent",
                "{\"marketplaceVisible\":%s,\"successionDiscoverable\":%s,\"share\":[%s]}"
                        .formatted(marketplace, succession, share)).ok().position();
    }

    private Http as(String person) {
        return Http.at(port).as(person, "EMPLOYEE");
    }

    private long events() {
        return PeoplesEvents.count(jdbc);
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(node -> node.get("employeeId").asString()).toList();
    }

    private static List<String> openingIds(JsonNode employeeMatches) {
        return StreamSupport.stream(employeeMatches.get("matches").spliterator(), false)
                .map(node -> node.get("openingId").asString()).toList();
    }

    private static List<String> roleIds(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(node -> node.get("roleId").asString()).toList();
    }
}
