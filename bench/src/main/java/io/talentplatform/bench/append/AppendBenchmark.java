package io.talentplatform.bench.append;

import io.talentplatform.bench.Options;
import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.platform.KernelBursts;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.bench.platform.PostgresStatements;
import io.talentplatform.bench.platform.ResourceUse;
import io.talentplatform.command.employee.RecordCapabilityEvidence;
import io.talentplatform.events.employee.EvidenceSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How fast commands become events: capability evidence recorded by a manager, through the HTTP command API and
 * through Axon's command gateway, with 1 and with 8 client threads (closed loop), next to the raw JDBC insert of rows
 * of the same shape (a copy of the event table, the same payload and metadata bytes) in the same run: one transaction
 * per row with the same threads, and batched. Then the latency at half of the HTTP peak, open loop, measured from the
 * moment each request was due (so a stall counts for every request it delays). The whole platform runs meanwhile, as
 * deployed: read models and publishers follow the appends.
 */
public final class AppendBenchmark {

    private static final String MANAGER = "M-APPEND";

    /**
     * What each person's evidence is about, in turn. A person holds a handful of capabilities and evidence keeps
     * coming for them (the synthetic organisation stops adding new ones at eight); a new capability name on every
     * request would grow each person's profile without bound and time that growth instead of the append.
     */
    private static final List<String> CAPABILITIES = List.of("distributed-systems", "api-design", "observability",
            "data-modelling", "incident-response", "mentoring", "stakeholder-management", "technical-writing");

    private AppendBenchmark() {
    }

