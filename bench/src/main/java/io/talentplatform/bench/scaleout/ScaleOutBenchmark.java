package io.talentplatform.bench.scaleout;

import io.talentplatform.bench.Options;
import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.platform.EvidenceBacklog;
import io.talentplatform.bench.platform.HistoryLoad;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.bench.rebuild.RebuildBenchmark;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The way a user outgrows one machine: the read models' throughput with one {@code projections} process, then with
 * a second one joined on the same database and broker, the two splitting every read model's segments through
 * Axon's token claims (SegmentShare), then with a third, after the operator split a segment of each read model
 * through the admin API (SegmentChanges) so that each process holds one of three. Two figures per process count: a
 * rebuild of all four read models through the admin API (the rebuild benchmark's), and live throughput: a backlog of
 * new capability evidence appended while the read models run, timed from the first append until every read model has
 * processed the last one.
 *
 * <p>All processes run on this machine: on two cores another process adds no cores, so the figure shows what
 * splitting costs and how the work divides, not what another machine would add. The kill -9 and the equality of
 * read models and topics with a single process are asserted by {@code ScaleOutTest}, not measured here.
 */
public final class ScaleOutBenchmark {

    private static final String MANAGER = "M-BENCH";
    private static final int LIVE_PEOPLE = 1_000;
    private static final int LIVE_CAPABILITIES = 20;

    private ScaleOutBenchmark() {
    }

    public static void run(Options options) throws Exception {
        OrganisationSpec spec = options.organisation();
        int runs = options.integer("runs", 3);
        int liveEvents = options.integer("live-events", 50_000);
        Path results = Path.of(options.text("results", "bench/results"));
        String dataDirectory = options.text("data-dir", null);
        Instant began = Instant.now();
        System.out.printf("scale-out benchmark: %d people, %d quarters, seed %d; %d runs, %,d live events per run%n",
                spec.people(), spec.quarters(), spec.seed(), runs, liveEvents);
        // Both processes look for unclaimed segments every second (Axon's default is every 5 s), so a segment one
        // gives back is taken soon after: the split settles in seconds, not in a tenth of a short run.
        Map<String, String> claimInterval = new LinkedHashMap<>();
        Processors.READ_MODELS.forEach(readModel -> claimInterval.put(
                "axon.eventhandling.processors." + readModel + ".token-claim-interval", "1000"));
        claimInterval.forEach(System::setProperty);
        try (PlatformUnderTest platform = PlatformUnderTest.start(dataDirectory == null ? null
                : Path.of(dataDirectory))) {
            HistoryLoad load = HistoryLoad.stopProcessorsAndLoad(platform, spec);
            HistoryLoad.startReadModels(platform);
            CatchUp catchUp = new CatchUp(platform.jdbc(), Processors.READ_MODELS);
            catchUp.await(Duration.ofHours(3));
            long events = catchUp.head();
            System.out.printf("%,d events; the read models are at the head%n", events);
            List<String> people = platform.jdbc().sql("""
                            SELECT employee_id FROM tp_person WHERE employed AND NOT erased
                            ORDER BY employee_id LIMIT ?""")
                    .param(3 * LIVE_PEOPLE).query(String.class).list();
            // Each live phase writes about people of its own, so none starts with another's evidence.
            int third = people.size() / 3;
            List<String> twoPeople = people.subList(0, third);
            List<String> threePeople = people.subList(third, 2 * third);
            List<String> onePeople = people.subList(2 * third, 3 * third);

            // Both rebuild phases replay the same log: the live runs, which add to it, come after all rebuilds
            // (two processes first, then this one alone again).
            List<Map<String, Object>> oneRebuilds = rebuilds(platform, runs);
            Map<String, String> node = new LinkedHashMap<>(platform.joiningProperties());
            node.putAll(claimInterval);
            node.put("server.port", "0");
            node.put("logging.level.root", "WARN");
            // Nobody calls the node's HTTP API here, but a service verifies bearer tokens against a public key.
            node.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + throwawayPublicKey());
            // The nodes run every processor, as a projections process in production does: the publishers' segments
            // are shared too, though nothing here publishes much (the read models are what is measured).
            Path log = Files.createTempFile("talent-projections-node", ".log");
            Map<String, Object> two;
            Map<String, Object> three;
            try (ProjectionsNode second = ProjectionsNode.start(node, "1g", log)) {
                System.out.printf("started a second projections process (log: %s)%n", log);
                awaitShared(platform.jdbc(), second, 2, Duration.ofMinutes(3));
                List<Map<String, Object>> twoRebuilds = rebuilds(platform, runs);
                two = phase(2, twoRebuilds, live(platform, 2, runs, liveEvents, twoPeople));
                Path thirdLog = Files.createTempFile("talent-projections-node-3", ".log");
                try (ProjectionsNode thirdNode = ProjectionsNode.start(node, "1g", thirdLog)) {
                    System.out.printf("started a third projections process (log: %s)%n", thirdLog);
                    changeSegments(platform, "split");
                    awaitShared(platform.jdbc(), thirdNode, 3, Duration.ofMinutes(3));
                    List<Map<String, Object>> threeRebuilds = rebuilds(platform, runs);
                    three = phase(3, threeRebuilds, live(platform, 3, runs, liveEvents, threePeople));
                }
            }
            changeSegments(platform, "merge");
            awaitAlone(platform.jdbc(), Duration.ofMinutes(1));
            Map<String, Object> one = phase(1, oneRebuilds, live(platform, 1, runs, liveEvents, onePeople));

            Map<String, Object> report = Environment.report("scale-out", began);
            report.put("order", "rebuilds with one process, rebuilds with two, live runs with two, a third process "
                    + "and a split of segment 0 of each read model, rebuilds with three, live runs with three, the "
                    + "third and second processes stopped (SIGTERM) and the segments merged back, live runs with "
                    + "one: the rebuild phases replay the same log grown by the live runs before them");
            report.put("postgres", Environment.postgres(platform.jdbc(), dataDirectory));
            Map<String, Object> org = Environment.organisation(spec);
            org.put("events", events);
            org.put("reusedDataDirectory", load.reused());
            report.put("organisation", org);
            report.put("readModels", Processors.READ_MODELS);
            report.put("oneProcess", one);
            report.put("twoProcesses", two);
            report.put("threeProcesses", three);
            Map<String, Object> ratios = new LinkedHashMap<>();
            ratios.put("rebuildTwoOverOne", round(medianOf(two, "rebuild") / medianOf(one, "rebuild")));
            ratios.put("liveTwoOverOne", round(medianOf(two, "live") / medianOf(one, "live")));
            ratios.put("rebuildThreeOverOne", round(medianOf(three, "rebuild") / medianOf(one, "rebuild")));
            ratios.put("liveThreeOverOne", round(medianOf(three, "live") / medianOf(one, "live")));
            report.put("twoOverOne", ratios);
            report.put("note", "all processes on this machine's " + Runtime.getRuntime().availableProcessors()
                    + " cores (the others JVMs of their own, -Xmx1g, running every processor); rebuild = all "
                    + "four read models through the admin API, events in the log / seconds until the last was done; "
                    + "live = " + liveEvents + " new capability evidence events for " + onePeople.size()
                    + " people (other people in each phase) "
                    + "appended to the event store while the read models run, events / seconds from the first "
                    + "append until every read model had processed the last; the second process joined with "
                    + "the same properties the platform's own projections use");

            Environment.write(results, "scale-out-" + events, report, markdown(report));
        }
    }

    /** A PEM public key of a key pair nobody keeps. */
    private static Path throwawayPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + lines.encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path file = Files.createTempFile("talent-node-key", ".pem");
        Files.writeString(file, pem);
        return file;
    }

    /** The rebuild runs with however many processes run now. */
    private static List<Map<String, Object>> rebuilds(PlatformUnderTest platform, int runs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = platform.devToken("HR-1", "HR");
        List<Map<String, Object>> rebuilds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Map<String, Long> owners = owners(platform.jdbc());
            Map<String, Object> rebuild = RebuildBenchmark.rebuild(http, platform.baseUrl(), token, run,
                    platform.jdbc());
            rebuild.remove("progress");
            rebuild.put("processesOwningSegmentsAtStart", owners);
            rebuilds.add(rebuild);
        }
        return rebuilds;
    }

    /** The live runs with {@code processes} projections processes. */
    private static List<Map<String, Object>> live(PlatformUnderTest platform, int processes, int runs,
                                                  int liveEvents, List<String> people) throws Exception {
        List<Map<String, Object>> live = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Map<String, Long> owners = owners(platform.jdbc());
            CatchUp catchUp = new CatchUp(platform.jdbc(), Processors.READ_MODELS);
            long started = System.nanoTime();
            EvidenceBacklog.append(platform, people, MANAGER, liveEvents, "live", LIVE_CAPABILITIES);
            double appendSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, Duration> reached = catchUp.await(Duration.ofHours(1));
            double lastDone = appendSeconds + reached.values().stream().mapToLong(Duration::toMillis).max()
                    .orElseThrow() / 1e3;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("run", run);
            figures.put("events", liveEvents);
            figures.put("logBefore", catchUp.head() + 1 - liveEvents);
            figures.put("appendSeconds", round(appendSeconds));
            figures.put("seconds", round(lastDone));
            figures.put("eventsPerSecond", round(liveEvents / lastDone));
            figures.put("processesOwningSegmentsAtStart", owners);
            live.add(figures);
            System.out.printf(Locale.ROOT, "  %d process(es), live run %d: %,d events appended in %.1f s, processed "
                    + "by every read model after %.1f s (%,.0f events/s)%n", processes, run, liveEvents,
                    appendSeconds, lastDone, liveEvents / lastDone);
        }
        return live;
    }

    private static Map<String, Object> phase(int processes, List<Map<String, Object>> rebuilds,
                                             List<Map<String, Object>> live) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("processes", processes);
        result.put("rebuild", Map.of("runs", rebuilds, "medianEventsPerSecond", medianRate(rebuilds)));
        result.put("live", Map.of("runs", live, "medianEventsPerSecond", medianRate(live)));
        return result;
    }

    /** Waits until this process alone holds every read model's segments again, after the second one stopped. */
    private static void awaitAlone(JdbcClient jdbc, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Long unclaimed = jdbc.sql("""
                            SELECT count(*) FROM tokenentry WHERE processorname = ANY (?::text[]) AND owner IS NULL""")
                    .param("{" + String.join(",", Processors.READ_MODELS) + "}").query(Long.class).single();
            Map<String, Long> owners = owners(jdbc);
            if (unclaimed == 0 && Processors.READ_MODELS.stream()
                    .allMatch(readModel -> owners.getOrDefault(readModel, 0L) == 1)) {
                System.out.println("this process holds every read model's segments again");
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the segments did not come back within " + timeout + ": " + owners);
            }
            Thread.sleep(500);
        }
    }

    /** Waits until {@code processes} processes hold segments of every read model, {@code joined} among them. */
    private static void awaitShared(JdbcClient jdbc, ProjectionsNode joined, int processes, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Long> owners = owners(jdbc);
            if (Processors.READ_MODELS.stream().allMatch(readModel -> owners.getOrDefault(readModel, 0L)
                    >= processes)) {
                System.out.printf("%d processes share every read model's segments: %s%n", processes, owners);
                return;
            }
            if (!joined.isAlive()) {
                throw new IllegalStateException("a joined projections process ended; see its log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no share within " + timeout + ": processes per read model "
                        + owners);
            }
            Thread.sleep(500);
        }
    }

    /** Splits segment 0 of every read model in two, or merges it back, through the admin API, as an operator does. */
    private static void changeSegments(PlatformUnderTest platform, String change) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = platform.devToken("HR-1", "HR");
        for (String readModel : Processors.READ_MODELS) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl()
                                    + "/api/v1/admin/projections/" + readModel + "/segments/0/" + change))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().contains("\"outcome\":\"DONE\"")) {
                throw new IllegalStateException(change + " of " + readModel + " answered " + answer.statusCode()
                        + ": " + answer.body());
            }
            System.out.printf("%s of %s: %s%n", change, readModel, answer.body());
        }
    }

    /** How many processes hold a claim on a segment of each read model. */
    private static Map<String, Long> owners(JdbcClient jdbc) {
        Map<String, Long> owners = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT processorname, count(DISTINCT owner) FROM tokenentry
                        WHERE processorname = ANY (?::text[]) AND owner IS NOT NULL
                        GROUP BY processorname ORDER BY processorname""")
                .param("{" + String.join(",", Processors.READ_MODELS) + "}")
                .query(rs -> {
                    owners.put(rs.getString(1), rs.getLong(2));
                });
        return owners;
    }

    private static double medianRate(List<Map<String, Object>> runs) {
        List<Double> rates = runs.stream().map(run -> (Double) run.get("eventsPerSecond")).sorted().toList();
        return rates.get(rates.size() / 2);
    }

    private static String markdown(Map<String, Object> report) {
        Map<?, ?> org = (Map<?, ?>) report.get("organisation");
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Scale-out benchmark: one, two and three projections processes, %,d events"
                + "%n%n", ((Number) org.get("events")).longValue()));
        md.append(report.get("date")).append(", commit `").append(((Map<?, ?>) report.get("commit")).get("id"))
                .append("`.\n\n");
        md.append("| processes | rebuild runs (events/s) | rebuild median | live runs (events/s) | live median |\n")
                .append("|---|---|---|---|---|\n");
        for (String key : List.of("oneProcess", "twoProcesses", "threeProcesses")) {
            Map<?, ?> processes = (Map<?, ?>) report.get(key);
            md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %s | %,.0f |%n", processes.get("processes"),
                    rates(processes, "rebuild"), medianOf(processes, "rebuild"), rates(processes, "live"),
                    medianOf(processes, "live")));
        }
        Map<?, ?> ratios = (Map<?, ?>) report.get("twoOverOne");
        md.append(String.format(Locale.ROOT, "%nTwo processes over one: rebuild %.2f, live %.2f. Three over one: "
                        + "rebuild %.2f, live %.2f.%n%n", ratios.get("rebuildTwoOverOne"), ratios.get("liveTwoOverOne"),
                ratios.get("rebuildThreeOverOne"), ratios.get("liveThreeOverOne")));
        md.append(report.get("note")).append(".\n\n");
        md.append("Organisation: ").append(org).append("\n\n");
        md.append("Machine: ").append(report.get("machine")).append("; JVM: ").append(report.get("jvm"))
                .append("; PostgreSQL: ").append(report.get("postgres")).append('\n');
        return md.toString();
    }

    private static double medianOf(Map<?, ?> processes, String figure) {
        return (Double) ((Map<?, ?>) processes.get(figure)).get("medianEventsPerSecond");
    }

    private static String rates(Map<?, ?> processes, String figure) {
        List<?> runs = (List<?>) ((Map<?, ?>) processes.get(figure)).get("runs");
        return String.join(", ", runs.stream().map(run -> String.format(Locale.ROOT, "%,.0f",
                (Double) ((Map<?, ?>) run).get("eventsPerSecond"))).toList());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
