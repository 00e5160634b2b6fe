package io.talentplatform.standalone.opportunities;

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
import java.util.List;

import static io.talentplatform.standalone.ProblemAnswers.assertProblem;
import static io.talentplatform.standalone.opportunities.Found.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor finder over HTTP (issue 30, acceptance 1), from SCENARIOS.md's history: Ada filled the Engineering
 * Manager opening (Q4, 15), Alan moved too but never consented to be found; Barbara, who wants to lead people, finds
 * Ada, and her request becomes Grace's introduction commitment in her development contract, due in two weeks.
 */
@StandaloneTest
class MentorFinderTest {

    @LocalServerPort
    int port;

    @Test
    void barbaraFindsAdaWhoMadeTheMoveAndHerRequestBecomesAnIntroductionCommitment() {
        TestTeam team = TestTeam.register(port);
        String ada = team.employee();
        String grace = team.manager();
        String run = ada.substring(2).toLowerCase();
        String alan = "ALAN-" + run;
        String barbara = "BARBARA-" + run;
        String family = "engineering-management-" + run;
        Http hr = team.hr();
        Http graceHttp = team.asManager();
        Http barbaraHttp = Http.at(port).as(barbara, "EMPLOYEE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String person : List.of(alan, barbara)) {
            hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"%s","jobTitle":"Engineer","level":"L4",
                     "function":"Engineering","managerId":"%s"}""".formatted(person, person, grace)).ok();
        }
        Catalogue.ensure(hr, "stakeholder-management", "people-development");
        hr.post("/api/v1/roles", """
                {"roleId":"R-EM-%s","title":"Engineering Manager %s","function":"Engineering","level":"M1",
                 "critical":false,"roleFamily":"%s","requiredCapabilities":[
                   {"capability":"stakeholder-management","minLevel":3},{"capability":"people-development","minLevel":2}]}"""
                .formatted(run, run, family)).ok();
        for (String person : List.of(ada, alan)) {
            String opening = hr.post("/api/v1/roles/R-EM-" + run + "/openings",
                    "{\"openedOn\":\"%s\",\"internalOnly\":true}".formatted(today.minusDays(41))).ok().json()
                    .get("openingId").asString();
            hr.post("/api/v1/openings/" + opening + "/fill", """
                    {"filledOn":"%s","employeeId":"%s","moveType":"PROMOTION"}""".formatted(today, person)).ok();
        }
        Answer consented = Http.at(port).as(ada, "EMPLOYEE").put("/api/v1/employees/" + ada + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[\"MENTOR\"]}").ok();
        Answer aimed = barbaraHttp.post(person(barbara) + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,
                 "narrative":"I want to lead a team","shareDirection":false}""".formatted(family)).ok();

        // Barbara's aspiration names the move: Ada made it and consented; Alan made it and did not.
        JsonNode found = barbaraHttp.get(person(barbara) + "/mentors?minPosition="
                + Math.max(consented.position(), aimed.position())).json();
        assertThat(found.get("roleFamily").asString()).isEqualTo(family);
        assertThat(ids(found.get("mentors"))).containsExactly(ada);
        JsonNode mentor = found.get("mentors").get(0);
        assertThat(mentor.get("move").get("path").asString()).isEqualTo("MOVE");
        assertThat(mentor.get("move").get("moveType").asString()).isEqualTo("PROMOTION");
        assertThat(mentor.get("move").get("fromFunction").asString()).isEqualTo("Engineering");
        assertThat(mentor.get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(mentor.get("recency").asDouble()).isEqualTo(1.0);
        assertThat(mentor.get("score").asDouble()).isEqualTo(1.0);
        assertThat(mentor.get("explanation").asString()).contains("Engineering Manager " + run)
                .contains("starting from Engineering as you do");
        // Her manager looks too; nobody else does; a family nobody moved into finds nobody.
        assertThat(ids(graceHttp.get(person(barbara) + "/mentors?roleFamily=" + family).json().get("mentors")))
                .containsExactly(ada);
        assertProblem(Http.at(port).as(alan, "EMPLOYEE").get(person(barbara) + "/mentors"), 403, null);
        assertProblem(Http.at(port).as(team.otherManager(), "MANAGER").get(person(barbara) + "/mentors"), 403,
                null);
        assertThat(barbaraHttp.get(person(barbara) + "/mentors?roleFamily=nobody-moved-" + run).json()
                .get("mentors")).isEmpty();
        assertProblem(graceHttp.get(person(alan) + "/mentors"), 422, "no-target-role-family");

        // A request needs a development contract to hold the commitment, and a mentor who consented.
        String request = "{\"mentorId\":\"%s\",\"roleFamily\":\"%s\",\"note\":\"How did the first year go?\"}";
        assertProblem(barbaraHttp.post(person(barbara) + "/mentor-requests", request.formatted(ada, family)), 422,
                "no-open-contract");
        String contract = graceHttp.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead a team within two years","evidenceOfSuccess":"runs the team's rituals",
                 "reviewCadence":"MONTHLY","nextReviewOn":"%s","openQuestions":[]}"""
                .formatted(barbara, today.plusDays(30))).ok().json().get("contractId").asString();
        assertProblem(barbaraHttp.post(person(barbara) + "/mentor-requests", request.formatted(alan, family)), 422,
                "not-a-mentor");
        assertProblem(graceHttp.post(person(barbara) + "/mentor-requests", request.formatted(ada, family)), 403,
                null);
        Answer requested = barbaraHttp.post(person(barbara) + "/mentor-requests", request.formatted(ada, family))
                .ok();
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().get("contractId").asString()).isEqualTo(contract);
        assertThat(requested.json().get("dueOn").asString()).isEqualTo(today.plusDays(14).toString());

        JsonNode commitments = barbaraHttp.get(person(barbara) + "/contract?minPosition=" + requested.position())
                .json().get("commitments");
        JsonNode introduction = null;
        for (JsonNode commitment : commitments) {
            if (commitment.get("commitmentId").asString().equals(requested.json().get("commitmentId").asString())) {
                introduction = commitment;
            }
        }
        assertThat(introduction).as("the introduction in Barbara's contract: " + commitments).isNotNull();
        assertThat(introduction.get("kind").asString()).isEqualTo("INTRODUCTION");
        assertThat(introduction.get("owner").asString()).isEqualTo("MANAGER");
        assertThat(introduction.get("dueOn").asString()).isEqualTo(today.plusDays(14).toString());
        assertThat(introduction.get("description").asString()).contains(ada).contains(family)
                .contains("How did the first year go?");
    }

    private static List<String> ids(JsonNode mentors) {
        return Found.ids(mentors, "employeeId");
    }
}
