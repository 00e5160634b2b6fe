package io.talentplatform.bench.faults;

import io.talentplatform.bench.Options;
import io.talentplatform.bench.faults.FaultsReport.Row;
import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.platform.HistoryLoad;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.PeoplesEvents;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.platform.testing.input.BadRequests;
import io.talentplatform.platform.testing.input.RawHttp;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Faults in figures (issue 31): what the platform loses, doubles or answers wrongly when its parts fail under load,
 * counted from the event store, the read models and the topics rather than asserted. The platform runs in its
 * production shape ({@link Topology}): the projections service is killed with SIGKILL 20 times during rebuilds and
 * 20 times while it publishes under write load; the broker is killed and kept down 60 s under write load; PostgreSQL
 * is restarted under write load; 16 clients race on one person's aggregate; 10,000 generated bad requests are sent;
 * and at the end every read model is compared, row by row, with what one uninterrupted process makes of the log.
 *
 * <p>Every command the load sends carries an {@code Idempotency-Key} and is sent again with it after a 503 or no
 * answer ({@link Writers}), so a duplicate counted is the platform's, not the client's ({@link WriteEffects}).
 */
public final class FaultsBenchmark {

    private static final String MANAGER = "M-FAULTS";
    private static final String EVENTS_TOPIC = "talent.events.v1";

    private final Topology topology;
    private final JdbcClient jdbc;
    private final Random random;
    private final int kills;
    private final Map<String, List<String>> people = new LinkedHashMap<>();

    private FaultsBenchmark(Topology topology, long seed, int kills) {
        this.topology = topology;
        this.jdbc = topology.jdbc();
        this.random = new Random(seed);
        this.kills = kills;
    }

    /** A phase of write load: its people, its writers' record, and what the fault did to it. */
    private record WritePhase(String fault, int injected, List<String> people, Writers writers,
                              List<Double> recoverySeconds, Map<String, Object> details, Outage databaseOutage) {
    }

    /** While a 503 is the right answer: from PostgreSQL's stop until the first command answered after its start. */
    private record Outage(long fromNanos, long untilNanos) {

        boolean covers(long nanos) {
            return nanos >= fromNanos && nanos <= untilNanos;
        }
    }

    public static void run(Options options) throws Exception {
        int organisationPeople = options.integer("people", 2_000);
        int quarters = options.integer("quarters", 4);
        long seed = options.number("seed", 42);
        int kills = options.integer("kills", 20);
        int writers = options.integer("writers", 8);
        int brokerDownSeconds = options.integer("broker-down", 60);
        int badRequests = options.integer("bad-requests", 10_000);
        Path results = Path.of(options.text("results", "bench/results"));
        Instant began = Instant.now();
        Path directory = Files.createTempDirectory("talent-faults-");
        System.out.printf("faults benchmark: %d people x %d quarters of history, %d kills a phase, %d writers, "
                + "broker down %d s, %,d bad requests (work directory %s)%n", organisationPeople, quarters, kills,
                writers, brokerDownSeconds, badRequests, directory);
        OrganisationSpec spec = new OrganisationSpec(organisationPeople, Math.max(1, organisationPeople / 20),
                quarters, seed, LocalDate.now());
        Map<String, Object> report = Environment.report("faults", began);
        List<Row> rows = new ArrayList<>();
        try (Topology topology = Topology.start(directory)) {
            topology.startServices();
            FaultsBenchmark benchmark = new FaultsBenchmark(topology, seed, kills);
            report.put("postgres", Environment.postgres(topology.jdbc(), directory.toString()));
            try {
                long events = benchmark.loadHistory(spec);
                Map<String, Object> org = Environment.organisation(spec);
                org.put("events", events);
                report.put("organisation", org);
                benchmark.registerPeople(List.of("publishing", "broker", "postgres", "racing"), writers);
                benchmark.catchUp(Duration.ofMinutes(20));

                rows.add(benchmark.killsDuringRebuilds());
                List<WritePhase> phases = new ArrayList<>();
                phases.add(benchmark.killsWhilePublishing());
                phases.add(benchmark.brokerDown(Duration.ofSeconds(brokerDownSeconds)));
                phases.add(benchmark.postgresRestart());
                phases.add(benchmark.racingClients(16, 25));
                Row bad = benchmark.badRequests(badRequests, seed);
                benchmark.catchUp(Duration.ofMinutes(10));
                for (WritePhase phase : phases) {
                    rows.add(benchmark.evaluate(phase));
                }
                rows.add(bad);
                rows.add(benchmark.againstACleanRebuild());
            } catch (RuntimeException failed) {
                // The rows so far are kept: a failure late in a half-hour run says what it got to, and why it ended.
                report.put("failed", failed.toString());
                failed.printStackTrace();
            }
        } finally {
            report.putIfAbsent("organisation", Environment.organisation(spec));
            report.put("rows", rows.stream().map(FaultsReport::asMap).toList());
            report.put("note", "the platform as three services (command and query in the benchmark's JVM, "
                    + "projections in a JVM of its own), a durable PostgreSQL and a broker in a JVM of its own, on "
                    + Runtime.getRuntime().availableProcessors() + " cores; " + writers + " writers, each about ten "
                    + "capability-evidence commands a second for a person of its own; recovery: a projections kill, "
                    + "until the process started again has got past where the killed one was in every read model "
                    + "(or the publisher); the broker, from its start until every event appended while it was down "
                    + "is published; PostgreSQL, from its start until the first command is answered again (and, in "
                    + "details, until the read models and publishers caught up); n/a: a figure the fault cannot "
                    + "produce");
            Environment.write(results, "faults", report, FaultsReport.markdown(report, rows));
            rows.forEach(row -> System.out.println(row.fault() + ": " + FaultsReport.asMap(row)));
            PlatformUnderTest.deleteRecursively(directory);
        }
        if (report.containsKey("failed")) {
            throw new IllegalStateException("the faults benchmark did not finish: " + report.get("failed"));
        }
    }

