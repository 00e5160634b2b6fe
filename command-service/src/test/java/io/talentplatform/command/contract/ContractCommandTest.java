package io.talentplatform.command.contract;

import io.talentplatform.command.CommandServiceTest;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract rules that span aggregates or sides, over HTTP: one open contract per person, a person adds only their
 * own commitments, only the owner's side completes one, departure closes the contract, and bad input writes nothing.
 */
@CommandServiceTest
class ContractCommandTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestTeam team;

    @BeforeEach
    void setUp() {
        team = TestTeam.register(port);
    }

    @Test
    void aSecondOpenContractIsRefusedANewGoalIsARevision() {
        String contract = team.openContract();
        refused(() -> team.asManager().post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"another","evidenceOfSuccess":"x","reviewCadence":"MONTHLY",
                 "nextReviewOn":"%s"}""".formatted(team.employee(), LocalDate.now().plusDays(20))), 409,
                "open-contract-exists");
        Answer revised = team.asManager().post("/api/v1/contracts/" + contract + "/revisions",
                "{\"goal\":\"move into people leadership\",\"reason\":\"goals changed after a flight signal\"}");
        assertThat(revised.status()).isEqualTo(200);
        refused(() -> team.asManager().post("/api/v1/contracts/" + contract + "/revisions",
                "{\"reason\":\"nothing really\"}"), 422, "nothing-to-revise");
    }

    @Test
    void aPersonAddsOnlyTheirOwnCommitmentsAndOnlyTheOwnersSideCompletesOne() {
        String contract = team.openContract();
        refused(() -> team.asEmployee().post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","description":"my manager will promote me","dueOn":"%s","kind":"OTHER"}"""
                .formatted(LocalDate.now().plusDays(5))), 403, "forbidden");
        String managers = team.commitment(contract, "MANAGER");
        refused(() -> team.asEmployee().post("/api/v1/contracts/" + contract + "/commitments/" + managers
                + "/complete", "{\"completedOn\":\"%s\"}".formatted(LocalDate.now())), 403, "forbidden");
        refused(() -> team.asManager().post("/api/v1/contracts/" + contract + "/commitments/" + UUID.randomUUID()
                + "/complete", "{\"completedOn\":\"%s\"}".formatted(LocalDate.now())), 404, "unknown-commitment");
    }

    @Test
    void badInputOnContractsIsRefusedAndWritesNothing() {
        String contract = team.openContract();
        String path = "/api/v1/contracts/" + contract + "/commitments";
        Http manager = team.asManager();
        refused(() -> manager.post(path, "{\"owner\":\"MANAGER\",\"description\":\"x\",\"dueOn\":\"%s\"}"
                .formatted(LocalDate.now().plusDays(3))), 422, "manager-commitment-needs-kind");
        refused(() -> manager.post(path, "{\"owner\":\"EMPLOYEE\",\"description\":\"x\",\"dueOn\":\"%s\"}"
                .formatted(LocalDate.now().minusDays(1))), 422, "due-date-not-in-future");
        refused(() -> manager.post(path, "{\"owner\":\"BOTH\",\"description\":\"x\",\"dueOn\":\"2030-01-01\"}"), 400,
                "invalid-request");
        refused(() -> manager.post(path, "{\"owner\":\"EMPLOYEE\",\"dueOn\":\"2030-01-01\"}"), 400,
                "invalid-request");
        refused(() -> manager.post("/api/v1/contracts/" + contract + "/close", "{\"reason\":\"BORED\"}"), 400,
                "invalid-request");
        refused(() -> manager.post("/api/v1/contracts/" + contract + "/summary-shared",
                "{\"sharedAt\":\"%s\"}".formatted(Instant.now().plusSeconds(3600))), 422, "shared-in-future");
        refused(() -> manager.post("/api/v1/contracts/" + UUID.randomUUID() + "/close",
                "{\"reason\":\"GOAL_MET\"}"), 404, "unknown-contract");
    }

    @Test
    void aDepartureClosesTheOpenContract() {
        String contract = team.openContract();
        team.hr().post("/api/v1/employees/" + team.employee() + "/departure",
                "{\"effectiveOn\":\"%s\",\"reason\":\"VOLUNTARY\",\"regretted\":true}".formatted(LocalDate.now()));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?
                        AND payloadtype LIKE '%DevelopmentContractClosed'
                        AND convert_from(payload, 'UTF8') LIKE '%EMPLOYEE_LEFT%'""")
                .param(contract).query(Long.class).single() == 1);
    }

    private void refused(Supplier<Answer> request, int status, String problem) {
        long before = events();
        Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:" + problem);
        assertThat(events()).as("events appended by a refused request").isEqualTo(before);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
