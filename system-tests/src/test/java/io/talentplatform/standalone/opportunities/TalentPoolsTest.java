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
import java.util.ArrayList;
import java.util.List;

import static io.talentplatform.standalone.ProblemAnswers.assertProblem;
import static io.talentplatform.standalone.opportunities.Found.ids;
import static io.talentplatform.standalone.opportunities.Found.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named talent pools over HTTP (issue 30, acceptance 1): a pool by rule takes a person in as their capabilities and
 * consent change and lets them go at once when they withdraw consent; a nomination stays; the person sees the pools
 * they are in unless a pool is confidential; a role draws its discovery from a pool.
 */
@StandaloneTest
class TalentPoolsTest {

    @LocalServerPort
    int port;

    @Test
    void aPoolByRuleFollowsCapabilitiesAndConsentAndFeedsSuccession() {
        TestTeam team = TestTeam.register(port);
        String ada = team.employee();
        String nominee = team.otherEmployee();
        String run = ada.substring(2).toLowerCase();
        String skill = "pool-skill-" + run;
        String family = "pool-managers-" + run;
        String poolId = "future-managers-" + run;
        String secret = "secret-successors-" + run;
        Http hr = team.hr();
        Http panel = Http.at(port).as("P-1", "PANEL");
        Http grace = team.asManager();
        Http adaHttp = team.asEmployee();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Catalogue.ensure(hr, skill);

        String pool = """
                {"poolId":"%s","name":"Future engineering managers","confidential":%s,"roleFamily":"%s",
                 "rule":{"capabilities":[{"capability":"%s","minLevel":3}],"directions":["PEOPLE_LEADERSHIP"],
                         "functions":["Engineering"]}}""";
        assertProblem(panel.post("/api/v1/talent-pools", pool.formatted(poolId, false, family, skill)), 403, null);
        assertProblem(hr.post("/api/v1/talent-pools", """
                {"poolId":"%s","name":"Everyone","confidential":false,"rule":{"capabilities":[]}}""".formatted(poolId)),
                422, "empty-rule");
        Answer created = hr.post("/api/v1/talent-pools", pool.formatted(poolId, false, family, skill)).ok();
        assertThat(created.status()).isEqualTo(201);
        assertProblem(hr.post("/api/v1/talent-pools", pool.formatted(poolId, false, family, skill)), 409,
                "pool-exists");
        hr.post("/api/v1/talent-pools", pool.formatted(secret, true, family, skill)).ok();
        assertProblem(hr.get("/api/v1/talent-pools/no-such-pool-" + run), 404, "unknown-talent-pool");

        // Ada consents and states the direction, but is one level short: not in it.
        adaHttp.put(person(ada) + "/consent", """
                {"marketplaceVisible":false,"successionDiscoverable":true,
                 "share":["CAPABILITIES","ASPIRATION","READINESS"]}""").ok();
        adaHttp.post(person(ada) + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,"narrative":"grow people",
                 "shareDirection":true}""".formatted(family)).ok();
        Answer short1 = grace.post(person(ada) + "/capabilities", """
                {"capability":"%s","level":2,"evidence":"coached one","source":"REVIEW","observedOn":"%s"}"""
                .formatted(skill, today.minusDays(10))).ok();
        assertThat(members(hr, poolId, short1.position())).doesNotContain(ada);

        // Her capability grows: the rule finds her.
        Answer grown = grace.post(person(ada) + "/capabilities", """
                {"capability":"%s","level":3,"evidence":"coached three","source":"REVIEW","observedOn":"%s"}"""
                .formatted(skill, today.minusDays(1))).ok();
        Answer assessed = grace.post(person(ada) + "/readiness", """
                {"roleFamily":"%s","readiness":"READY_1_2_YEARS","rationale":"runs the team's rituals"}"""
                .formatted(family)).ok();
        JsonNode view = hr.get("/api/v1/talent-pools/" + poolId + "?minPosition="
                + Math.max(grown.position(), assessed.position())).json();
        assertThat(member(view, ada).get("by").asString()).isEqualTo("RULE");
        assertThat(member(view, ada).get("readiness").asString()).isEqualTo("READY_1_2_YEARS");
        assertThat(view.get("benchStrength").get("readyIn1To2Years").asInt()).isEqualTo(1);
        assertThat(view.get("benchStrength").get("strength").asInt()).isEqualTo(1);

        // A panel nominates a colleague, who needs no rule; their reason is the panel's, not theirs.
        Answer nominated = panel.post("/api/v1/talent-pools/" + poolId + "/members",
                "{\"employeeId\":\"%s\",\"reason\":\"steadies every incident\"}".formatted(nominee)).ok();
        assertProblem(panel.post("/api/v1/talent-pools/" + poolId + "/members",
                "{\"employeeId\":\"%s\",\"reason\":\"again\"}".formatted(nominee)), 409, "already-member");
        assertProblem(adaHttp.post("/api/v1/talent-pools/" + poolId + "/members",
                "{\"employeeId\":\"%s\",\"reason\":\"me\"}".formatted(ada)), 403, null);
        view = hr.get("/api/v1/talent-pools/" + poolId + "?minPosition=" + nominated.position()).json();
        assertThat(member(view, nominee).get("by").asString()).isEqualTo("NOMINATION");
        assertThat(member(view, nominee).get("reason").asString()).isEqualTo("steadies every incident");
        assertThat(view.get("benchStrength").get("members").asInt()).isEqualTo(2);
        assertThat(view.get("benchStrength").get("notAssessed").asInt()).isEqualTo(1);
        long secretlyNominated = hr.post("/api/v1/talent-pools/" + secret + "/members",
                "{\"employeeId\":\"%s\",\"reason\":\"quiet plan\"}".formatted(ada)).ok().position();

        // Ada sees the pool she is in, not the confidential one; HR sees both; nobody else reads hers.
        JsonNode hers = adaHttp.get(person(ada) + "/talent-pools?minPosition=" + nominated.position()).json();
        assertThat(ids(hers.get("pools"), "poolId")).containsExactly(poolId);
        assertThat(hers.toString()).doesNotContain("quiet plan").doesNotContain(secret);
        Answer hrReads = hr.get(person(ada) + "/talent-pools");
        assertThat(ids(hrReads.json().get("pools"), "poolId")).contains(poolId, secret);
        assertProblem(Http.at(port).as(nominee, "EMPLOYEE").get(person(ada) + "/talent-pools"), 403, null);
        assertProblem(grace.get(person(ada) + "/talent-pools"), 403, null);

        // The nomination to the confidential pool is in Ada's record: an auditor reads it in her history.
        JsonNode history = Http.at(port).as("A-1", "AUDITOR").get("/api/v1/audit/employees/" + ada
                + "/history?limit=500&minPosition=" + secretlyNominated).json();
        List<String> types = new ArrayList<>();
        history.get("events").forEach(entry -> types.add(entry.get("stream").asString() + ":"
                + entry.get("event").get("type").asString()));
        assertThat(types).contains("talent-pool:TalentPoolMemberNominated");
        assertThat(history.toString()).contains(secret).contains("quiet plan");

        // The role draws its discovery from the pool: both are weighed for it beside the discovered.
        String role = "R-POOL-" + run;
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Engineering Manager","function":"Engineering","level":"M1","critical":true,
                 "roleFamily":"%s","requiredCapabilities":[{"capability":"%s","minLevel":3}]}"""
                .formatted(role, family, skill)).ok();
        assertProblem(hr.put("/api/v1/roles/" + role + "/talent-pool", "{\"poolId\":\"nope-" + run + "\"}"), 404,
                "unknown-talent-pool");
        Answer drawn = hr.put("/api/v1/roles/" + role + "/talent-pool", "{\"poolId\":\"%s\"}".formatted(poolId)).ok();
        JsonNode succession = panel.get("/api/v1/succession/roles/" + role + "?minPosition=" + drawn.position())
                .json();
        assertThat(succession.get("fromPool").get("poolId").asString()).isEqualTo(poolId);
        assertThat(ids(succession.get("fromPool").get("candidates"), "employeeId")).contains(ada);

