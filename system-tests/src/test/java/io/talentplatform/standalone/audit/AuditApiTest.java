package io.talentplatform.standalone.audit;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor reads one stream's events with who recorded each, by which request, with which service; pages
 * through it; and reads who read a person's data: every role's reads, including the auditor's own.
 */
@StandaloneTest
class AuditApiTest {

    @LocalServerPort
    int port;

    @Test
    void anEmployeesStreamShowsEachEventWithWhoWhenAndWhichRequest() {
        TestTeam team = TestTeam.register(port);
        String key = "aspiration-" + UUID.randomUUID();
        Answer stated = team.asEmployee().header("Idempotency-Key", key).post(person(team) + "/aspirations", """
                {"direction":"DOMAIN_DEPTH","targetRoleFamilies":["platform"],"horizonYears":2,
                 "narrative":"a private hope","shareDirection":true,"drawnTo":"hard problems",
                 "movingAwayFrom":"night shifts"}""");
        stated.ok();

        JsonNode page = auditor().get("/api/v1/audit/streams/employee/" + team.employee() + "/events").json();
        JsonNode events = page.get("events");
        assertThat(types(events)).containsExactly("EmployeeRegistered", "AspirationStated");
        JsonNode registered = events.get(0);
        assertThat(registered.get("sequenceNumber").asLong()).isZero();
        assertThat(registered.get("revision").asString()).isEqualTo("1");
        assertThat(registered.get("metadata").get("actor").asString()).isEqualTo("HR-1");
        assertThat(registered.get("metadata").get("actorRoles").asString()).isEqualTo("HR");
        assertThat(registered.get("metadata").get("service").asString()).isEqualTo("talent-platform");
        assertThat(registered.get("metadata").get("serviceVersion").asString()).isNotBlank();
        assertThat(registered.get("payload").get("displayName").asString()).isEqualTo("Person " + team.employee());
        JsonNode aspiration = events.get(1);
        assertThat(aspiration.get("globalPosition").asLong()).isEqualTo(stated.position())
                .isGreaterThan(registered.get("globalPosition").asLong());
        assertThat(aspiration.get("metadata").get("actor").asString()).isEqualTo(team.employee());
        assertThat(aspiration.get("metadata").get("requestId").asString()).isEqualTo(key);
        assertThat(aspiration.get("metadata").get("traceCorrelation").asString()).isNotBlank();
        assertThat(aspiration.get("payload").get("shareDirection").asBoolean()).isTrue();
        assertThat(aspiration.get("payload").has("narrative")).as("the narrative is the person's and manager's")
                .isFalse();
        assertThat(aspiration.get("payload").has("drawnTo")).as("so is what draws them").isFalse();
        assertThat(aspiration.get("payload").has("movingAwayFrom")).as("and what they leave").isFalse();
        assertThat(aspiration.get("revision").asString()).isEqualTo("2");
        assertThat(aspiration.get("payload").has("direction")).as("shared with panels by consent, not auditors")
                .isFalse();
        assertThat(page.get("nextSequence").isNull()).isTrue();

        JsonNode first = auditor().get("/api/v1/audit/streams/employee/" + team.employee() + "/events?limit=1")
                .json();
        assertThat(types(first.get("events"))).containsExactly("EmployeeRegistered");
        assertThat(first.get("nextSequence").asLong()).isEqualTo(1);
        JsonNode second = auditor().get("/api/v1/audit/streams/employee/" + team.employee()
                + "/events?limit=1&fromSequence=1").json();
        assertThat(types(second.get("events"))).containsExactly("AspirationStated");
        assertThat(second.get("nextSequence").isNull()).isTrue();
    }

