package io.talentplatform.standalone.streams;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.projections.publishing.TalentEventsPublisher;
import io.talentplatform.projections.publishing.TalentOpeningsPublisher;
import io.talentplatform.projections.publishing.TalentProfilesPublisher;
import io.talentplatform.projections.publishing.TalentTopics;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.StandaloneApplication;
import io.talentplatform.testkit.jvm.ChildKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker crashes (kill -9) while commands go on, stays down longer than the producer's delivery timeout, and
 * comes back on the same address and log directory. Commands are answered throughout; afterwards every consented
 * event is on {@code talent.events.v1}, in the order of its person's commands, and an event sent twice (a batch
 * that failed while the broker was gone is sent again) is the same record twice: same id, same bytes.
 *
 * <p>The platform runs on a broker in a JVM of its own ({@link ChildKafkaBroker}): the shared in-process broker
 * cannot be restarted where the platform's producer looks for it.
 */
class BrokerRestartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PEOPLE = 4;
    private static final int AT_LEAST_EVENTS = 1_000;
    private static final List<String> PUBLISHERS = List.of(TalentEventsPublisher.NAME, TalentProfilesPublisher.NAME,
            TalentOpeningsPublisher.NAME);

    @TempDir
    Path temporary;

    @Test
    void killingTheBrokerWhileCommandsGoOnLosesNothingAndKeepsEachPersonsOrder() {
        try (ChildKafkaBroker broker = ChildKafkaBroker.startIn(temporary.resolve("kafka"));
             ConfigurableApplicationContext platform = platformOn(broker)) {
            int port = platform.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String manager = "M-" + suffix;
            List<String> people = IntStream.rangeClosed(1, PEOPLE).mapToObj(i -> "P" + i + "-" + suffix).toList();
            Http hr = Http.at(port).as("HR-1", "HR");
            Catalogue.ensure(hr, "skill-0", "skill-1", "skill-2", "skill-3", "skill-4", "skill-5", "skill-6", "skill-7");
            register(hr, manager, null);
            Map<String, List<Long>> positions = new LinkedHashMap<>();
            for (String person : people) {
                register(hr, person, manager);
                positions.put(person, new CopyOnWriteArrayList<>(List.of(Http.at(port).as(person, "EMPLOYEE")
                        .put("/api/v1/employees/" + person + "/consent", """
                                {"marketplaceVisible":true,"successionDiscoverable":false,"share":["CAPABILITIES"]}""")
                .ok().position())));
            }

            try (Writers writers = Writers.start(Http.at(port).as(manager, "MANAGER"), positions)) {
                whileTheBrokerCrashesAndComesBack(broker, platform, port, writers);
            }
            assertThat(positions.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(AT_LEAST_EVENTS);
            // Up to a minute more than the work itself: a segment whose batch failed is released with a back-off
            // that Axon doubles on every coordination run until the failed work package has let go of it, which
            // waits for a worker thread, busy with sends to the absent broker; it reaches its 60 s cap in seconds.
            await("the publishers catch up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> PUBLISHERS.stream().allMatch(publisher -> lag(port, publisher) == 0));
            assertThat(health(port).get("components").get("kafka").get("status").asString()).isEqualTo("UP");

            Map<String, List<String>> expected = eventIds(platform.getBean(JdbcClient.class), positions);
            List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(),
                    TalentTopics.EVENTS);
            assertSameContentPerId(records);
            for (String person : people) {
                List<String> arrived = firstOccurrences(records, person);
                assertThat(missing(expected.get(person), arrived)).as("events of %s that never arrived", person)
                        .isEmpty();
                assertThat(arrived).as("%s's events, each first arrival in the order of the commands", person)
                        .isEqualTo(expected.get(person));
            }
        }
    }

    /**
     * Commands go on throughout: some published, then a kill -9 of the broker, commands while it is down (all of
     * them answered), longer than the producer's delivery timeout, a restart on the same ports and log directory,
     * and commands after it. Stops the writers once at least {@link #AT_LEAST_EVENTS} commands were answered.
     */
    private static void whileTheBrokerCrashesAndComesBack(ChildKafkaBroker broker,
                                                          ConfigurableApplicationContext platform, int port,
                                                          Writers writers) {
        await("publishing before the crash").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> writers.answered() >= 100
                        && TopicReader.readAll(broker.bootstrapServers(), TalentTopics.EVENTS).size() >= 50);

        broker.kill();
        long killedAt = System.nanoTime();
        int answeredAtKill = writers.answered();
        await("the platform sees the broker gone").atMost(Duration.ofSeconds(30))
                .until(() -> "DOWN".equals(health(port).get("components").get("kafka").get("status").asString()));
        // Longer than a record may wait in the producer: its batches fail, and the publishers' processors retry
        // them, sending again what the broker may already have had.
        Duration outage = Duration.ofMillis(platform.getEnvironment().getRequiredProperty(
                "spring.kafka.producer.properties.delivery.timeout.ms", Long.class)).plusSeconds(5);
        await("commands while the broker is down").atMost(outage.plusSeconds(60))
                .until(() -> System.nanoTime() - killedAt >= outage.toNanos()
                        && writers.answered() - answeredAtKill >= 300);
        assertThat(lag(port, TalentEventsPublisher.NAME)).as("the publisher waits for the broker").isPositive();
        int answeredWhileDown = writers.answered() - answeredAtKill;

        broker.start();
        int answeredAtRestart = writers.answered();
        await("commands after the restart").atMost(Duration.ofSeconds(60))
                .until(() -> writers.answered() >= AT_LEAST_EVENTS && writers.answered() - answeredAtRestart >= 50);
        writers.stop();
        assertThat(writers.refused()).as("every command answered, %d of them while the broker was down",
                answeredWhileDown).isEmpty();
    }

    /** The standalone platform on the test's PostgreSQL and on the child broker, closed before the broker is. */
    private static ConfigurableApplicationContext platformOn(ChildKafkaBroker broker) {
        Map<String, Object> properties = TestInfrastructure.properties(broker.bootstrapServers());
        properties.put("server.port", 0);
        return new SpringApplicationBuilder(StandaloneApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    /**
     * One writer per person, each recording capabilities for its person one command after another, so that a
     * person's commands have an order, until stopped. The answers' event positions are added to the person's list.
     */
    private record Writers(Http manager, Map<String, List<Long>> positions, List<Answer> refused,
                           AtomicBoolean stopping, ExecutorService threads, List<CompletableFuture<Void>> running)
            implements AutoCloseable {

        static Writers start(Http manager, Map<String, List<Long>> positions) {
            ExecutorService threads = Executors.newFixedThreadPool(positions.size());
            Writers writers = new Writers(manager, positions, new CopyOnWriteArrayList<>(), new AtomicBoolean(),
                    threads, new ArrayList<>());
            positions.keySet().forEach(person -> writers.running.add(
                    CompletableFuture.runAsync(() -> writers.write(person), threads)));
            return writers;
        }

        private void write(String person) {
            for (int i = 1; !stopping.get(); i++) {
                // A few capabilities observed again and again: the profiles other publishers send stay small.
                // Levels stay below 3, the milestone that makes a conversation due: one event per command.
                Answer answer = manager.post("/api/v1/employees/" + person + "/capabilities", """
                        {"capability":"skill-%d","level":%d,"evidence":"observed %d","source":"REVIEW",
                         "observedOn":"%s"}""".formatted(i % 8, 1 + i % 2, i, LocalDate.now().minusDays(1)));
                if (answer.status() / 100 == 2) {
                    positions.get(person).add(answer.position());
                } else {
                    refused.add(answer);
                }
                pause();
            }
        }

        /** Paced, to about ten commands a second per person: the publishers and the broker need the CPU too. */
        private static void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        int answered() {
            return positions.values().stream().mapToInt(List::size).sum();
        }

        /** Stops the writers after their current commands; fails if one of them failed. */
        void stop() {
            stopping.set(true);
            running.forEach(CompletableFuture::join);
        }

        /** Also when the test failed before {@link #stop()}: no writer outlives it. */
        @Override
        public void close() {
            stopping.set(true);
            threads.shutdown();
        }
    }

    /** Each person's event ids in the order of their commands, from the positions the commands answered. */
    private static Map<String, List<String>> eventIds(JdbcClient jdbc, Map<String, List<Long>> positions) {
        record Event(long position, String id, String person, String type) {
        }
        Map<Long, Event> byPosition = jdbc.sql("""
                        SELECT globalindex, eventidentifier, aggregateidentifier, payloadtype FROM domainevententry
                        WHERE aggregateidentifier IN (:people)""")
                .param("people", positions.keySet())
                .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().stream().collect(Collectors.toMap(Event::position, event -> event));
        Map<String, List<String>> ids = new LinkedHashMap<>();
        positions.forEach((person, answered) -> {
            List<String> ofPerson = new ArrayList<>();
            for (long position : answered) {
                Event event = byPosition.get(position);
                assertThat(event).as("the event at %d", position).isNotNull();
                assertThat(event.person()).isEqualTo(person);
                assertThat(event.type()).matches(".*\\.(ConsentRecorded|CapabilityEvidenced)");
                ofPerson.add(event.id());
            }
            ids.put(person, ofPerson);
        });
        return ids;
    }

    /** A record sent again is the same record: every occurrence of an id has the first one's bytes. */
    private static void assertSameContentPerId(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, byte[]> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            byte[] earlier = first.putIfAbsent(id(record), record.value());
            if (earlier != null) {
                assertThat(Arrays.equals(earlier, record.value())).as("the redelivery of %s", id(record)).isTrue();
            }
        }
    }

    /** The CloudEvent ids under {@code key}, each where it first arrived (one key is one partition, in order). */
    private static List<String> firstOccurrences(List<ConsumerRecord<String, byte[]>> records, String key) {
        Set<String> ids = new LinkedHashSet<>();
        records.stream().filter(record -> key.equals(record.key())).forEach(record -> ids.add(id(record)));
        return new ArrayList<>(ids);
    }

    private static List<String> missing(List<String> expected, List<String> arrived) {
        Set<String> present = Set.copyOf(arrived);
        return expected.stream().filter(id -> !present.contains(id)).toList();
    }

    private static String id(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(record.value()).get("id").asString();
    }

    private static JsonNode health(int port) {
        return Http.at(port).as("HR-1", "HR").get("/actuator/health").json();
    }

    /** How far a publisher is behind the event log, by its health component. */
    private static long lag(int port, String publisher) {
        JsonNode lag = health(port).get("components").get("marketplacePublishing").get("details").get(publisher)
                .get("lag");
        return lag == null ? Long.MAX_VALUE : lag.asLong();
    }

    private static void register(Http hr, String person, String manager) {
        Answer answer = hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(person, person,
                manager == null ? "" : ",\"managerId\":\"" + manager + "\""));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }
}