        // Ada withdraws consent: out of the rule's members at once, and out of the role's pool candidates.
        Answer withdrawn = adaHttp.put(person(ada) + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[]}").ok();
        assertThat(members(hr, poolId, withdrawn.position())).containsExactly(nominee);
        JsonNode after = panel.get("/api/v1/succession/roles/" + role + "?minPosition=" + withdrawn.position())
                .json();
        assertThat(ids(after.get("fromPool").get("candidates"), "employeeId")).doesNotContain(ada);
        assertThat(ids(adaHttp.get(person(ada) + "/talent-pools").json().get("pools"), "poolId"))
                .doesNotContain(poolId);

        // A nomination leaves only when removed, with a reason.
        assertProblem(panel.delete("/api/v1/talent-pools/" + poolId + "/members/" + ada + "?reason=never"), 404,
                "not-a-member");
        Answer removed = panel.delete("/api/v1/talent-pools/" + poolId + "/members/" + nominee
                + "?reason=moved%20to%20another%20team").ok();
        assertThat(members(hr, poolId, removed.position())).isEmpty();
    }

    private static List<String> members(Http hr, String poolId, long position) {
        return ids(hr.get("/api/v1/talent-pools/" + poolId + "?minPosition=" + position).json().get("members"),
                "employeeId");
    }

    private static JsonNode member(JsonNode view, String employeeId) {
        return Found.entry(view.get("members"), "employeeId", employeeId);
    }
}