    @Test
    void aContractStreamIsReadByItsIdAndUnknownStreamsAreNotFound() {
        TestTeam team = TestTeam.register(port);
        String contract = team.openContract();
        JsonNode events = auditor().get("/api/v1/audit/streams/contract/" + contract + "/events").json()
                .get("events");
        assertThat(types(events)).containsExactly("DevelopmentContractOpened");
        assertThat(events.get(0).get("metadata").get("actor").asString()).isEqualTo(team.manager());
        assertThat(events.get(0).get("payload").get("employeeId").asString()).isEqualTo(team.employee());
        assertThat(events.get(0).get("payload").has("goal")).isFalse();

        assertProblem(auditor().get("/api/v1/audit/streams/role/" + contract + "/events"), 404);
        assertProblem(auditor().get("/api/v1/audit/streams/employee/" + contract + "/events"), 404);
        assertProblem(auditor().get("/api/v1/audit/streams/payroll/" + team.employee() + "/events"), 404);
        Answer zero = auditor().get("/api/v1/audit/streams/employee/" + team.employee() + "/events?limit=0");
        assertProblem(zero, 400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertProblem(auditor().get("/api/v1/audit/access-log?subject=" + team.employee() + "&limit=1001"), 400);
    }

    @Test
    void theAccessLogRecordsReadsByEveryRoleIncludingTheAuditorsOwn() {
        TestTeam team = TestTeam.register(port);
        String person = team.employee();
        long position = team.settle();
        team.asEmployee().get(person(team) + "/career-capital?minPosition=" + position).ok();
        team.asManager().get(person(team) + "/career-capital?minPosition=" + position).ok();
        team.hr().get("/api/v1/mobility/employees/" + person + "/matches?minPosition=" + position).ok();
        String role = "R-" + UUID.randomUUID().toString().substring(0, 8);
        team.hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[{"capability":"mentoring","minLevel":3}]}"""
                .formatted(role)).ok();
        Http panel = Http.at(port).as("P-1", "PANEL");
        Answer nominated = panel.post("/api/v1/roles/" + role + "/successors",
                "{\"employeeId\":\"%s\",\"readiness\":\"READY_1_2_YEARS\",\"rationale\":\"led it\"}".formatted(person));
        nominated.ok();
        panel.get("/api/v1/succession/roles/" + role + "?minPosition=" + nominated.position()).ok();
        team.asManager().get("/api/v1/managers/" + team.manager() + "/follow-through?minPosition=" + position).ok();
        auditor().get("/api/v1/audit/streams/employee/" + person + "/events").ok();
        // A refused read is not a read: nothing is recorded for it.
        assertThat(team.asEmployee().get("/api/v1/employees/" + team.otherEmployee() + "/career-capital")
                .status()).isEqualTo(403);

        JsonNode log = auditor().get("/api/v1/audit/access-log?subject=" + person).json();
        List<String> readers = new ArrayList<>();
        log.get("entries").forEach(entry -> readers.add(entry.get("reader").asString() + " "
                + String.join(",", entry.get("readerRoles").valueStream().map(JsonNode::asString).toList()) + " "
                + entry.get("request").asString().replaceAll("\\?.*", "")));
        assertThat(readers).containsExactly(
                "A-1 AUDITOR GET /api/v1/audit/access-log",
                "A-1 AUDITOR GET /api/v1/audit/streams/employee/" + person + "/events",
                team.manager() + " MANAGER GET /api/v1/managers/" + team.manager() + "/follow-through",
                "P-1 PANEL GET /api/v1/succession/roles/" + role,
                "HR-1 HR GET /api/v1/mobility/employees/" + person + "/matches",
                team.manager() + " MANAGER GET /api/v1/employees/" + person + "/career-capital",
                person + " EMPLOYEE GET /api/v1/employees/" + person + "/career-capital");
        assertThat(auditor().get("/api/v1/audit/access-log?subject=" + team.otherEmployee()).json().get("entries")
                .size()).as("only the auditor's own read of the log").isEqualTo(1);

        JsonNode paged = auditor().get("/api/v1/audit/access-log?subject=" + person + "&limit=2").json();
        assertThat(paged.get("entries").size()).isEqualTo(2);
        JsonNode older = auditor().get("/api/v1/audit/access-log?subject=" + person + "&limit=100&before="
                + paged.get("before").asLong()).json();
        assertThat(older.get("entries").get(0).get("entry").asLong())
                .isLessThan(paged.get("entries").get(1).get("entry").asLong());
    }

    @Test
    void aPersonsHistoryIsEveryStreamAboutThemInTheOrderOfTheLog() {
        TestTeam team = TestTeam.register(port);
        String conversation = team.scheduleConversation();
        String contract = team.openContract();
        String role = "R-" + team.employee();
        team.hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[]}""".formatted(role)).ok();
        Http panel = Http.at(port).as("P-1", "PANEL");
        for (String person : List.of(team.employee(), team.otherEmployee())) {
            panel.post("/api/v1/roles/" + role + "/successors", """
                    {"employeeId":"%s","readiness":"READY_1_2_YEARS","rationale":"grows into it"}""".formatted(person))
                    .ok();
        }
        long removed = panel.delete("/api/v1/roles/" + role + "/successors/" + team.employee() + "?reason=moved")
                .ok().position();

