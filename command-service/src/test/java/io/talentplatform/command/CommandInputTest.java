package io.talentplatform.command;

import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every person and conversation command: malformed, missing, unknown enum, out of range, dates in the
 * wrong place. Each is refused with problem+json and appends nothing. And every command is idempotent by key.
 */
@CommandServiceTest
class CommandInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestTeam team;
    private Http hr;
    private Http manager;
    private String person;

    @BeforeEach
    void setUp() {
        team = TestTeam.register(port);
        hr = team.hr();
        manager = team.asManager();
        person = "/api/v1/employees/" + team.employee();
    }

    @Test
    void managerChange() {
        String path = person + "/manager";
        refused(() -> hr.post(path, "{\"managerId\":"), 400, "malformed-json");
        refused(() -> hr.post(path, "{\"effectiveOn\":\"2026-07-01\"}"), 400, "invalid-request");
        refused(() -> hr.post(path, "{\"managerId\":\"%s\",\"effectiveOn\":\"July\"}".formatted(team.otherManager())),
                400, "invalid-request");
        refused(() -> hr.post(path, "{\"managerId\":\"M-nobody\",\"effectiveOn\":\"2026-07-01\"}"), 422,
                "unknown-manager");
        refused(() -> hr.post(path, "{\"managerId\":\"%s\",\"effectiveOn\":\"2026-07-01\"}"
                .formatted(team.employee())), 422, "own-manager");
        idempotent(hr, path, "{\"managerId\":\"%s\",\"effectiveOn\":\"2026-07-01\"}".formatted(team.otherManager()),
                "{\"managerId\":\"%s\",\"effectiveOn\":\"2026-07-02\"}".formatted(team.otherManager()));
    }

    @Test
    void move() {
        String path = person + "/moves";
        String valid = """
                {"jobTitle":"Senior Engineer","level":"L5","function":"Engineering","moveType":"PROMOTION",
                 "effectiveOn":"2026-10-01"}""";
        refused(() -> hr.post(path, valid.replace("PROMOTION", "DEMOTION")), 400, "invalid-request");
        refused(() -> hr.post(path, valid.replace("\"jobTitle\":\"Senior Engineer\",", "")), 400, "invalid-request");
        refused(() -> hr.post(path, valid.replace("PROMOTION", "CROSS_FUNCTION")), 422, "not-cross-function");
        idempotent(hr, path, valid, valid.replace("L5", "L6"));
    }

    @Test
    void departure() {
        String path = person + "/departure";
        refused(() -> hr.post(path, "{\"effectiveOn\":\"2026-12-01\",\"reason\":\"VOLUNTARY\"}"), 400,
                "invalid-request");
        refused(() -> hr.post(path, "{\"effectiveOn\":\"2026-12-01\",\"reason\":\"BORED\",\"regretted\":true}"), 400,
                "invalid-request");
        refused(() -> hr.post(path, "{\"effectiveOn\":\"2026-12-01\",\"reason\":\"VOLUNTARY\",\"regretted\":\"yes\"}"),
                400, "invalid-request");
        String valid = "{\"effectiveOn\":\"2026-12-01\",\"reason\":\"VOLUNTARY\",\"regretted\":true}";
        idempotent(hr, path, valid, valid.replace("true", "false"));
        refused(() -> hr.post(path, valid), 409, "employee-departed");
    }

    @Test
    void relationship() {
        String path = person + "/relationships";
        String valid = """
                {"counterpartName":"Linus","counterpartFunction":"Product","kind":"CROSS_FUNCTIONAL_LEADER"}""";
        refused(() -> manager.post(path, valid.replace("CROSS_FUNCTIONAL_LEADER", "FRIEND")), 400, "invalid-request");
        refused(() -> manager.post(path, valid.replace("\"counterpartName\":\"Linus\",", "")), 400,
                "invalid-request");
        refused(() -> manager.post(path, valid.replace("}", ",\"conversationId\":\"%s\"}"
                .formatted(UUID.randomUUID()))), 422, "not-their-conversation");
        refused(() -> manager.post(path, valid.replace("}", ",\"conversationId\":\"not-a-uuid\"}")), 400,
                "invalid-request");
        idempotent(manager, path, valid, valid.replace("Linus", "Hedy"));
    }

    @Test
    void signal() {
        String path = person + "/signals";
        refused(() -> manager.post(path, "{\"decisionMakerId\":\"D-1\",\"basis\":\"x\"}"), 400, "invalid-request");
        refused(() -> manager.post(path, "{\"decisionMakerId\":\"D 1\",\"aware\":true,\"basis\":\"x\"}"), 400,
                "invalid-request");
        refused(() -> manager.post(path, "{\"decisionMakerId\":\"%s\",\"aware\":true,\"basis\":\"x\"}"
                .formatted(team.employee())), 422, "own-decision-maker");
        idempotent(manager, path, "{\"decisionMakerId\":\"D-1\",\"aware\":false,\"basis\":\"unaware\"}",
                "{\"decisionMakerId\":\"D-1\",\"aware\":true,\"basis\":\"aware\"}");
    }

    @Test
    void aspiration() {
        String path = person + "/aspirations";
        String valid = """
                {"direction":"TECHNICAL_LEADERSHIP","targetRoleFamilies":["staff-engineering"],"horizonYears":2,
                 "narrative":"set technical direction","shareDirection":false}""";
        refused(() -> manager.post(path, valid.replace("TECHNICAL_LEADERSHIP", "FAME")), 400, "invalid-request");
        refused(() -> manager.post(path, valid.replace("\"horizonYears\":2", "\"horizonYears\":40")), 400,
                "invalid-request");
        refused(() -> manager.post(path, valid.replace("staff-engineering", "Staff Engineering")), 400,
                "invalid-request");
        refused(() -> manager.post(path, valid.replace("\"shareDirection\":false", "\"shareDirection\":null")), 400,
                "invalid-request");
        idempotent(manager, path, valid, valid.replace("\"horizonYears\":2", "\"horizonYears\":3"));
    }

    @Test
    void readiness() {
        String path = person + "/readiness";
        refused(() -> manager.post(path, "{\"roleFamily\":\"staff-engineering\",\"readiness\":\"SOON\","
                + "\"rationale\":\"x\"}"), 400, "invalid-request");
        refused(() -> manager.post(path, "{\"readiness\":\"READY_NOW\",\"rationale\":\"x\"}"), 422,
                "readiness-target");
        refused(() -> manager.post(path, "{\"roleId\":\"R-1\",\"roleFamily\":\"staff-engineering\","
                + "\"readiness\":\"READY_NOW\",\"rationale\":\"x\"}"), 422, "readiness-target");
        idempotent(manager, path, "{\"roleId\":\"R-1\",\"readiness\":\"READY_NOW\",\"rationale\":\"ready\"}",
                "{\"roleId\":\"R-1\",\"readiness\":\"READY_3_PLUS\",\"rationale\":\"not yet\"}");
    }

    @Test
    void schedule() {
        String future = Instant.now().plus(3, ChronoUnit.DAYS).toString();
        String valid = """
                {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":90}"""
                .formatted(team.employee(), future);
        refused(() -> manager.post("/api/v1/conversations", valid.replace("QUARTERLY", "WHENEVER")), 400,
                "invalid-request");
        refused(() -> manager.post("/api/v1/conversations", minutes(valid, 900)), 400, "invalid-request");
        refused(() -> manager.post("/api/v1/conversations", minutes(valid, 30)), 422,
                "conversation-too-short");
        refused(() -> manager.post("/api/v1/conversations", valid.replace(future,
                Instant.now().minus(30, ChronoUnit.DAYS).toString())), 422, "scheduled-too-far-back");
        refused(() -> manager.post("/api/v1/conversations", valid.replace(future, "tomorrow")), 400,
                "invalid-request");
        refused(() -> manager.post("/api/v1/conversations", valid.replace(team.employee(), "E-nobody")), 404,
                "unknown-employee");
        idempotent(manager, "/api/v1/conversations", valid, minutes(valid, 60));
    }

    @Test
    void conversationLifecycle() {
        String id = team.scheduleConversation();
        String base = "/api/v1/conversations/" + id;
        String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        refused(() -> manager.post(base + "/prompt-sent", "{\"sentAt\":\"%s\"}".formatted(inAnHour)), 422,
                "sent-in-future");
        refused(() -> manager.post(base + "/reschedule", "{\"scheduledFor\":\"%s\",\"reason\":\"x\"}"
                .formatted(Instant.now().minus(1, ChronoUnit.DAYS))), 422, "rescheduled-into-past");
        refused(() -> manager.post(base + "/reschedule", "{\"scheduledFor\":\"%s\"}".formatted(inAnHour)), 400,
                "invalid-request");
        refused(() -> manager.post(base + "/held", "{\"heldAt\":\"%s\",\"actualMinutes\":60}".formatted(inAnHour)),
                422, "held-in-future");
        refused(() -> manager.post(base + "/held", "{\"heldAt\":\"%s\",\"actualMinutes\":0}"
                .formatted(Instant.now())), 400, "invalid-request");
        refused(() -> manager.post(base + "/notes", "{\"kind\":\"AMBITION\",\"text\":\"too early\"}"), 409,
                "conversation-not-held");
        refused(() -> manager.post(base + "/complete", "{\"outcomes\":{\"humanCapitalUpdated\":true,"
                + "\"relationshipCapitalAssessed\":true,\"signalingGap\":\"NONE\"}}"), 409, "conversation-scheduled");
        refused(() -> manager.post("/api/v1/conversations/" + UUID.randomUUID() + "/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":60}".formatted(Instant.now())), 404, "unknown-conversation");
        refused(() -> manager.post("/api/v1/conversations/not-a-uuid/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":60}".formatted(Instant.now())), 400, "invalid-request");

        idempotent(manager, base + "/held", "{\"heldAt\":\"%s\",\"actualMinutes\":60}"
                .formatted(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)),
                "{\"heldAt\":\"%s\",\"actualMinutes\":61}".formatted(Instant.now().minusSeconds(60)));
        refused(() -> manager.post(base + "/notes", "{\"kind\":\"GOSSIP\",\"text\":\"x\"}"), 400, "invalid-request");
        refused(() -> manager.post(base + "/notes", "{\"kind\":\"AMBITION\",\"text\":\"\"}"), 400, "invalid-request");
        String today = LocalDate.now().toString();
        refused(() -> manager.post(base + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"MAYBE"}}"""),
                400, "invalid-request");
        refused(() -> manager.post(base + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"signalingGap":"NONE"}}"""), 400, "invalid-request");
        refused(() -> manager.post(base + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"IDENTIFIED",
                 "advocacyAction":{"description":"forum slot","dueOn":"%s"}}}"""
                .formatted(LocalDate.now().plusYears(1))), 422, "advocacy-not-within-quarter");
        refused(() -> manager.post(base + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"NONE"},
                 "nextConversationOn":"%s"}""".formatted(LocalDate.now().minusDays(3))), 422,
                "next-conversation-not-after");
        String complete = """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"IDENTIFIED",
                 "advocacyAction":{"description":"forum slot","dueOn":"%s"}},"nextConversationOn":"%s"}"""
                .formatted(LocalDate.now().plusDays(20), LocalDate.now().plusDays(90));
        idempotent(manager, base + "/complete", complete, complete.replace("forum slot", "an introduction"));
        refused(() -> manager.post(base + "/cancel", "{\"reason\":\"late\"}"), 409, "conversation-completed");
        assertThat(today).isNotBlank();
    }

    /**
     * The schedule with other planned minutes. Only the field is replaced: the person's random id, or the moment,
     * may hold "90" too, and replacing it there turned a too-short conversation into an unknown person now and then.
     */
    private static String minutes(String schedule, int minutes) {
        assertThat(schedule).contains("\"plannedMinutes\":90}");
        return schedule.replace("\"plannedMinutes\":90}", "\"plannedMinutes\":" + minutes + "}");
    }

    private void idempotent(Http client, String path, String body, String otherBody) {
        Http keyed = client.header("Idempotency-Key", UUID.randomUUID().toString());
        Answer first = keyed.post(path, body);
        assertThat(first.status()).as(path + " " + first).isBetween(200, 201);
        long after = events();
        Answer again = keyed.post(path, body);
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.position()).isEqualTo(first.position());
        assertThat(events()).as("a replay appends nothing").isEqualTo(after);
        refused(() -> keyed.post(path, otherBody), 422, "idempotency-key-reused");
    }

    private void refused(Supplier<Answer> request, int status, String problem) {
        long before = events();
        Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).as(answer.toString())
                .isEqualTo("urn:talent:problem:" + problem);
        assertThat(events()).as("events appended by a refused request").isEqualTo(before);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