    public static void run(Options options) throws Exception {
        int people = options.integer("people", 800);
        int threads = options.integer("threads", 8);
        int runs = options.integer("runs", 3);
        // The JIT keeps compiling the request path for a while after start; figures taken before that measure the
        // compiler, not the platform (docs/decisions/015-append-bench-warm-up-and-clean-start.md).
        Duration warmup = Duration.ofSeconds(options.integer("warmup", 60));
        Duration duration = Duration.ofSeconds(options.integer("duration", 15));
        Path results = Path.of(options.text("results", "bench/results"));
        if (Boolean.parseBoolean(options.text("statements", "false"))) {
            PostgresStatements.ask();
        }
        Instant began = Instant.now();
        System.out.printf("append benchmark: %d people, 1 and %d threads, %d s per figure, %d runs%n", people,
                threads, duration.toSeconds(), runs);
        try (PlatformUnderTest platform = PlatformUnderTest.start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = platform.baseUrl();
            String hr = platform.devToken("HR-1", "HR");
            String manager = platform.devToken(MANAGER, "MANAGER");
            List<String> ids = register(http, base, hr, people);
            CommandGateway gateway = platform.bean(CommandGateway.class);
            org.springframework.core.env.Environment settings =
                    platform.bean(org.springframework.core.env.Environment.class);
            RawAppend raw = new RawAppend(settings.getProperty("spring.datasource.url"),
                    settings.getProperty("spring.datasource.username"), ids.get(0));
            BareAxonAppend bare = new BareAxonAppend(settings.getProperty("spring.datasource.url"),
                    settings.getProperty("spring.datasource.username"), threads);

            PlainHttp plain = new PlainHttp(base);
            Call overHttp = (thread, i) -> {
                int status = plain.post("/api/v1/employees/" + person(ids, threads, thread, i) + "/capabilities",
                        manager, evidence(ids, threads, i));
                if (status != 201) {
                    throw new IllegalStateException("HTTP " + status);
                }
            };
            Call throughGateway = (thread, i) -> gateway.sendAndWait(new RecordCapabilityEvidence(
                    person(ids, threads, thread, i), UUID.randomUUID(), capability(ids, threads, i), 3,
                    "shipped it", EvidenceSource.REVIEW, LocalDate.now(ZoneOffset.UTC).minusDays(1)));

            System.out.printf("warming up for %d s%n", warmup.toSeconds());
            ClosedLoop.run(threads, overHttp, warmup);
            ClosedLoop.run(threads, throughGateway, warmup.dividedBy(2));
            ClosedLoop.run(threads, bare::append, warmup.dividedBy(2));
            bare.clearAway();
            raw.prepare();
            ClosedLoop.run(threads, raw::insertOne, warmup.dividedBy(2));
            raw.closeConnections();

            // Each figure starts with every processor at the head of the log, so it is not slowed by the backlog
            // the figure before it left behind; how long the 8-thread HTTP phase's backlog took is reported.
            CatchUp settled = new CatchUp(platform.jdbc(), platform.bean(EventProcessingConfiguration.class));
            List<Map<String, Object>> perRun = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("run", run);
                settle(settled);
                figures.put("http1", ClosedLoop.run(1, overHttp, duration).toMap());
                settle(settled);
                // The CPU of the HTTP figure counts until the read models and publishers have caught up with it:
                // what a command costs with every processor live.
                PostgresStatements.reset(platform.jdbc());
                ResourceUse httpUse = ResourceUse.start(platform.jdbc());
                Sample http8 = ClosedLoop.run(threads, overHttp, duration);
                figures.put("http" + threads, http8.toMap());
                figures.put("readModelsBehindAfterHttp" + threads + "Ms", settle(settled).toMillis());
                figures.put("resourcesHttp" + threads, httpUse.stop(http8.answered()));
                List<Map<String, Object>> statements = PostgresStatements.top(platform.jdbc(), 15);
                if (!statements.isEmpty()) {
                    figures.put("postgresStatementsHttp" + threads, statements);
                }
                figures.put("gateway1", ClosedLoop.run(1, throughGateway, duration).toMap());
                settle(settled);
                figures.put("gateway" + threads, ClosedLoop.run(threads, throughGateway, duration).toMap());
                settle(settled);
                figures.put("bareAxon1", ClosedLoop.run(1, bare::append, duration).toMap());
                bare.clearAway();
                ResourceUse bareUse = ResourceUse.start(platform.jdbc());
                Sample bareAxon = ClosedLoop.run(threads, bare::append, duration);
                figures.put("bareAxon" + threads, bareAxon.toMap());
                figures.put("resourcesBareAxon" + threads, bareUse.stop(bareAxon.answered()));
                bare.clearAway();
                raw.prepare();
                figures.put("rawPerRow1", ClosedLoop.run(1, raw::insertOne, duration).toMap());
                Sample rawPerRow = ClosedLoop.run(threads, raw::insertOne, duration);
                figures.put("rawPerRow" + threads, rawPerRow.toMap());
                raw.closeConnections();
                figures.put("rawBatched1", raw.batched(duration));
                raw.clearAway();
                settle(settled);
                double halfPeak = http8.perSecond() / 2;
                figures.put("httpHalfPeak", OpenLoop.run(halfPeak, overHttp, duration, threads));
                figures.put("httpOverRawPerRow", round(http8.perSecond() / rawPerRow.perSecond()));
                figures.put("httpOverBareAxon", round(http8.perSecond() / bareAxon.perSecond()));
                System.out.printf(Locale.ROOT, "  run %d: %s%n", run, figures);
                perRun.add(figures);
            }

            Map<String, Object> report = Environment.report("append", began);
            report.put("postgres", Environment.postgres(platform.jdbc(), null));
            report.put("people", people);
            report.put("threads", threads);
            report.put("durationSeconds", duration.toSeconds());
            report.put("runs", perRun);
            Map<String, Object> medians = new LinkedHashMap<>();
            for (String figure : FIGURES.apply(threads)) {
                medians.put(figure, Map.of(
                        "perSecond", median(perRun, figure, "perSecond"),
                        "p50Ms", median(perRun, figure, "p50Ms"),
                        "p99Ms", median(perRun, figure, "p99Ms")));
            }
            report.put("medians", medians);
            if (((Map<?, ?>) perRun.get(0).get("httpHalfPeak")).containsKey("p99ClearOfKernelBurstsMs")) {
                report.put("medianHalfPeakP99ClearOfKernelBurstsMs",
                        median(perRun, "httpHalfPeak", "p99ClearOfKernelBurstsMs"));
            }
            for (String ratio : List.of("httpOverRawPerRow", "httpOverBareAxon")) {
                List<Double> ratios = perRun.stream().map(r -> (Double) r.get(ratio)).sorted().toList();
                report.put("median" + Character.toUpperCase(ratio.charAt(0)) + ratio.substring(1),
                        ratios.get(ratios.size() / 2));
            }
            List<Long> behind = perRun.stream().map(r -> (Long) r.get("readModelsBehindAfterHttp" + threads + "Ms"))
                    .sorted().toList();
            report.put("medianReadModelsBehindAfterHttp" + threads + "Ms", behind.get(behind.size() / 2));
            report.put("note", "capability evidence by the person's manager (one CapabilityEvidenced event per "
                    + "command, each client thread on its own people, each person's evidence about eight "
                    + "capabilities in turn); raw rows: a copy of domainevententry's shape with the payload and "
                    + "metadata bytes of a real CapabilityEvidenced; bare Axon: a minimal event-sourced aggregate "
                    + "through Axon's command gateway and JDBC engine with its defaults, "
                    + BareAxonAppend.EVENTS_PER_AGGREGATE + " events per aggregate, no processor reading them; "
                    + "the half-peak "
                    + "figure is open loop at half of the same run's " + threads + "-thread HTTP rate, latency "
                    + "from when each request was due; read models and publishers running throughout, and caught up "
                    + "with the log before each figure");
            Environment.write(results, "append", report, AppendReport.markdown(report, threads));
            bare.close();
            plain.closeAll();
        }
    }

    /** The figures of a run, in the order of the report. */
    static final java.util.function.IntFunction<List<String>> FIGURES = threads -> List.of("http1",
            "http" + threads, "gateway1", "gateway" + threads, "bareAxon1", "bareAxon" + threads, "rawPerRow1",
            "rawPerRow" + threads, "rawBatched1", "httpHalfPeak");

    /** Waits until every processor has processed the whole log; returns how long that took. */
    private static Duration settle(CatchUp processors) throws InterruptedException {
        long started = System.nanoTime();
        processors.await(Duration.ofMinutes(10));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static List<String> register(HttpClient http, String base, String hr, int people) throws Exception {
        post(http, base, "/api/v1/employees", hr, registration(MANAGER, null));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String id = "A-" + i;
            post(http, base, "/api/v1/employees", hr, registration(id, MANAGER));
            ids.add(id);
        }
        return ids;
    }

    /** Each client thread has people of its own, so no two threads wait on one aggregate. */
    private static String person(List<String> ids, int threads, int thread, long i) {
        int own = ids.size() / threads;
        return ids.get((int) (thread * own + i % own));
    }

    /** The i-th request of a thread is the (i / own)-th visit to its person: each visit evidences the next one. */
    private static String capability(List<String> ids, int threads, long i) {
        int own = ids.size() / threads;
        return CAPABILITIES.get((int) ((i / own) % CAPABILITIES.size()));
    }

    private static String evidence(List<String> ids, int threads, long i) {
        return """
                {"capability":"%s","level":3,"evidence":"shipped it","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability(ids, threads, i), LocalDate.now(ZoneOffset.UTC).minusDays(1));
    }

    private static String registration(String id, String manager) {
        return """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(id, id,
                manager == null ? "" : ",\"managerId\":\"" + manager + "\"");
    }

    private static void post(HttpClient http, String base, String path, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    @SuppressWarnings("unchecked")
    private static double median(List<Map<String, Object>> runs, String figure, String field) {
        List<Double> values = runs.stream()
                .map(run -> ((Number) ((Map<String, Object>) run.get(figure)).get(field)).doubleValue())
                .sorted().toList();
        return values.get(values.size() / 2);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** One request of client thread {@code thread}, its {@code i}-th. */
    @FunctionalInterface
    interface Call {
        void run(int thread, long i) throws Exception;
    }

    /** Rows of the event table's shape, in a table of their own, over connections of their own. */
    private static final class RawAppend {

        private final String url;
        private final String user;
        private final String aggregate;
        private byte[] payload;
        private byte[] metadata;
        private final ThreadLocal<Connection> connections = new ThreadLocal<>();
        private final List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

        RawAppend(String url, String user, String aggregate) {
            this.url = url;
            this.user = user;
            this.aggregate = aggregate;
        }

        /** Empties the table and takes a real event's bytes, so that the rows are as large as the platform's. */
        void prepare() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "")) {
                try (java.sql.Statement truncate = connection.createStatement()) {
                    truncate.execute("TRUNCATE bench_raw_append");
                }
                try (java.sql.Statement select = connection.createStatement();
                     ResultSet row = select.executeQuery("""
                        SELECT payload, metadata FROM domainevententry
                        WHERE aggregateidentifier = '%s' AND payloadtype LIKE '%%CapabilityEvidenced'
                        ORDER BY globalindex DESC LIMIT 1""".formatted(aggregate))) {
                    if (!row.next()) {
                        throw new IllegalStateException("no CapabilityEvidenced of " + aggregate + " to copy");
                    }
                    payload = row.getBytes(1);
                    metadata = row.getBytes(2);
                }
            }
        }

        void insertOne(int thread, long i) throws SQLException {
            Connection connection = connections.get();
            if (connection == null) {
                connection = DriverManager.getConnection(url, user, "");
                connections.set(connection);
                opened.add(connection);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bind(insert);
                insert.executeUpdate();
            }
        }

        /**
         * Removes the baseline's rows and writes its dirty pages out, so the next figure does not pay for the
         * checkpoints the raw figures' WAL sets off (docs/decisions/015-append-bench-warm-up-and-clean-start.md).
         */
        void clearAway() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE bench_raw_append");
                statement.execute("CHECKPOINT");
            }
        }

        /**
         * Closes the connections the client threads of the figures so far opened: each figure runs on threads of its
         * own, so their connections are not used again.
         */
        void closeConnections() throws SQLException {
            for (Connection connection : opened) {
                connection.close();
            }
            opened.clear();
        }

        Map<String, Object> batched(Duration duration) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "")) {
                connection.setAutoCommit(false);
                long rows = 0;
                long started = System.nanoTime();
                long deadline = started + duration.toNanos();
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    while (System.nanoTime() < deadline) {
                        for (int i = 0; i < 1_000; i++) {
                            bind(insert);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        connection.commit();
                        rows += 1_000;
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("perSecond", round(rows / seconds));
                result.put("p50Ms", 0.0);
                result.put("p99Ms", 0.0);
                result.put("batch", 1_000);
                return result;
            }
        }

        private void bind(PreparedStatement insert) throws SQLException {
            insert.setString(1, "RAW-" + Thread.currentThread().getId());
            insert.setLong(2, sequence.incrementAndGet());
            insert.setString(3, "Employee");
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, metadata);
            insert.setBytes(6, payload);
            insert.setString(7, "2");
            insert.setString(8, "io.talentplatform.events.employee.CapabilityEvidenced");
            insert.setString(9, Instant.now().toString());
        }

        private static final String INSERT = """
                INSERT INTO bench_raw_append (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    }

    /** Open loop at a fixed rate: latency counts from when each request was due. */
    private static final class OpenLoop {

        /**
         * The figure, and how its slowest 1 % relate to the runs of the kernel's memory monitor ({@link
         * KernelBursts}): how many of them, and of all requests, were pending (due and not yet answered) while it
         * ran, and the p99 of the requests that were not.
         */
        static Map<String, Object> run(double perSecond, Call call, Duration duration, int threads) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(16, threads * 4));
            long interval = (long) (1e9 / perSecond);
            long started = System.nanoTime();
            int requests = (int) (duration.toNanos() / interval);
            List<Future<long[]>> pending = new ArrayList<>(requests);
            try (KernelBursts kernel = KernelBursts.watch()) {
                for (int i = 0; i < requests; i++) {
                    long due = started + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long request = i;
                    pending.add(pool.submit(() -> {
                        call.run((int) (request % threads), request / threads);
                        return new long[] {due, System.nanoTime()};
                    }));
                }
                List<long[]> answered = new ArrayList<>(requests);
                int errors = 0;
                for (Future<long[]> answer : pending) {
                    try {
                        answered.add(answer.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        errors++;
                    }
                }
                pool.shutdown();
                double seconds = (System.nanoTime() - started) / 1e9;
                Map<String, Object> figure = Sample.of(answered.stream().mapToLong(a -> a[1] - a[0]).toArray(),
                        seconds, errors).toMap();
                if (kernel.watching()) {
                    figure.putAll(kernelShare(answered, kernel));
                }
                return figure;
            }
        }

        private static Map<String, Object> kernelShare(List<long[]> answered, KernelBursts kernel) {
            // {latency, 1 if kdamond ran while it was pending}, each request's overlap looked up once.
            List<long[]> slowestFirst = new ArrayList<>(answered.size());
            for (long[] request : answered) {
                slowestFirst.add(new long[] {request[1] - request[0], kernel.overlaps(request[0], request[1]) ? 1 : 0});
            }
            slowestFirst.sort(Comparator.comparingLong((long[] request) -> request[0]).reversed());
            List<long[]> tail = slowestFirst.subList(0, (int) Math.ceil(slowestFirst.size() * 0.01));
            long[] clear = slowestFirst.stream().filter(request -> request[1] == 0).mapToLong(request -> request[0])
                    .toArray();
            Map<String, Object> share = new LinkedHashMap<>();
            share.put("tail", tail.size());
            share.put("tailDuringKernelBursts", tail.stream().filter(request -> request[1] == 1).count());
            share.put("requestsDuringKernelBursts", answered.size() - clear.length);
            share.put("p99ClearOfKernelBurstsMs", AppendBenchmark.round(Sample.of(clear, 1, 0).p99Ms()));
            return share;
        }
    }
}