        List<JsonNode> all = await().atMost(Duration.ofSeconds(20)).until(() -> history(team.employee(), 1000),
                events -> events.stream().anyMatch(event -> event.get("event").get("globalPosition").asLong() == removed));

        assertThat(all.stream().map(event -> event.get("stream").asString()).distinct())
                .containsExactlyInAnyOrder("employee", "conversation", "contract", "role");
        assertThat(all.stream().filter(event -> event.get("stream").asString().equals("conversation"))
                .map(event -> event.get("streamId").asString())).containsOnly(conversation);
        assertThat(all.stream().filter(event -> event.get("stream").asString().equals("contract"))
                .map(event -> event.get("streamId").asString())).containsOnly(contract);
        List<JsonNode> slate = all.stream().filter(event -> event.get("stream").asString().equals("role")).toList();
        assertThat(slate).extracting(event -> event.get("event").get("type").asString())
                .as("the role's definition and the other person's nomination are not about this person")
                .containsExactly("SuccessorNominated", "SuccessorRemoved");
        assertThat(slate).allSatisfy(event -> {
            assertThat(event.get("streamId").asString()).isEqualTo(role);
            assertThat(event.get("event").get("payload").get("employeeId").asString()).isEqualTo(team.employee());
        });
        List<Long> positions = all.stream().map(event -> event.get("event").get("globalPosition").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(0).get("event").get("type").asString()).isEqualTo("EmployeeRegistered");

        List<Long> paged = history(team.employee(), 2).stream()
                .map(event -> event.get("event").get("globalPosition").asLong()).toList();
        assertThat(paged).isEqualTo(positions);
        assertThat(auditor().get("/api/v1/audit/employees/E-nobody-" + team.employee() + "/history").status())
                .isEqualTo(404);
        assertThat(team.asManager().get("/api/v1/audit/employees/" + team.employee() + "/history").status())
                .isEqualTo(403);
        JsonNode log = auditor().get("/api/v1/audit/access-log?subject=" + team.employee()).json();
        assertThat(log.get("entries").valueStream().map(entry -> entry.get("request").asString()))
                .anyMatch(request -> request.contains("/history"));
    }

    /** Every event of the person's history, read {@code limit} at a time by following the cursor. */
    private List<JsonNode> history(String employeeId, int limit) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = auditor().get("/api/v1/audit/employees/" + employeeId + "/history?limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("events").valueStream().forEach(events::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return events;
    }

    private Http auditor() {
        return Http.at(port).as("A-1", "AUDITOR");
    }

    private static String person(TestTeam team) {
        return "/api/v1/employees/" + team.employee();
    }

    private static List<String> types(JsonNode events) {
        return events.valueStream().map(event -> event.get("type").asString()).toList();
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }
}
