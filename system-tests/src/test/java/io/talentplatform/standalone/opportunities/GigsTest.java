package io.talentplatform.standalone.opportunities;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.talentplatform.standalone.ProblemAnswers.assertProblem;
import static io.talentplatform.standalone.opportunities.Found.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gig over HTTP (issue 30, acceptance 1): posted; matched with a growth explanation (Ada wants what it develops,
 * her colleague only has what it needs); asked for by Ada; agreed by Grace, her manager; completed; and then it is
 * Ada's Human Capital evidence, and the decision maker it was done for has seen her work.
 */
@StandaloneTest
class GigsTest {

    @LocalServerPort
    int port;

    @Test
    void aGigIsPostedMatchedForGrowthAgreedByTheManagerAndCompletedAsEvidence() {
        TestTeam team = TestTeam.register(port);
        String ada = team.employee();
        String colleague = team.otherEmployee();
        String sponsor = team.otherManager();
        String run = ada.substring(2).toLowerCase();
        String needed = "gig-needed-" + run;
        String grown = "gig-grown-" + run;
        String family = "gig-managers-" + run;
        Http hr = team.hr();
        Http grace = team.asManager();
        Http adaHttp = team.asEmployee();
        Http colleagueHttp = Http.at(port).as(colleague, "EMPLOYEE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Catalogue.ensure(hr, needed, grown);
        // The roles Ada aims for ask for what the gig develops.
        hr.post("/api/v1/roles", """
                {"roleId":"R-GIG-%s","title":"Engineering Manager","function":"Engineering","level":"M1",
                 "critical":false,"roleFamily":"%s","requiredCapabilities":[{"capability":"%s","minLevel":3}]}"""
                .formatted(run, family, grown)).ok();
        for (String person : List.of(ada, colleague)) {
            Http manager = person.equals(ada) ? grace : Http.at(port).as(sponsor, "MANAGER");
            manager.post(person(person) + "/capabilities", """
                    {"capability":"%s","level":3,"evidence":"ran the release train","source":"REVIEW",
                     "observedOn":"%s"}""".formatted(needed, today.minusDays(20))).ok();
            Http.at(port).as(person, "EMPLOYEE").put(person(person) + "/consent", """
                    {"marketplaceVisible":true,"successionDiscoverable":false,"share":["CAPABILITIES","ASPIRATION"]}""")
                    .ok();
        }
        // A third person aims at the same family but keeps the direction to herself: no growth is read for her.
        String quiet = "Q-" + run;
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Quiet","jobTitle":"Engineer","level":"L4","function":"Engineering",
                 "managerId":"%s"}""".formatted(quiet, team.manager())).ok();
        grace.post(person(quiet) + "/capabilities", """
                {"capability":"%s","level":3,"evidence":"ran the release train","source":"REVIEW","observedOn":"%s"}"""
                .formatted(needed, today.minusDays(20))).ok();
        Http.at(port).as(quiet, "EMPLOYEE").put(person(quiet) + "/consent", """
                {"marketplaceVisible":true,"successionDiscoverable":false,"share":["CAPABILITIES","ASPIRATION"]}""").ok();
        Http.at(port).as(quiet, "EMPLOYEE").post(person(quiet) + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,
                 "narrative":"not yet said aloud","shareDirection":false}""".formatted(family)).ok();
        adaHttp.post(person(ada) + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,
                 "narrative":"I want to grow people","shareDirection":true}""".formatted(family)).ok();
        grace.post(person(ada) + "/signals", """
                {"decisionMakerId":"%s","aware":false,"basis":"has not seen her work"}""".formatted(sponsor)).ok();

        // Posted by HR or a manager, never an employee; a gig develops something and ends after it starts.
        String body = """
                {"kind":"GIG","title":"Run the onboarding guild","function":"Engineering","hoursPerWeek":6,
                 "startsOn":"%s","endsOn":"%s","requiredCapabilities":[{"capability":"%s","minLevel":2}],
                 "developsCapabilities":["%s"],"sponsorId":"%s"}""";
        assertProblem(adaHttp.post("/api/v1/openings", body.formatted(today.minusDays(1), today.plusDays(40), needed,
                grown, sponsor)), 403, null);
        assertProblem(hr.post("/api/v1/openings", body.formatted(today, today.minusDays(1), needed, grown, sponsor)),
                422, "ends-before-start");
        assertProblem(hr.post("/api/v1/openings", body.formatted(today, today.plusDays(1), needed,
                "no-such-capability-" + run, sponsor)), 422, null);
        Answer posted = hr.post("/api/v1/openings", body.formatted(today.minusDays(1), today.plusDays(40), needed,
                grown, sponsor)).ok();
        assertThat(posted.status()).isEqualTo(201);
        String gig = posted.json().get("openingId").asString();

        // Matched for growth: both hold what it needs, only Ada wants what it develops.
        JsonNode matches = hr.get("/api/v1/mobility/openings/" + gig + "/matches?minPosition=" + posted.position())
                .json();
        assertThat(matches.get("kind").asString()).isEqualTo("GIG");
        assertThat(matches.get("developsCapabilities").get(0).asString()).isEqualTo(grown);
        JsonNode adaMatch = in(matches, ada);
        JsonNode colleagueMatch = in(matches, colleague);
        assertThat(adaMatch.get("growth").get("grows").get(0).asString()).isEqualTo(grown);
        assertThat(adaMatch.get("growth").get("explanation").asString()).contains(grown);
        assertThat(adaMatch.get("inputs").get("aspiration").asDouble()).isEqualTo(1.0);
        assertThat(colleagueMatch.get("growth").get("grows")).isEmpty();
        assertThat(colleagueMatch.get("inputs").get("aspiration").asDouble()).isEqualTo(0.0);
        assertThat(adaMatch.get("rank").asInt()).isLessThan(colleagueMatch.get("rank").asInt());
        JsonNode quietMatch = in(matches, quiet);
        assertThat(quietMatch.get("growth").get("grows")).as("a direction kept to herself is not read").isEmpty();
        assertThat(quietMatch.get("inputs").get("aspiration").asDouble()).isEqualTo(0.0);
        assertThat(matches.toString()).doesNotContain("not yet said aloud");
        assertThat(adaMatch.get("score").asDouble()).isGreaterThan(colleagueMatch.get("score").asDouble());
        JsonNode own = adaHttp.get("/api/v1/mobility/employees/" + ada + "/matches?limit=100").json();
        JsonNode gigForAda = null;
        for (JsonNode match : own.get("matches")) {
            if (match.get("openingId").asString().equals(gig)) {
                gigForAda = match;
            }
        }
        assertThat(gigForAda).as("Ada's own matches list the gig").isNotNull();
        assertThat(gigForAda.get("kind").asString()).isEqualTo("GIG");
        assertThat(gigForAda.get("hoursPerWeek").asInt()).isEqualTo(6);
        assertThat(gigForAda.get("growth").get("grows").get(0).asString()).isEqualTo(grown);

        // HR keeps the ranking, as behind a shortlist: the recorded ranking explains growth as the live one did.
        Answer kept = hr.post("/api/v1/openings/" + gig + "/rankings", "{\"note\":\"guild shortlist\"}");
        assertThat(kept.status()).as(kept.body()).isEqualTo(202);
        JsonNode recorded = await().atMost(Duration.ofSeconds(30)).until(() -> {
            Answer answer = hr.get("/api/v1/mobility/openings/" + gig + "/matches?limit=100&asOf=" + Instant.now());
            return answer.status() == 200 ? answer.json() : null;
        }, Objects::nonNull);
        assertThat(recorded.get("developsCapabilities").get(0).asString()).isEqualTo(grown);
        assertThat(in(recorded, ada).get("growth").get("grows").get(0).asString()).isEqualTo(grown);
        assertThat(in(recorded, ada).get("growth").get("explanation").asString()).contains(grown);
        assertThat(in(recorded, colleague).get("growth").get("grows")).isEmpty();
        JsonNode ranking = hr.get("/api/v1/mobility/rankings/" + recorded.get("recorded").get("rankingId").asString())
                .json();
        assertThat(Found.entry(ranking.get("candidates"), "employeeId", ada).get("growth").get("grows").get(0)
                .asString()).isEqualTo(grown);

        // Ada asks; only she can, once.
        String apply = "/api/v1/openings/" + gig + "/applications";
        String asks = "{\"employeeId\":\"%s\",\"note\":\"I want to learn to grow people\"}".formatted(ada);
        assertProblem(grace.post(apply, asks), 403, null);
        assertProblem(colleagueHttp.post(apply, asks), 403, null);
        Answer applied = adaHttp.post(apply, asks).ok();
        assertThat(applied.status()).isEqualTo(201);
        assertProblem(adaHttp.post(apply, asks), 409, "already-applied");
        // The loop reaches Grace: her inbox asks her to give the time, with the work's title.
        JsonNode waiting = agreeItem(grace.get("/api/v1/me/inbox?limit=100&minPosition=" + applied.position()).json(),
                gig);
        assertThat(waiting).as("Grace's inbox asks her to agree").isNotNull();
        assertThat(waiting.get("employeeId").asString()).isEqualTo(ada);
        assertThat(waiting.get("text").asString()).isEqualTo("Run the onboarding guild");
        assertThat(agreeItem(adaHttp.get("/api/v1/me/inbox?limit=100").json(), gig)).isNull();

        // Only her current manager agrees, once; nothing is completed before it is agreed.
        String agree = apply + "/" + ada + "/agree";
        String complete = apply + "/" + ada + "/complete";
        String done = """
                {"completedOn":"%s","shown":[{"capability":"%s","level":2}],"evidence":"ran the onboarding guild"}""";
        assertProblem(Http.at(port).as(sponsor, "MANAGER").post(agree, "{}"), 403, null);
        assertProblem(adaHttp.post(agree, "{}"), 403, null);
        assertProblem(grace.post(complete, done.formatted(today, grown)), 422, "not-agreed");
        assertProblem(grace.post(apply + "/" + colleague + "/agree", "{}"), 403, null);
        Answer agreed = grace.post(agree, "{}").ok();
        assertThat(agreeItem(grace.get("/api/v1/me/inbox?limit=100&minPosition=" + agreed.position()).json(), gig))
                .as("agreed: the item is done").isNull();
        assertProblem(grace.post(agree, "{}"), 409, "already-agreed");
        // Its one seat is taken: it leaves the open openings, and nobody else asks.
        JsonNode gigs = adaHttp.get("/api/v1/openings?kind=GIG&status=FILLED&limit=200&minPosition="
                + agreed.position()).json();
        assertThat(ids(gigs.get("openings"))).contains(gig);
        assertProblem(colleagueHttp.post(apply, "{\"employeeId\":\"%s\"}".formatted(colleague)), 409,
                "opportunity-taken");
        // A vacancy is not applied for, and a gig is not filled.
        assertProblem(hr.post("/api/v1/openings/" + gig + "/fill",
                "{\"filledOn\":\"%s\",\"employeeId\":\"%s\"}".formatted(today, ada)), 422, "not-a-vacancy");

        // Completed: what was shown becomes evidence, and the sponsor has now seen the work.
        assertProblem(grace.post(complete, done.formatted(today, needed + "-other")), 422, null);
        assertProblem(grace.post(complete, done.formatted(today.minusDays(5), grown)), 422, "completed-before-start");
        Answer completed = grace.post(complete, done.formatted(today, grown)).ok();
        assertProblem(grace.post(complete, done.formatted(today, grown)), 409, "already-completed");
        JsonNode map = adaHttp.get(person(ada) + "/career-capital?minPosition=" + completed.position()).json();
        JsonNode capability = null;
        for (JsonNode held : map.get("capabilities")) {
            if (held.get("capability").asString().equals(grown)) {
                capability = held;
            }
        }
        assertThat(capability).as("the gig's evidence in Ada's map: " + map.get("capabilities")).isNotNull();
        assertThat(capability.get("level").asInt()).isEqualTo(2);
        assertThat(capability.get("evidence").get(0).get("source").asString()).isEqualTo("ASSIGNMENT");
        assertThat(capability.get("evidence").get(0).get("evidence").asString()).isEqualTo("ran the onboarding guild");
        assertThat(map.get("signaling").get("openGaps")).as("the gap towards the sponsor closed").isEmpty();
        assertThat(Found.ids(map.get("signaling").get("aware"), "decisionMakerId")).contains(sponsor);

        // The auditor reads the gig's taking in Ada's history, and not the colleague's.
        JsonNode history = Http.at(port).as("A-1", "AUDITOR").get("/api/v1/audit/employees/" + ada
                + "/history?limit=500&minPosition=" + completed.position()).json();
        List<String> types = new ArrayList<>();
        history.get("events").forEach(entry -> types.add(entry.get("stream").asString() + ":"
                + entry.get("event").get("type").asString()));
        assertThat(types).contains("opening:OpportunityApplied", "opening:OpportunityAgreed",
                "opening:OpportunityCompleted", "employee:CapabilityEvidenced");

        // The completed gig developed what the family's roles ask: a path into it. Once Ada consents to be asked as a
        // mentor, someone aiming at the family finds her by it.
        Answer mentoring = adaHttp.put(person(ada) + "/consent", """
                {"marketplaceVisible":true,"successionDiscoverable":false,
                 "share":["CAPABILITIES","ASPIRATION","MENTOR"]}""").ok();
        JsonNode mentors = Http.at(port).as(quiet, "EMPLOYEE").get(person(quiet) + "/mentors?roleFamily=" + family
                + "&minPosition=" + mentoring.position()).json().get("mentors");
        JsonNode adaAsMentor = null;
        for (JsonNode mentor : mentors) {
            if (mentor.get("employeeId").asString().equals(ada)) {
                adaAsMentor = mentor;
            }
        }
        assertThat(adaAsMentor).as("Ada among the mentors: " + mentors).isNotNull();
        assertThat(adaAsMentor.get("move").get("path").asString()).isEqualTo("GIG");
        assertThat(adaAsMentor.get("move").get("title").asString()).isEqualTo("Run the onboarding guild");
        assertThat(adaAsMentor.get("explanation").asString()).contains("completed the gig").contains(family);
    }

    private static JsonNode agreeItem(JsonNode inbox, String gig) {
        for (JsonNode item : inbox.get("items")) {
            if (item.get("kind").asString().equals("AGREE_OPPORTUNITY") && gig.equals(item.get("openingId").asString())) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode in(JsonNode matches, String employeeId) {
        return Found.entry(matches.get("matches"), "employeeId", employeeId);
    }

    private static List<String> ids(JsonNode openings) {
        return Found.ids(openings, "openingId");
    }
}
