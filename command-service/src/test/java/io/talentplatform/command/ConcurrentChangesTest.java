package io.talentplatform.command;

import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.employee.RecordCapabilityEvidence;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceVisibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent commands never lose an update, and a reporting-line change cannot slip between a check and a commit. */
@CommandServiceTest
class ConcurrentChangesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore store;

    @Test
    void parallelClientsOnOnePersonLoseNoUpdateTheLoserGets409AndARetrySucceeds() throws Exception {
        TestTeam team = TestTeam.register(port);
        Http manager = team.asManager();
        String path = "/api/v1/employees/" + team.employee() + "/capabilities";
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String body = """
                        {"capability":"parallel-%d","level":3,"evidence":"from client %d","source":"CONVERSATION",
                         "observedOn":"%s"}""".formatted(i, i, LocalDate.now());
                results.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < 20; attempt++) {
                        Answer answer = manager.post(path, body);
                        if (answer.status() != 409) {
                            return answer.status();
                        }
                        assertThat(answer.json().get("type").asString())
                                .isEqualTo("urn:talent:problem:concurrent-modification");
                    }
                    return 409;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        long recorded = jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype LIKE '%CapabilityEvidenced'""")
                .param(team.employee()).query(Long.class).single();
        assertThat(recorded).as("every client's update is in the log").isEqualTo(clients);
    }

    /**
     * Two writers on one person in this process: the second waits for the first's transaction (the aggregate's lock
     * is held until it ends, docs/decisions/021-cached-aggregates-and-off-thread-snapshots.md) and then goes on from
     * the first's events: nobody loses, nobody is asked to retry.
     */
    @Test
    void aSecondWriterOnOnePersonWaitsForTheFirstsTransactionAndThenSucceeds() throws Exception {
        TestTeam team = TestTeam.register(port);
        String path = "/api/v1/employees/" + team.employee() + "/capabilities";
        String body = """
                {"capability":"racing","level":3,"evidence":"second writer","source":"CONVERSATION","observedOn":"%s"}"""
                .formatted(LocalDate.now());
        TransactionStatus firstWriter = transactions.getTransaction(new DefaultTransactionDefinition());
        CompletableFuture<Answer> second;
        try {
            commands.sendAndWait(new RecordCapabilityEvidence(team.employee(), java.util.UUID.randomUUID(), "racing",
                    2, "first writer", EvidenceSource.CONVERSATION, LocalDate.now()));
            second = CompletableFuture.supplyAsync(() -> team.asManager().post(path, body));
            Thread.sleep(500);
            assertThat(second).as("the second writer waits for the first's transaction").isNotDone();
        } finally {
            transactions.commit(firstWriter);
        }
        Answer after = second.get(10, TimeUnit.SECONDS);
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(jdbc.sql("""
                        SELECT array_agg(sequencenumber ORDER BY sequencenumber)::text FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype LIKE '%CapabilityEvidenced'""")
                .param(team.employee()).query(String.class).single())
                .as("both writes, one after the other").matches("\\{(\\d+),(\\d+)\\}");
    }

    /**
     * A write this process did not make (another process appending to the person's stream, as a second command service
     * or an imported history would) leaves its cached aggregate behind: the next command on it loses with 409, which
     * drops the cached copy, and the retry succeeds from the log.
     */
    @Test
    void aWriteFromElsewhereMakesTheNextCommandA409AndItsRetrySucceeds() throws Exception {
        TestTeam team = TestTeam.register(port);
        String path = "/api/v1/employees/" + team.employee() + "/capabilities";
        String body = """
                {"capability":"racing","level":3,"evidence":"after the other process","source":"CONVERSATION",
                 "observedOn":"%s"}""".formatted(LocalDate.now());
        assertThat(team.asManager().post(path, body).status()).as("caches the person").isEqualTo(201);

        TransactionStatus elsewhere = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            long next = jdbc.sql("SELECT max(sequencenumber) + 1 FROM domainevententry WHERE aggregateidentifier = ?")
                    .param(team.employee()).query(Long.class).single();
            DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(new GenericDomainEventMessage<>(
                    "Employee", team.employee(), next, new CapabilityEvidenced(team.employee(),
                    java.util.UUID.randomUUID(), "racing", 4, "written by another process",
                    EvidenceSource.CONVERSATION, LocalDate.now(), null, EvidenceVisibility.SHARED))));
        } finally {
            transactions.commit(elsewhere);
        }

        Answer loser = team.asManager().post(path, body);
        assertThat(loser.status()).as(loser.toString()).isEqualTo(409);
        assertThat(loser.json().get("type").asString()).isEqualTo("urn:talent:problem:concurrent-modification");
        assertThat(team.asManager().post(path, body).status()).as("the retry, from the log").isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%CapabilityEvidenced'").param(team.employee()).query(Long.class).single())
                .isEqualTo(3);
    }

    /**
     * The race of docs/architecture.md: a manager's command was authorised by "M manages E" while HR moves E to another
     * manager. The check holds E's directory row until the command commits, so HR's change waits for it; once HR's
     * change is in, the former manager is refused.
     */
    @Test
    void aManagerChangeWaitsForACommandAuthorisedByTheOldReportingLineAndThenRefusesIt() throws Exception {
        TestTeam team = TestTeam.register(port);
        TransactionStatus commandInFlight = transactions.getTransaction(new DefaultTransactionDefinition());
        CompletableFuture<Answer> managerChange;
        try {
            assertThat(directory.lock(team.employee()).orElseThrow().isManagedBy(team.manager())).isTrue();

            managerChange = CompletableFuture.supplyAsync(() -> team.hr().post(
                    "/api/v1/employees/" + team.employee() + "/manager",
                    "{\"managerId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(team.otherManager(), LocalDate.now())));

            Thread.sleep(Duration.ofMillis(700).toMillis());
            assertThat(managerChange).as("HR's change waits for the in-flight command").isNotDone();
        } finally {
            transactions.commit(commandInFlight);
        }
        assertThat(managerChange.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);

        Answer former = team.asManager().post("/api/v1/employees/" + team.employee() + "/capabilities", """
                {"capability":"late","level":2,"evidence":"after the change","source":"CONVERSATION",
                 "observedOn":"%s"}""".formatted(LocalDate.now()));
        assertThat(former.status()).isEqualTo(403);
        Answer current = Http.at(port).as(team.otherManager(), "MANAGER").post(
                "/api/v1/employees/" + team.employee() + "/capabilities", """
                        {"capability":"welcome","level":2,"evidence":"new manager","source":"CONVERSATION",
                         "observedOn":"%s"}""".formatted(LocalDate.now()));
        assertThat(current.status()).isEqualTo(201);
    }
}
