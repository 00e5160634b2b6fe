package io.talentplatform.standalone.careercapital;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's gaps against a target role family: the family's requirements against their latest evidence, ranked,
 * with what would close each; for the person and their manager only.
 */
@StandaloneTest
class GapsApiTest {

    @LocalServerPort
    int port;

    @Test
    void eachRequiredCapabilityIsRankedByItsGapWithEvidenceAgeAndWhatWouldCloseIt() {
        TestTeam team = TestTeam.register(port);
        String family = "gap-family-" + team.employee().substring(2).toLowerCase();
        role(team, "R-A-" + team.employee(), family, """
                [{"capability":"distributed-systems","minLevel":4},{"capability":"mentoring","minLevel":3}]""");
        role(team, "R-B-" + team.employee(), family, """
                [{"capability":"distributed-systems","minLevel":3},{"capability":"api-design","minLevel":2}]""");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        evidence(team, "distributed-systems", 2, today.minusDays(10));
        long position = evidence(team, "mentoring", 3, today.minusDays(400));

        JsonNode gaps = team.asEmployee().get("/api/v1/employees/" + team.employee() + "/gaps?roleFamily=" + family
                + "&minPosition=" + position).json();

        assertThat(gaps.get("roleFamily").asString()).isEqualTo(family);
        assertThat(gaps.get("rolesInFamily").asInt()).isEqualTo(2);
        List<JsonNode> ranked = gaps.get("capabilities").valueStream().toList();
        assertThat(ranked).extracting(gap -> gap.get("capability").asString())
                .containsExactly("distributed-systems", "api-design", "mentoring");
        JsonNode systems = ranked.get(0);
        assertThat(systems.get("requiredLevel").asInt()).isEqualTo(4);
        assertThat(systems.get("rolesRequiring").asInt()).isEqualTo(2);
        assertThat(systems.get("heldLevel").asInt()).isEqualTo(2);
        assertThat(systems.get("gap").asInt()).isEqualTo(2);
        assertThat(systems.get("evidenceAgeDays").asLong()).isEqualTo(10);
        assertThat(systems.get("close").get("action").asString()).isEqualTo("RAISE");
        JsonNode api = ranked.get(1);
        assertThat(api.get("heldLevel").asInt()).isZero();
        assertThat(api.get("lastObservedOn").isNull()).isTrue();
        assertThat(api.get("close").get("action").asString()).isEqualTo("GAIN");
        assertThat(api.get("close").get("commitmentKind").asString()).isEqualTo("STRETCH_ASSIGNMENT");
        JsonNode mentoring = ranked.get(2);
        assertThat(mentoring.get("gap").asInt()).isZero();
        assertThat(mentoring.get("stale").asBoolean()).isTrue();
        assertThat(mentoring.get("close").get("action").asString()).isEqualTo("REFRESH");
        assertThat(mentoring.get("close").get("commitmentKind").asString()).isEqualTo("FEEDBACK");

        assertThat(team.asManager().get("/api/v1/employees/" + team.employee() + "/gaps?roleFamily=" + family)
                .status()).isEqualTo(200);
        for (Http other : List.of(Http.at(port).as(team.otherEmployee(), "EMPLOYEE"),
                Http.at(port).as(team.otherManager(), "MANAGER"), team.hr())) {
            assertThat(other.get("/api/v1/employees/" + team.employee() + "/gaps?roleFamily=" + family).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void withoutAFamilyTheAspirationsFirstTargetIsComparedAndWithoutEitherTheAnswerSaysWhatIsMissing() {
        TestTeam team = TestTeam.register(port);
        String family = "aimed-at-" + team.employee().substring(2).toLowerCase();
        long defined = role(team, "R-C-" + team.employee(), family, """
                [{"capability":"stakeholder-management","minLevel":3}]""");

        Answer none = team.asEmployee().get("/api/v1/employees/" + team.employee() + "/gaps?minPosition=" + defined);
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("type").asString()).endsWith("no-target-role-family");

        long stated = team.asEmployee().post("/api/v1/employees/" + team.employee() + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["%s"],"horizonYears":2,
                 "narrative":"lead a team","shareDirection":false,"drawnTo":"growing people",
                 "movingAwayFrom":"  "}""".formatted(family)).ok().position();
        JsonNode aspiration = team.asManager().get("/api/v1/employees/" + team.employee()
                + "/career-capital?minPosition=" + stated).json().get("aspiration");
        assertThat(aspiration.get("drawnTo").asString()).as("what draws them, for their manager too")
                .isEqualTo("growing people");
        assertThat(aspiration.get("movingAwayFrom").isNull()).as("a blank says nothing").isTrue();
        JsonNode gaps = team.asEmployee().get("/api/v1/employees/" + team.employee() + "/gaps?minPosition=" + stated)
                .json();
        assertThat(gaps.get("roleFamily").asString()).isEqualTo(family);
        assertThat(gaps.get("capabilities").get(0).get("capability").asString()).isEqualTo("stakeholder-management");
        assertThat(team.asEmployee().get("/api/v1/employees/E-nobody-" + team.employee() + "/gaps").status())
                .isEqualTo(404);
    }

    private long role(TestTeam team, String roleId, String family, String requirements) {
        return team.hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":false,
                 "roleFamily":"%s","requiredCapabilities":%s}""".formatted(roleId, family, requirements)).ok()
                .position();
    }

    private long evidence(TestTeam team, String capability, int level, LocalDate observedOn) {
        return team.asManager().post("/api/v1/employees/" + team.employee() + "/capabilities", """
                {"capability":"%s","level":%d,"evidence":"seen in the work","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, level, observedOn)).ok().position();
    }
}
