package io.talentplatform.command.employee;

import io.talentplatform.command.CommandServiceTest;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's command endpoints over real HTTP: the conventions of INTERFACES.md (problem+json, idempotency,
 * event positions) and who may do what. Every refusal is checked to have appended nothing.
 */
@CommandServiceTest
class EmployeeCommandApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Http hr;
    private String manager;
    private String employee;

    @BeforeEach
    void registerATeam() {
        hr = Http.at(port).as("HR-1", "HR");
        manager = unique("M");
        employee = unique("E");
        assertThat(hr.post("/api/v1/employees", person(manager, null)).status()).isEqualTo(201);
        assertThat(hr.post("/api/v1/employees", person(employee, manager)).status()).isEqualTo(201);
    }

    @Test
    void hrRegistersAPersonAndLearnsWhereToReadItAndAtWhichPosition() {
        String id = unique("E");
        long before = events();
        Answer answer = hr.post("/api/v1/employees", person(id, manager));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/v1/employees/" + id + "/career-capital");
        assertThat(answer.json().get("employeeId").asString()).isEqualTo(id);
        assertThat(answer.position()).isEqualTo(jdbc.sql(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single());
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void aManagerRecordsCapabilityEvidenceForTheirCurrentReport() {
        Answer answer = Http.at(port).as(manager, "MANAGER").post("/api/v1/employees/" + employee + "/capabilities",
                capability("distributed-systems", "4", "CONVERSATION"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("evidenceId").asString()).isNotBlank();
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE globalindex = ?")
                .param(answer.position()).query(String.class).single();
        assertThat(payload).contains("distributed-systems").contains("\"observedOn\":\"2026-01-15\"");
    }

    @Test
    void theEventCarriesWhoRecordedItAndTheRequestId() {
        Answer answer = Http.at(port).as(manager, "MANAGER").header("Idempotency-Key", "meta-" + employee)
                .post("/api/v1/employees/" + employee + "/capabilities",
                        capability("distributed-systems", "3", "CONVERSATION"));

        String metadata = jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE globalindex = ?")
                .param(answer.position()).query(String.class).single();
        assertThat(metadata).contains("\"actor\":\"" + manager + "\"").contains("\"actorRoles\":\"MANAGER\"")
                .contains("\"requestId\":\"meta-" + employee + "\"");
    }

    @Test
    void anEmployeeRecordsOnlySelfEvidenceAboutThemself() {
        Http self = Http.at(port).as(employee, "EMPLOYEE");
        assertThat(self.post("/api/v1/employees/" + employee + "/capabilities",
                capability("public-speaking", "2", "SELF")).status()).isEqualTo(201);

        assertRefusedWithoutEvents(() -> self.post("/api/v1/employees/" + employee + "/capabilities",
                capability("public-speaking", "5", "REVIEW")), 422, "self-evidence-only");
    }

    @Test
    void nobodyElseRecordsCapabilities() {
        String path = "/api/v1/employees/" + employee + "/capabilities";
        String body = capability("distributed-systems", "4", "PEER");
        assertRefusedWithoutEvents(() -> Http.at(port).as("M-other", "MANAGER").post(path, body), 403, "forbidden");
        assertRefusedWithoutEvents(() -> Http.at(port).as("E-other", "EMPLOYEE").post(path, body), 403, "forbidden");
        assertRefusedWithoutEvents(() -> Http.at(port).as("P-1", "PANEL").post(path, body), 403, "forbidden");
        assertRefusedWithoutEvents(() -> Http.at(port).as("A-1", "AUDITOR").post(path, body), 403, "forbidden");
        assertRefusedWithoutEvents(() -> Http.at(port).as("HR-1", "HR").post(path, body), 403, "forbidden");
    }

    @Test
    void onlyHrRegistersPeople() {
        assertRefusedWithoutEvents(() -> Http.at(port).as(manager, "MANAGER")
                .post("/api/v1/employees", person(unique("E"), manager)), 403, "forbidden");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        assertRefusedWithoutEvents(() -> Http.at(port).post("/api/v1/employees", person(unique("E"), null)),
                401, "unauthenticated");
        assertRefusedWithoutEvents(() -> Http.at(port).header("Authorization", "Bearer not-a-token")
                .post("/api/v1/employees", person(unique("E"), null)), 401, "unauthenticated");
    }

    @Test
    void registeringTheSamePersonTwiceIsAConflict() {
        assertRefusedWithoutEvents(() -> hr.post("/api/v1/employees", person(employee, manager)), 409,
                "already-exists");
    }

    @Test
    void aManagerMustBeACurrentEmployee() {
        assertRefusedWithoutEvents(() -> hr.post("/api/v1/employees", person(unique("E"), "M-nobody")), 422,
                "unknown-manager");
    }

    @Test
    void malformedJsonIs400() {
        assertRefusedWithoutEvents(() -> hr.post("/api/v1/employees", "{\"employeeId\": \"E-1\","), 400,
                "malformed-json");
    }

    @Test
    void aMissingFieldIs400WithTheField() {
        Answer answer = assertRefusedWithoutEvents(() -> hr.post("/api/v1/employees",
                "{\"employeeId\":\"" + unique("E") + "\",\"jobTitle\":\"x\",\"level\":\"L1\",\"function\":\"F\"}"),
                400, "invalid-request");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
    }

    @Test
    void aWrongTypeIs400() {
        Answer answer = assertRefusedWithoutEvents(() -> managerClient().post(capabilities(),
                capability("distributed-systems", "\"four\"", "CONVERSATION")), 400, "invalid-request");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }

    @Test
    void anUnknownEnumValueIs400AndNamesTheAllowedValues() {
        Answer answer = assertRefusedWithoutEvents(() -> managerClient().post(capabilities(),
                capability("distributed-systems", "3", "GOSSIP")), 400, "invalid-request");
        assertThat(answer.json().get("detail").asString()).contains("CONVERSATION, REVIEW, SELF, PEER");
    }

    @Test
    void anOutOfRangeLevelIs400() {
        Answer answer = assertRefusedWithoutEvents(() -> managerClient().post(capabilities(),
                capability("distributed-systems", "6", "CONVERSATION")), 400, "invalid-request");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }

    @Test
    void evidenceObservedInTheFutureIs422() {
        String body = capability("distributed-systems", "3", "CONVERSATION").replace("2026-01-15", "2999-01-01");
        assertRefusedWithoutEvents(() -> managerClient().post(capabilities(), body), 422, "observed-in-future");
    }

    @Test
    void aBodyOver64KiBIs413() {
        String evidence = "x".repeat(70_000);
        String body = capability("distributed-systems", "3", "CONVERSATION").replace("evidence text", evidence);
        assertRefusedWithoutEvents(() -> managerClient().post(capabilities(), body), 413, "payload-too-large");
    }

    @Test
    void anUnknownPersonIs404() {
        assertRefusedWithoutEvents(() -> managerClient().post("/api/v1/employees/E-nobody/capabilities",
                capability("distributed-systems", "3", "CONVERSATION")), 404, "unknown-employee");
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplaysTheFirstAnswerAndWritesNothingNew() {
        Http client = managerClient().header("Idempotency-Key", UUID.randomUUID().toString());
        String body = capability("distributed-systems", "4", "CONVERSATION");
        Answer first = client.post(capabilities(), body);
        long after = events();
        Answer again = client.post(capabilities(), body);

        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.position()).isEqualTo(first.position());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        Http client = managerClient().header("Idempotency-Key", UUID.randomUUID().toString());
        client.post(capabilities(), capability("distributed-systems", "4", "CONVERSATION"));
        assertRefusedWithoutEvents(() -> client.post(capabilities(),
                capability("distributed-systems", "5", "CONVERSATION")), 422, "idempotency-key-reused");
    }

    @Test
    void concurrentRetriesWithOneKeyAppendOnce() throws Exception {
        Http client = managerClient().header("Idempotency-Key", UUID.randomUUID().toString());
        String body = capability("stakeholder-management", "2", "CONVERSATION");
        long before = events();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Answer> call = () -> client.post(capabilities(), body);
            var answers = pool.invokeAll(java.util.Collections.nCopies(4, call));
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(201);
                assertThat(answer.get().body()).isEqualTo(answers.get(0).get().body());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void onlyThePersonRecordsTheirConsent() {
        String consent = "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}";
        assertThat(Http.at(port).as(employee, "EMPLOYEE").put("/api/v1/employees/" + employee + "/consent", consent)
                .status()).isEqualTo(200);
        assertRefusedWithoutEvents(() -> managerClient().put("/api/v1/employees/" + employee + "/consent",
                consent.replace("true", "false")), 403, "forbidden");
        assertRefusedWithoutEvents(() -> hr.put("/api/v1/employees/" + employee + "/consent",
                consent.replace("true", "false")), 403, "forbidden");
    }

    private Answer assertRefusedWithoutEvents(Supplier<Answer> request, int status, String problem) {
        long before = events();
        Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:" + problem);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asString()).isNotBlank();
        assertThat(answer.json().get("detail").asString()).isNotBlank();
        assertThat(events()).as("events appended by a refused request").isEqualTo(before);
        return answer;
    }

    private Http managerClient() {
        return Http.at(port).as(manager, "MANAGER");
    }

    private String capabilities() {
        return "/api/v1/employees/" + employee + "/capabilities";
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String person(String id, String managerId) {
        return """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(id, id,
                managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"");
    }

    static String capability(String capability, String level, String source) {
        return """
                {"capability":"%s","level":%s,"evidence":"evidence text","source":"%s","observedOn":"2026-01-15"}"""
                .formatted(capability, level, source);
    }
}
