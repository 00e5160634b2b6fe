package io.talentplatform.standalone.matching;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.OwnPlatform;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.talentplatform.standalone.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contestable matching (issue 29, acceptance 3): every recorded score recomputes exactly from the recorded inputs and
 * weights; a weight change is a versioned change, and a past ranking shows the weights and order of its moment; a
 * person sees their own place and disputes it. Its own platform: it changes the weights every match is scored with.
 */
@StandaloneTest
@OwnPlatform
class ContestableMatchingTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String manager = "M-" + run;

    @Test
    void everyRecordedScoreRecomputesExactlyFromItsInputsAndWeights() {
        Http hr = hr();
        List<String> skills = List.of("alpha-" + run, "beta-" + run, "gamma-" + run);
        Catalogue.ensure(hr, skills.toArray(String[]::new));
        register(manager, null);
        Random random = new Random(7);
        String family = "family-" + run;
        for (int i = 0; i < 100; i++) {
            String person = "P" + i + "-" + run;
            register(person, manager);
            List<String> held = new ArrayList<>(skills);
            java.util.Collections.shuffle(held, random);
            for (String skill : held.subList(0, 1 + random.nextInt(3))) {
                evidence(person, skill, 1 + random.nextInt(5), random.nextInt(1200));
            }
            boolean sharesReadiness = random.nextBoolean();
            consent(person, true, false, sharesReadiness ? "CAPABILITIES\",\"ASPIRATION\",\"READINESS"
                    : "CAPABILITIES\",\"ASPIRATION");
            if (random.nextBoolean()) {
                aspiration(person, family);
            }
            if (random.nextInt(3) == 0) {
                readiness(person, family, List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS", "NOT_A_FIT")
                        .get(random.nextInt(4)));
            }
            if (random.nextInt(4) == 0) {
                Http.at(port).as(manager, "MANAGER").post(person(person) + "/signals",
                        "{\"decisionMakerId\":\"D-" + run + "\",\"aware\":false,\"basis\":\"not seen\"}").ok();
            }
        }
        String role = role(family, "[{\"capability\":\"%s\",\"minLevel\":3},{\"capability\":\"%s\",\"minLevel\":2},"
                .formatted(skills.get(0), skills.get(1)) + "{\"capability\":\"%s\",\"minLevel\":4}]"
                .formatted(skills.get(2)));
        String opening = open(role);

        JsonNode recorded = recordRanking(opening, "shortlist agreed");

        JsonNode matches = recorded.get("matches");
        assertThat(matches.size()).as("everyone holds a required capability").isEqualTo(100);
        assertThat(recorded.get("recorded").get("cause").asString()).isEqualTo("REQUESTED");
        JsonNode weights = recorded.get("weights");
        assertThat(weights.get("version").asString()).isEqualTo(recorded.get("scoringVersion").asString());
        for (JsonNode match : matches) {
            JsonNode inputs = match.get("inputs");
            double sum = weights.get("capability").asDouble() * inputs.get("capability").asDouble()
                    + weights.get("recency").asDouble() * inputs.get("recency").asDouble()
                    + weights.get("aspiration").asDouble() * inputs.get("aspiration").asDouble()
                    + weights.get("readiness").asDouble() * inputs.get("readiness").asDouble()
                    + weights.get("advocacy").asDouble() * inputs.get("advocacy").asDouble();
            assertThat(match.get("score").asDouble()).as(match.toString())
                    .isEqualTo(Math.round(sum * 10_000) / 10_000.0);
            double fits = 0;
            for (JsonNode fit : match.get("capabilities")) {
                fits += switch (fit.get("fit").asString()) {
                    case "MET" -> 1.0;
                    case "SHORT" -> 1.0 / (fit.get("shortBy").asInt() + 1);
                    default -> 0.0;
                };
            }
            assertThat(inputs.get("capability").asDouble()).as("the capability input from the recorded fits")
                    .isEqualTo(Math.round(fits / 3 * 10_000) / 10_000.0);
        }
        JsonNode live = hr.get("/api/v1/mobility/openings/" + opening + "/matches?limit=100").json();
        assertThat(live.get("matches").valueStream().map(match -> match.get("employeeId").asString() + " "
                + match.get("score").asDouble()).toList())
                .as("the record is the live ranking of its moment")
                .isEqualTo(matches.valueStream().map(match -> match.get("employeeId").asString() + " "
                        + match.get("score").asDouble()).toList());
    }

    @Test
    void aPastRankingShowsTheWeightsAndOrderOfItsMomentAndAPersonDisputesTheirPlace() {
        Http hr = hr();
        String skillA = "first-" + run;
        String skillB = "second-" + run;
        Catalogue.ensure(hr, skillA, skillB);
        register(manager, null);
        String family = "leads-" + run;
        String fresh = "FRESH-" + run;     // fresh evidence, no readiness
        String ready = "READY-" + run;     // old evidence, ready now
        for (String person : List.of(fresh, ready)) {
            register(person, manager);
            consent(person, true, true, "CAPABILITIES\",\"ASPIRATION\",\"READINESS");
            aspiration(person, family);
        }
        evidence(fresh, skillA, 5, 10);
        evidence(fresh, skillB, 2, 10);
        evidence(ready, skillA, 3, 730);
        evidence(ready, skillB, 2, 730);
        readiness(ready, family, "READY_NOW");
        String role = role(family, "[{\"capability\":\"%s\",\"minLevel\":3},{\"capability\":\"%s\",\"minLevel\":3}]"
                .formatted(skillA, skillB));
        String opening = open(role);

        JsonNode before = recordRanking(opening, "first shortlist");
        assertThat(ids(before)).containsExactly(ready, fresh);

        Answer changed = hr.post("/api/v1/matching/weights", """
                {"version":"recency-%s","capability":0.55,"recency":0.25,"aspiration":0.15,"readiness":0.0,
                 "advocacy":0.05,"reason":"readiness is assessed unevenly across teams"}""".formatted(run));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        assertProblem(hr.post("/api/v1/matching/weights", """
                {"version":"recency-%s","capability":0.5,"recency":0.3,"aspiration":0.15,"readiness":0.0,
                 "advocacy":0.05,"reason":"again"}""".formatted(run)), 409, "version-used");
        assertProblem(hr.post("/api/v1/matching/weights", """
                {"version":"heavy-%s","capability":0.9,"recency":0.3,"aspiration":0.15,"readiness":0.0,
                 "advocacy":0.05,"reason":"too much"}""".formatted(run)), 422, "weights-sum");
        assertThat(Http.at(port).as("P-1", "PANEL").post("/api/v1/matching/weights", """
                {"version":"panel-%s","capability":0.55,"recency":0.25,"aspiration":0.15,"readiness":0.0,
                 "advocacy":0.05,"reason":"mine"}""".formatted(run)).status()).isEqualTo(403);
        JsonNode history = Http.at(port).as(fresh, "EMPLOYEE").get("/api/v1/matching/weights?minPosition="
                + changed.position()).json();
        assertThat(history.get("current").get("version").asString()).isEqualTo("recency-" + run);
        assertThat(history.get("history").valueStream().map(version -> version.get("weights").get("version")
                .asString())).containsExactly("match-v1", "recency-" + run);
        assertThat(history.get("history").get(1).get("reason").asString()).startsWith("readiness is assessed");

        JsonNode after = recordRanking(opening, "shortlist after the change");
        assertThat(ids(after)).containsExactly(fresh, ready);
        assertThat(after.get("scoringVersion").asString()).isEqualTo("recency-" + run);

        String opened = "/api/v1/mobility/openings/" + opening + "/matches?asOf=";
        JsonNode asOfBefore = hr.get(opened + before.get("recorded").get("recordedAt").asString()).json();
        assertThat(asOfBefore.get("scoringVersion").asString()).isEqualTo("match-v1");
        assertThat(ids(asOfBefore)).containsExactly(ready, fresh);
        JsonNode asOfAfter = hr.get(opened + after.get("recorded").get("recordedAt").asString()).json();
        assertThat(ids(asOfAfter)).containsExactly(fresh, ready);
        assertThat(hr.get(opened + TODAY).json().get("recorded").get("rankingId").asString())
                .as("a day means its end").isEqualTo(after.get("recorded").get("rankingId").asString());
        assertProblem(hr.get(opened + "2000-01-01"), 404, "no-recorded-ranking");
        assertProblem(hr.get(opened + "yesterday"), 422, "bad-as-of");
        assertThat(Http.at(port).as(fresh, "EMPLOYEE").get(opened + TODAY).status()).isEqualTo(403);

        // The slate decision records the discovered candidates behind it.
        Answer decided = Http.at(port).as("P-1", "PANEL").post("/api/v1/roles/" + role + "/slate-decisions",
                "{\"note\":\"talent review of the quarter\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(202);

        // The person sees their own places, not the others', and disputes one.
        Http readyHttp = Http.at(port).as(ready, "EMPLOYEE");
        JsonNode places = await().atMost(Duration.ofSeconds(30)).until(() -> readyHttp.get("/api/v1/mobility/employees/"
                + ready + "/rankings").json(), answer -> answer.get("rankings").size() == 3);
        assertThat(places.get("rankings").valueStream().map(place -> place.get("ranking").get("cause").asString()))
                .containsExactly("SLATE_DECIDED", "REQUESTED", "REQUESTED");
        JsonNode latest = places.get("rankings").get(1);
        assertThat(latest.get("rank").asInt()).isEqualTo(2);
        assertThat(latest.get("ranking").get("weights").get("version").asString()).isEqualTo("recency-" + run);
        assertThat(latest.get("ranking").get("candidates").asInt()).isEqualTo(2);
        assertThat(latest.toString()).as("not the other candidates").doesNotContain(fresh);
        assertThat(latest.get("capabilities").get(0).get("explanation").asString()).isNotBlank();
        String rankingId = latest.get("ranking").get("rankingId").asString();
        String disputes = "/api/v1/mobility/rankings/" + rankingId + "/disputes";
        Answer disputed = readyHttp.post(disputes, "{\"reason\":\"my readiness was set aside\"}");
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        assertProblem(readyHttp.post(disputes, "{\"reason\":\"again\"}"), 409, "already-disputed");
        register("OUT-" + run, manager);
        assertProblem(Http.at(port).as("OUT-" + run, "EMPLOYEE").post(disputes, "{\"reason\":\"me too\"}"), 403,
                null);
        assertProblem(readyHttp.post("/api/v1/mobility/rankings/" + UUID.randomUUID() + "/disputes",
                "{\"reason\":\"?\"}"), 404, "unknown-ranking");
        JsonNode mine = readyHttp.get("/api/v1/mobility/employees/" + ready + "/rankings?minPosition="
                + disputed.position()).json().get("rankings").get(1);
        assertThat(mine.get("dispute").get("reason").asString()).isEqualTo("my readiness was set aside");
        assertThat(Http.at(port).as(fresh, "EMPLOYEE").get("/api/v1/mobility/employees/" + ready + "/rankings")
                .status()).isEqualTo(403);
        JsonNode whole = hr.get("/api/v1/mobility/rankings/" + rankingId).json();
        JsonNode readyEntry = whole.get("candidates").valueStream()
                .filter(candidate -> candidate.get("employeeId").asString().equals(ready)).findFirst().orElseThrow();
        assertThat(readyEntry.get("disputed").asBoolean()).isTrue();
        assertThat(whole.toString()).as("HR sees that it is disputed, not why").doesNotContain("set aside");

        // Filling the opening records the ranking behind the fill.
        hr.post("/api/v1/openings/" + opening + "/fill", "{\"filledOn\":\"%s\",\"employeeId\":\"%s\"}"
                .formatted(TODAY, fresh)).ok();
        JsonNode filled = await().atMost(Duration.ofSeconds(30)).until(() -> hr.get(opened
                + java.time.Instant.now()).json(), answer -> answer.has("recorded")
                && answer.get("recorded").get("cause").asString().equals("OPENING_FILLED"));
        assertThat(ids(filled)).containsExactly(fresh, ready);
    }

    /** Asks for the opening's ranking to be kept, and waits until it is recorded: the past ranking it answers. */
    private JsonNode recordRanking(String opening, String note) {
        String matches = "/api/v1/mobility/openings/" + opening + "/matches?limit=100&asOf=";
        String earlier = hr().get(matches + java.time.Instant.now()).status() == 200
                ? hr().get(matches + java.time.Instant.now()).json().get("recorded").get("rankingId").asString()
                : null;
        Answer asked = hr().post("/api/v1/openings/" + opening + "/rankings", "{\"note\":\"" + note + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Answer answer = hr().get(matches + java.time.Instant.now());
            return answer.status() == 200 ? answer.json() : null;
        }, answer -> answer != null && !answer.get("recorded").get("rankingId").asString().equals(earlier));
    }

    private static List<String> ids(JsonNode matches) {
        return matches.get("matches").valueStream().map(match -> match.get("employeeId").asString()).toList();
    }

    private String role(String family, String requirements) {
        String role = "R-" + run + "-" + family.hashCode();
        hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"%s","requiredCapabilities":%s}""".formatted(role, family, requirements)).ok();
        return role;
    }

    private String open(String role) {
        return hr().post("/api/v1/roles/" + role + "/openings", "{\"openedOn\":\"%s\",\"internalOnly\":false}"
                .formatted(TODAY.minusDays(5))).ok().json().get("openingId").asString();
    }

    private void register(String id, String managerId) {
        hr().post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"Engineer","level":"L4","function":"Engineering"%s}"""
                .formatted(id, id, managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"")).ok();
    }

    private void evidence(String person, String skill, int level, int daysAgo) {
        Http.at(port).as(manager, "MANAGER").post(person(person) + "/capabilities", """
                {"capability":"%s","level":%d,"evidence":"seen","source":"REVIEW","observedOn":"%s"}"""
                .formatted(skill, level, TODAY.minusDays(daysAgo))).ok();
    }

    private void consent(String person, boolean marketplace, boolean succession, String shares) {
        Http.at(port).as(person, "EMPLOYEE").put(person(person) + "/consent", """
                {"marketplaceVisible":%s,"successionDiscoverable":%s,"share":["%s"]}"""
                .formatted(marketplace, succession, shares)).ok();
    }

    private void aspiration(String person, String family) {
        Http.at(port).as(person, "EMPLOYEE").post(person(person) + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,"narrative":"lead",
                 "shareDirection":true}""".formatted(family)).ok();
    }

    private void readiness(String person, String family, String readiness) {
        Http.at(port).as(manager, "MANAGER").post(person(person) + "/readiness", """
                {"roleFamily":"%s","readiness":"%s","rationale":"seen over the year"}""".formatted(family, readiness))
                .ok();
    }

    private Http hr() {
        return Http.at(port).as("HR-1", "HR");
    }

    private static String person(String id) {
        return "/api/v1/employees/" + id;
    }

}
