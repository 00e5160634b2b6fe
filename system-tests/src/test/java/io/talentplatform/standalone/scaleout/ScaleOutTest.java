package io.talentplatform.standalone.scaleout;

import io.talentplatform.command.CommandServiceApplication;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.platform.testing.ReadModelDigests;
import io.talentplatform.standalone.SeparateDatabase;
import io.talentplatform.standalone.SeparateServices;
import io.talentplatform.projections.ProjectionsApplication;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out the way a user outgrows one machine: three projections processes, this JVM's and two child JVMs', on one
 * database and one broker. With two segments a third process gets nothing, so the operator splits a segment of each
 * read model and of the events publisher through the admin API (SegmentChanges), and each process then works one of
 * the three. One child is killed (SIGKILL) while commands arrive: the two survivors claim its segments within the
 * claim timeout, nothing is lost, and the read models end exactly as one process alone rebuilds them from the log; the
 * marketplace stream holds every event once at least, in order per person. Merged back to two segments, every
 * processor goes on.
 *
 * <p>The services here use a database of their own on the shared server: every other test's cached contexts run
 * projections on the shared database, and would take a share of its segments.
 */
class ScaleOutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);
    private static final int PEOPLE = 8;
    private static final int EVIDENCE_PER_PERSON = 40;

    @TempDir
    static Path directory;

    private static Map<String, Object> properties;
    private static JdbcClient jdbc;
    private static ConfigurableApplicationContext commandService;
    private static ConfigurableApplicationContext projections;
    private static ChildProjections child;
    private static ChildProjections second;
    /** The processors split to three segments: those whose threads allow it and that every process runs. */
    private static final List<String> SPLIT = java.util.stream.Stream.concat(Processors.READ_MODELS.stream(),
            java.util.stream.Stream.of("talent-events-publisher")).toList();

    @BeforeAll
    static void startTwoProjectionsProcesses() {
        properties = new HashMap<>(TestInfrastructure.properties());
        String url = SeparateDatabase.create("scaleout");
        properties.put("spring.datasource.url", url);
        properties.put("talent.processing.claim-timeout", CLAIM_TIMEOUT.toMillis() + "ms");
        properties.put("talent.projections.segment-share-interval", "500ms");
        for (String processor : Processors.ALL) {
            // How often a process with a free thread looks for an unclaimed segment (5 s by default).
            properties.put("axon.eventhandling.processors." + processor + ".token-claim-interval", "500");
        }
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        commandService = start(CommandServiceApplication.class, "command-service");
        projections = start(ProjectionsApplication.class, "projections");
        child = ChildProjections.start(properties, directory, "child-1");
        second = ChildProjections.start(properties, directory, "child-2");
    }

    @AfterAll
    static void stopThem() {
        for (ChildProjections process : new ChildProjections[] {child, second}) {
            if (process != null) {
                process.close();
            }
        }
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {
                projections, commandService}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void threeProcessesShareSplitSegmentsAndTheSurvivorsOfAKillTakeThemOverLosingNothing() throws Exception {
        String here = ProcessHandle.current().pid() + "@";
        String there = child.pid() + "@";
        String third = second.pid() + "@";
        await("two of the three processes hold a segment of each processor, one each").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> {
                    assertThat(child.isAlive()).as(child.tail()).isTrue();
                    assertThat(second.isAlive()).as(second.tail()).isTrue();
                    for (String processor : SPLIT) {
                        assertThat(owners(processor)).as(processor).doesNotContainNull()
                                .doesNotHaveDuplicates();
                    }
                });

        assertThat(admin().post("/api/v1/admin/projections/match-recorder/segments/0/split", "").json()
                .get("type").asString()).as("two threads a process: a lone one could not work three")
                .endsWith("segments-beyond-threads");
        assertThat(admin().post("/api/v1/admin/projections/talent-pool/segments/7/split", "").status())
                .isEqualTo(404);
        for (String processor : SPLIT) {
            JsonNode split = carriedOut(processor,
                    admin().post("/api/v1/admin/projections/" + processor + "/segments/0/split", ""));
            assertThat(split.get("outcome").asString()).as(split.toString()).isEqualTo("DONE");
            assertThat(split.get("segments").asInt()).isEqualTo(3);
        }
        await("each of the three processes holds one segment of each split processor")
                .atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (String processor : SPLIT) {
                        List<String> owners = owners(processor);
                        assertThat(owners).as(processor).hasSize(3).doesNotContainNull();
                        assertThat(owners).as(processor)
                                .anyMatch(owner -> owner.startsWith(here))
                                .anyMatch(owner -> owner.startsWith(there))
                                .anyMatch(owner -> owner.startsWith(third));
                    }
                });

        String manager = "M-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> people = registerTeam(manager);
        Map<String, List<String>> posted = new LinkedHashMap<>();
        people.forEach(person -> posted.put(person, new ArrayList<>()));
        AtomicInteger sent = new AtomicInteger();
        Http asManager = commands().as(manager, "MANAGER");
        CompletableFuture<Long> load = CompletableFuture.supplyAsync(() -> {
            long last = 0;
            for (int round = 0; round < EVIDENCE_PER_PERSON; round++) {
                for (String person : people) {
                    String capability = "scale-" + round;
                    Http.Answer answer = asManager.post("/api/v1/employees/" + person + "/capabilities",
                            capability(capability, 1 + round % 5));
                    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                    posted.get(person).add(capability);
                    last = answer.position();
                    sent.incrementAndGet();
                }
            }
            return last;
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= PEOPLE * EVIDENCE_PER_PERSON / 3);
        child.kill();
        long killed = System.nanoTime();
        await("the two survivors hold every segment").atMost(CLAIM_TIMEOUT.plusSeconds(6))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    for (String processor : Processors.ALL) {
                        assertThat(owners(processor)).as(processor).isNotEmpty()
                                .allMatch(owner -> owner != null && (owner.startsWith(here)
                                        || owner.startsWith(third)));
                    }
                });
        Duration takenOver = Duration.ofNanos(System.nanoTime() - killed);
        // Claims of a dead process expire after the claim timeout; the survivors look for free segments every
        // 0.5 s (token-claim-interval above), so they own them all within about the claim timeout.
        assertThat(takenOver).isLessThan(CLAIM_TIMEOUT.plusSeconds(2));

        long last = load.get();
        assertThat(sent.get()).isEqualTo(PEOPLE * EVIDENCE_PER_PERSON);
        awaitEveryProcessorAt(last);

        // The marketplace stream: every event at least once, in order per person, a repeat the same message.
        for (String person : people) {
            List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> TopicReader.readKey("talent.events.v1", person),
                            list -> evidenced(list).size() >= EVIDENCE_PER_PERSON);
            assertThat(evidenced(records)).as(person).containsExactlyElementsOf(posted.get(person));
        }

        // The read models: what the two processes and the crash left is what one process makes of the log.
        Map<String, String> split = ReadModelDigests.of(jdbc);
        for (String readModel : Processors.READ_MODELS) {
            assertThat(admin().post("/api/v1/admin/projections/" + readModel + "/rebuild", "")
                    .status()).isEqualTo(202);
        }
        awaitRebuilt();
        assertThat(ReadModelDigests.of(jdbc)).isEqualTo(split);

        // Two processes left: merged back to two segments, which the survivors share, and every processor goes on.
        for (String processor : SPLIT) {
            Http.Answer merged = await().atMost(Duration.ofSeconds(60)).until(
                    () -> admin().post("/api/v1/admin/projections/" + processor + "/segments/0/merge", ""),
                    answer -> answer.status() != 409 || !answer.body().contains("segment-change-open"));
            JsonNode change = carriedOut(processor, merged);
            assertThat(change.get("outcome").asString()).as(change.toString()).isEqualTo("DONE");
            assertThat(change.get("segments").asInt()).isEqualTo(2);
        }
        Http.Answer after = asManager.post("/api/v1/employees/" + people.get(0) + "/capabilities",
                capability("after-the-merge", 3));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        awaitEveryProcessorAt(after.position());
        assertThat(jdbc.sql("SELECT count(*) FROM career_capital_evidence WHERE capability = 'after-the-merge'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    /**
     * The change as it ended: the answer itself when it is 200, or, for a 202 (still under way across processes), the
     * processor's latest change on the status page the answer points to, once it has an outcome.
     */
    private static JsonNode carriedOut(String processor, Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isIn(200, 202);
        if (answer.status() == 200) {
            return answer.json();
        }
        assertThat(answer.header("Location")).isEqualTo("/api/v1/admin/projections");
        long request = answer.json().get("request").asLong();
        return await("segment change " + request + " of " + processor).atMost(Duration.ofSeconds(120))
                .until(() -> admin().get("/api/v1/admin/projections").json().get("processors").valueStream()
                                .filter(node -> node.get("name").asString().equals(processor))
                                .map(node -> node.get("segmentChange")).findFirst().orElseThrow(),
                        change -> change.get("request").asLong() == request && !change.get("outcome").isNull());
    }

    /** The owner of each segment of the processor, or null where no process holds a live claim. */
    private static List<String> owners(String processor) {
        return jdbc.sql("""
                        SELECT CASE WHEN CAST(timestamp AS timestamptz) > now() - make_interval(secs => ?)
                            THEN owner END
                        FROM tokenentry WHERE processorname = ? ORDER BY segment""")
                .params(CLAIM_TIMEOUT.toMillis() / 1000.0, processor)
                .query((rs, row) -> rs.getString(1)).list();
    }

    private List<String> registerTeam(String manager) {
        Http hr = commands().as("HR-1", "HR");
        assertThat(hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Grace","jobTitle":"EM","level":"M1","function":"Engineering"}"""
                .formatted(manager)).status()).isEqualTo(201);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String person = "E-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"Ada %d","jobTitle":"Engineer","level":"L4",
                     "function":"Engineering","managerId":"%s"}""".formatted(person, i, manager)).status())
                    .isEqualTo(201);
            assertThat(commands().as(person, "EMPLOYEE").put("/api/v1/employees/" + person + "/consent",
                    "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}")
                    .status()).isEqualTo(200);
            people.add(person);
        }
        return people;
    }

    /** The capabilities of a person's evidence events, once each, in order of first delivery; repeats checked. */
    private static List<String> evidenced(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, byte[]> firstById = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            byte[] first = firstById.putIfAbsent(JSON.readTree(record.value()).get("id").asString(), record.value());
            if (first != null) {
                assertThat(record.value()).as("a repeated delivery").isEqualTo(first);
            }
        }
        return firstById.values().stream().map(JSON::readTree)
                .filter(event -> event.get("type").asString().equals("talent.capability.evidenced.v1"))
                .map(event -> event.get("data").get("capability").asString())
                .toList();
    }

    private void awaitEveryProcessorAt(long position) {
        await("every processor has processed the log").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections").json();
            for (JsonNode processor : status.get("processors")) {
                assertThat(processor.get("lag").asLong()).as(processor.toString()).isZero();
            }
            assertThat(status.get("head").asLong()).isGreaterThanOrEqualTo(position);
        });
    }

    private void awaitRebuilt() {
        await("every read model rebuilt").atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Set<String> done = admin().get("/api/v1/admin/projections").json().get("processors")
                    .valueStream()
                    .filter(node -> Processors.READ_MODELS.contains(node.get("name").asString()))
                    .filter(node -> node.get("rebuild") != null && !node.get("rebuild").isNull()
                            && node.get("rebuild").get("state").asString().equals("RESET")
                            && node.get("rebuild").get("percent").asDouble() == 100.0
                            && !node.get("rebuilding").asBoolean())
                    .map(node -> node.get("name").asString())
                    .collect(Collectors.toSet());
            assertThat(done).containsExactlyInAnyOrderElementsOf(Processors.READ_MODELS);
        });
    }

    /** Every read-model table of the scale-out database, hashed row by row. */
    private static Http commands() {
        return SeparateServices.http(commandService);
    }

    /** The projections service answers for its processors (their status, rebuilds). */
    private static Http admin() {
        return SeparateServices.http(projections).as("HR-1", "HR");
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName) {
        return SeparateServices.start(application, configName, properties);
    }

    private static String capability(String name, int level) {
        return SeparateServices.capability(name, level);
    }
}