    // --- The organisation and the people the load is about ---------------------------------------------------

    /** The synthetic history appended with the command side's policies stopped (they react to what is appended). */
    private long loadHistory(OrganisationSpec spec) {
        HistoryLoad load = HistoryLoad.stopProcessorsAndLoad(topology.commandService(), jdbc, spec);
        commandSideProcessing().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(StreamingEventProcessor::start);
        long events = head();
        System.out.printf(Locale.ROOT, "history: %,d events in %.0f s%n", events, load.seconds());
        return events;
    }

    /** A manager and, for each write phase, people of its own who share their capabilities with the marketplace. */
    private void registerPeople(List<String> phases, int each) {
        Http hr = topology.commandsAs("HR-1", "HR");
        for (String capability : Writers.CAPABILITIES) {
            int status = hr.post("/api/v1/capabilities", """
                    {"capabilityId":"%s","label":"%s"}""".formatted(capability, capability)).status();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("capability " + capability + ": HTTP " + status);
            }
        }
        register(hr, MANAGER, null);
        for (String phase : phases) {
            List<String> ofPhase = new ArrayList<>();
            int count = phase.equals("racing") ? 1 : each;
            for (int i = 1; i <= count; i++) {
                String person = "F-" + phase + "-" + i;
                register(hr, person, MANAGER);
                topology.commandsAs(person, "EMPLOYEE").put("/api/v1/employees/" + person + "/consent", """
                        {"marketplaceVisible":true,"successionDiscoverable":false,"share":["CAPABILITIES"]}""")
                        .ok();
                ofPhase.add(person);
            }
            people.put(phase, ofPhase);
        }
    }

    private static void register(Http hr, String person, String manager) {
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(person, person,
                manager == null ? "" : ",\"managerId\":\"" + manager + "\"")).ok();
    }

    // --- Kill -9 of the projections process during rebuilds ---------------------------------------------------

    /**
     * A rebuild of all four read models, and the projections process killed while it runs, at a random moment
     * between 0.2 and 1.5 s after it has got further than the process killed before it. A rebuild that ends between
     * kills is compared with the read models as they were, and another is asked for; a history that a rebuild replays
     * faster than that is too small for the phase.
     */
    private Row killsDuringRebuilds() {
        System.out.println("kills during rebuilds");
        ReadModelSnapshot.take(jdbc);
        long head = head();
        List<Double> recovery = new ArrayList<>();
        long lost = 0;
        long extra = 0;
        Map<String, String> differing = new TreeMap<>();
        int rebuilds = 0;
        int completed = 0;
        requestRebuild();
        rebuilds++;
        int killed = 0;
        while (killed < kills) {
            Map<String, Double> before = rebuildProgress();
            await("the rebuild going on", Duration.ofMinutes(5), () -> rebuildDone() || further(before));
            Topology.sleep(Duration.ofMillis(200 + random.nextInt(1_300)));
            if (rebuildDone()) {
                if (completed > kills) {
                    throw new IllegalStateException(completed + " rebuilds ended before a kill: the history is too "
                            + "small to kill a rebuild; give more --people");
                }
                ReadModelSnapshot.Difference difference = ReadModelSnapshot.compare(jdbc);
                lost += difference.lost();
                extra += difference.extra();
                differing.putAll(difference.tables());
                completed++;
                requestRebuild();
                rebuilds++;
                continue;
            }
            Map<String, Double> atKill = rebuildProgress();
            topology.killProjections();
            long killedAt = System.nanoTime();
            killed++;
            topology.startProjections();
            topology.awaitProjections(Duration.ofMinutes(3));
            await("the rebuild past where the killed process was", Duration.ofMinutes(5),
                    () -> rebuildDone() || further(atKill));
            recovery.add(seconds(killedAt));
            System.out.printf(Locale.ROOT, "  kill %d at %s: going on again after %.1f s%n", killed, atKill,
                    recovery.get(recovery.size() - 1));
        }
        await("the last rebuild done", Duration.ofMinutes(20), this::rebuildDone);
        ReadModelSnapshot.Difference difference = ReadModelSnapshot.compare(jdbc);
        lost += difference.lost();
        extra += difference.extra();
        differing.putAll(difference.tables());
        completed++;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rebuildsAsked", rebuilds);
        details.put("rebuildsCompletedAndCompared", completed);
        details.put("readModelRowsLost", lost);
        details.put("readModelRowsExtra", extra);
        details.put("tablesDiffering", differing);
        // The comparison holds only for the log the reference was taken at.
        details.put("logGrewDuringThePhase", head() - head);
        return new Row("kill -9 of projections during a rebuild", killed, 0, null, lost, extra, null, null, null,
                recovery, details);
    }

    private void requestRebuild() {
        for (String readModel : Processors.READ_MODELS) {
            Http.Answer asked = topology.projectionsAdmin().post("/api/v1/admin/projections/" + readModel + "/rebuild",
                    "");
            if (asked.status() != 202) {
                throw new IllegalStateException("rebuild of " + readModel + ": " + asked);
            }
        }
    }

    /**
     * Each read model's rebuild percentage (0 before its rebuild was taken up); empty while no process answers. A
     * read model folded in memory shows its folded progress while that is fresh, its tokens' after a kill.
     */
    private Map<String, Double> rebuildProgress() {
        JsonNode status = projectionsStatus();
        Map<String, Double> progress = new TreeMap<>();
        if (status == null) {
            return progress;
        }
        for (JsonNode processor : status.get("processors")) {
            String name = processor.get("name").asString();
            JsonNode rebuild = processor.get("rebuild");
            if (Processors.READ_MODELS.contains(name)) {
                progress.put(name, rebuild != null && !rebuild.isNull()
                        && "RESET".equals(rebuild.get("state").asString()) ? rebuild.get("percent").asDouble() : 0);
            }
        }
        return progress;
    }

    /** Every read model at least where it was, and one further. */
    private boolean further(Map<String, Double> than) {
        Map<String, Double> now = rebuildProgress();
        if (now.isEmpty()) {
            return false;
        }
        boolean anyFurther = false;
        for (String readModel : Processors.READ_MODELS) {
            double was = than.getOrDefault(readModel, 0.0);
            double is = now.getOrDefault(readModel, 0.0);
            if (is < was) {
                return false;
            }
            anyFurther |= is > was;
        }
        return anyFurther;
    }

    private boolean rebuildDone() {
        JsonNode status = projectionsStatus();
        if (status == null) {
            return false;
        }
        for (JsonNode processor : status.get("processors")) {
            if (!Processors.READ_MODELS.contains(processor.get("name").asString())) {
                continue;
            }
            JsonNode rebuild = processor.get("rebuild");
            if (rebuild == null || rebuild.isNull() || !"RESET".equals(rebuild.get("state").asString())
                    || processor.get("rebuilding").asBoolean() || rebuild.get("percent").asDouble() < 100.0) {
                return false;
            }
        }
        return true;
    }

    private JsonNode projectionsStatus() {
        if (!topology.projectionsAlive()) {
            return null;
        }
        try {
            Http.Answer answer = topology.projectionsAdmin().get("/api/v1/admin/projections");
            return answer.status() == 200 ? answer.json() : null;
        } catch (UncheckedIOException notAnswering) {
            return null;
        }
    }

    // --- Kill -9 of the projections process while it publishes ------------------------------------------------

    private WritePhase killsWhilePublishing() {
        System.out.println("kills while publishing");
        List<String> writers = people.get("publishing");
        Writers load = Writers.start("publishing", manager(), writers, Duration.ofMillis(100));
        List<Double> recovery = new ArrayList<>();
        try {
            for (int killed = 1; killed <= kills; killed++) {
                long before = publisherPosition();
                await("the publisher going on", Duration.ofMinutes(5), () -> publisherPosition() > before);
                Topology.sleep(Duration.ofMillis(300 + random.nextInt(1_700)));
                long atKill = publisherPosition();
                topology.killProjections();
                long killedAt = System.nanoTime();
                topology.startProjections();
                topology.awaitProjections(Duration.ofMinutes(3));
                await("the publisher past where the killed process was", Duration.ofMinutes(5),
                        () -> publisherPosition() > atKill);
                recovery.add(seconds(killedAt));
                System.out.printf(Locale.ROOT, "  kill %d at position %d: publishing again after %.1f s (%d commands "
                        + "answered)%n", killed, atKill, recovery.get(recovery.size() - 1), load.answeredCount());
            }
        } finally {
            load.stop();
        }
        return new WritePhase("kill -9 of projections while publishing", kills, writers, load, recovery,
                new LinkedHashMap<>(), null);
    }

    private long publisherPosition() {
        return new CatchUp(jdbc, List.of(Processors.EVENTS_PUBLISHER)).position(Processors.EVENTS_PUBLISHER);
    }

    // --- The broker down ----------------------------------------------------------------------------------------

    private WritePhase brokerDown(Duration down) {
        System.out.println("the broker down for " + down.toSeconds() + " s");
        List<String> writers = people.get("broker");
        Writers load = Writers.start("broker", manager(), writers, Duration.ofMillis(100));
        List<Double> recovery = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            Topology.sleep(Duration.ofSeconds(10));
            topology.killBroker();
            int answeredAtKill = load.answeredCount();
            Topology.sleep(down);
            details.put("commandsAnsweredWhileDown", load.answeredCount() - answeredAtKill);
            long startedAt = System.nanoTime();
            topology.startBroker();
            long headAtStart = head();
            await("the events appended while the broker was down published", Duration.ofMinutes(5),
                    () -> publisherPosition() >= headAtStart);
            recovery.add(seconds(startedAt));
            System.out.printf(Locale.ROOT, "  published what was appended while it was down %.1f s after its start "
                    + "(%s commands answered while it was down)%n", recovery.get(0),
                    details.get("commandsAnsweredWhileDown"));
            Topology.sleep(Duration.ofSeconds(10));
        } finally {
            load.stop();
        }
        return new WritePhase("broker killed and down " + down.toSeconds() + " s under write load", 1, writers, load,
                recovery, details, null);
    }

    // --- PostgreSQL restarted -----------------------------------------------------------------------------------

    private WritePhase postgresRestart() {
        System.out.println("PostgreSQL restarted");
        List<String> writers = people.get("postgres");
        Writers load = Writers.start("postgres", manager(), writers, Duration.ofMillis(100));
        List<Double> recovery = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        Outage outage;
        try {
            Topology.sleep(Duration.ofSeconds(10));
            long headBefore = head();
            long stoppedAt = System.nanoTime();
            topology.stopPostgres();
            Topology.sleep(Duration.ofSeconds(5));
            topology.startPostgres();
            long startedAt = System.nanoTime();
            details.put("downSeconds", round((startedAt - stoppedAt) / 1e9));
            await("a command answered again", Duration.ofMinutes(3), () -> load.answered().stream()
                    .anyMatch(answered -> answered.answeredAtNanos() > startedAt));
            long firstAnswer = load.answered().stream().mapToLong(Writers.Answered::answeredAtNanos)
                    .filter(at -> at > startedAt).min().orElseThrow();
            outage = new Outage(stoppedAt, firstAnswer);
            recovery.add(round((firstAnswer - startedAt) / 1e9));
            long headAtStart = Math.max(head(), headBefore);
            await("the read models and publishers past what was appended before", Duration.ofMinutes(5),
                    () -> allProcessors().stream().allMatch(processor -> new CatchUp(jdbc, List.of(processor))
                            .position(processor) >= headAtStart));
            details.put("caughtUpSecondsAfterStart", seconds(startedAt));
            System.out.printf(Locale.ROOT, "  commands answered again %.1f s after its start; processors past the "
                    + "head %s s after%n", recovery.get(0), details.get("caughtUpSecondsAfterStart"));
            Topology.sleep(Duration.ofSeconds(10));
        } finally {
            load.stop();
        }
        return new WritePhase("PostgreSQL restarted under write load", 1, writers, load, recovery, details, outage);
    }

    // --- Racing clients -----------------------------------------------------------------------------------------

    private WritePhase racingClients(int clients, int commandsEach) {
        System.out.println(clients + " clients racing on one aggregate");
        String person = people.get("racing").get(0);
        Writers racers = Writers.start("racing", manager(), Collections.nCopies(clients, person), Duration.ZERO,
                commandsEach);
        racers.awaitDone();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("commandsSent", clients * commandsEach);
        return new WritePhase(clients + " clients racing on one aggregate", clients, List.of(person), racers,
                List.of(), details, null);
    }

    // --- Bad requests -------------------------------------------------------------------------------------------

    /** Generated from each service's own OpenAPI document, as BadInputTest does, in turn over every operation. */
    private Row badRequests(int count, long seed) {
        System.out.printf("%,d bad requests%n", count);
        Map<String, String> known = BadRequests.knownIds(topology.commandPort());
        record Target(int port, BadRequests requests, BadRequests.Operation operation) {
        }
        List<Target> targets = new ArrayList<>();
        for (int port : new int[] {topology.commandPort(), topology.queryPort()}) {
            JsonNode openApi = Http.at(port).get("/v3/api-docs").json();
            BadRequests requests = new BadRequests(openApi, known, seed);
            BadRequests.operations(openApi).forEach(operation -> targets.add(new Target(port, requests, operation)));
        }
        long eventsBefore = PeoplesEvents.count(jdbc);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long wrong = 0;
        long serverErrors = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Target target = targets.get(i % targets.size());
            List<BadRequests.Defect> applicable = target.requests().defectsFor(target.operation());
            BadRequests.Defect defect = applicable.get(target.requests().nextInt(applicable.size()));
            RawHttp.Request request = target.requests().make(target.operation(), defect);
            RawHttp.Response response = RawHttp.send(target.port(), request);
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500) {
                serverErrors++;
            }
            String problem = BadRequests.wrongAnswer(response);
            if (problem != null) {
                wrong++;
                if (examples.size() < 10) {
                    examples.add(defect + " " + request.describe() + " -> " + response.status() + " " + problem);
                }
            }
        }
        long appended = PeoplesEvents.count(jdbc) - eventsBefore;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operations", targets.size());
        details.put("statuses", statuses);
        details.put("answersNotA4xxProblem", wrong);
        details.put("examples", examples);
        details.put("eventsAppendedByRefusedRequests", appended);
        System.out.printf("  statuses %s; %d answers not a 4xx problem+json; %d events appended%n", statuses, wrong,
                appended);
        return new Row("generated bad requests", count, count, null, null, appended, null, null, serverErrors,
                List.of(), details);
    }

    // --- What the write phases left ----------------------------------------------------------------------------

    private Row evaluate(WritePhase phase) {
        Set<String> keys = Set.copyOf(phase.people());
        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(topology.bootstrapServers(), EVENTS_TOPIC,
                record -> keys.contains(record.key()), Duration.ofMinutes(5));
        WriteEffects effects = WriteEffects.of(jdbc, phase.people(), phase.writers().answered(), records);
        Map<Integer, Integer> statuses = phase.writers().statuses();
        long unavailableOutsideTheOutage = phase.writers().unavailableAt().stream()
                .filter(at -> phase.databaseOutage() == null || !phase.databaseOutage().covers(at)).count();
        long unexpected5xx = statuses.entrySet().stream()
                .filter(status -> status.getKey() >= 500 && status.getKey() != 503)
                .mapToLong(Map.Entry::getValue).sum() + unavailableOutsideTheOutage;
        Map<String, Object> details = new LinkedHashMap<>(phase.details());
        details.put("statuses", statuses);
        details.put("unavailableOutsideTheDatabaseOutage", unavailableOutsideTheOutage);
        details.put("sendsWithoutAnswer", phase.writers().noAnswer());
        details.put("refusedOrUnreadable", phase.writers().unexpectedCount());
        details.put("firstRefusedOrUnreadable", phase.writers().unexpected());
        details.putAll(effects.details());
        return new Row(phase.fault(), phase.injected(), phase.writers().answeredCount(),
                (long) phase.writers().givenUp(), effects.lost(), effects.doubled(), effects.kafkaDuplicates(),
                effects.kafkaConflicting(), unexpected5xx, phase.recoverySeconds(), details);
    }

    /**
     * After every fault: the read models as the faults left them against what one uninterrupted process makes of the
     * same log. Taken again if the command side's policies appended while it ran, which would make the reference
     * stale.
     */
    private Row againstACleanRebuild() {
        System.out.println("the read models against a clean rebuild");
        for (int attempt = 1; ; attempt++) {
            catchUp(Duration.ofMinutes(10));
            ReadModelSnapshot.take(jdbc);
            long head = head();
            requestRebuild();
            await("the clean rebuild", Duration.ofMinutes(30), this::rebuildDone);
            long grew = head() - head;
            if (grew > 0 && attempt < 3) {
                System.out.println("  the log grew by " + grew + " events during the rebuild: again");
                continue;
            }
            ReadModelSnapshot.Difference difference = ReadModelSnapshot.compare(jdbc);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("readModelRowsLost", difference.lost());
            details.put("readModelRowsExtra", difference.extra());
            details.put("tablesDiffering", difference.tables());
            details.put("logGrewDuringTheRebuild", grew);
            details.put("attempts", attempt);
            return new Row("all of the above: read models against a clean rebuild", 1, 0, null, difference.lost(),
                    difference.extra(), null, null, null, List.of(), details);
        }
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private Http manager() {
        return topology.commandsAs(MANAGER, "MANAGER");
    }

    private EventProcessingConfiguration commandSideProcessing() {
        return topology.commandService().getBean(EventProcessingConfiguration.class);
    }

    /** The projections' processors and the command side's policies: everything that reacts to the log. */
    private List<String> allProcessors() {
        List<String> commandSide = new CatchUp(jdbc, commandSideProcessing()).processors();
        return Stream.concat(Processors.ALL.stream(), commandSide.stream()).distinct().toList();
    }

    private void catchUp(Duration timeout) {
        try {
            new CatchUp(jdbc, allProcessors()).await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long head() {
        return new CatchUp(jdbc, List.of()).head();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + timeout + ": " + what);
            }
            Topology.sleep(Duration.ofMillis(200));
        }
    }

    private static double seconds(long sinceNanos) {
        return round((System.nanoTime() - sinceNanos) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
