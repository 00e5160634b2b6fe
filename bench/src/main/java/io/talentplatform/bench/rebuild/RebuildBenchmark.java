package io.talentplatform.bench.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentplatform.bench.Options;
import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.platform.HistoryLoad;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.bench.platform.PostgresStatements;
import io.talentplatform.bench.platform.ResourceUse;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * How fast every read model is rebuilt from the log, through the platform's own admin API: all four asked at once,
 * progress read from {@code GET /admin/projections} while they run (the operator's view), done when each has
 * replayed the log as it was at its reset. Publishers and the command side's policies stay stopped, so the log does
 * not move and only the read models share the cores.
 */
public final class RebuildBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RebuildBenchmark() {
    }

    public static void run(Options options) throws Exception {
        OrganisationSpec spec = options.organisation();
        int runs = options.integer("runs", 3);
        Path results = Path.of(options.text("results", "bench/results"));
        String dataDirectory = options.text("data-dir", null);
        long baselineWindow = options.number("baseline-window", 60);
        if (Boolean.parseBoolean(options.text("statements", "false"))) {
            PostgresStatements.ask();
        }
        Instant began = Instant.now();
        System.out.printf("rebuild benchmark: %d people, %d openings, %d quarters, seed %d%n", spec.people(),
                spec.openings(), spec.quarters(), spec.seed());
        try (PlatformUnderTest platform = PlatformUnderTest.start(dataDirectory == null ? null
                : Path.of(dataDirectory))) {
            EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
            HistoryLoad load = HistoryLoad.stopProcessorsAndLoad(platform, spec);
            HistoryLoad.startReadModels(platform);
            CatchUp catchUp = new CatchUp(platform.jdbc(), Processors.READ_MODELS);
            long firstStarted = System.nanoTime();
            Map<String, Duration> first = catchUp.await(Duration.ofHours(3));
            double firstSeconds = (System.nanoTime() - firstStarted) / 1e9;
            long events = catchUp.head();
            System.out.printf("%,d events; the read models first reached the head in %.1f s%n", events, firstSeconds);

            HttpClient http = HttpClient.newHttpClient();
            String token = platform.devToken("HR-1", "HR");
            List<Map<String, Object>> perRun = new ArrayList<>();
            List<Map<String, Object>> axonDefaults = new ArrayList<>();
            List<Map<String, Object>> rawJdbc = new ArrayList<>();
            List<Map<String, Object>> rawCopy = new ArrayList<>();
            // The read models are whole now; (b) copies these rows in each run (before (a) leaves them half-built).
            RawCopyBaseline copyBaseline = baselineWindow > 0
                    ? RawCopyBaseline.capture(platform.bean(DataSource.class)) : null;
            for (int run = 1; run <= runs; run++) {
                // The baselines first: the platform's rebuild that follows empties what the window of Axon's
                // defaults left half-built, so every run starts and ends with the read models whole.
                if (baselineWindow > 0) {
                    cleanStart(platform.jdbc());
                    axonDefaults.add(AxonDefaultsBaseline.run(platform, run, baselineWindow));
                    DataSource dataSource = platform.bean(DataSource.class);
                    Serializer serializer = platform.bean("eventSerializer", Serializer.class);
                    int current = run;
                    rawJdbc.add(withResources(platform.jdbc(), "rows",
                            () -> RawJdbcBaseline.run(dataSource, current)));
                    rawCopy.add(withResources(platform.jdbc(), "events",
                            () -> copyBaseline.run(dataSource, serializer, current)));
                }
                cleanStart(platform.jdbc());
                perRun.add(rebuild(http, platform.baseUrl(), token, run, platform.jdbc()));
            }

            Map<String, Object> report = Environment.report("rebuild", began);
            report.put("postgres", Environment.postgres(platform.jdbc(), dataDirectory));
            Map<String, Object> org = Environment.organisation(spec);
            org.put("events", events);
            org.put("reusedDataDirectory", load.reused());
            if (!load.reused()) {
                org.put("generateAndAppendSeconds", round(load.seconds()));
            }
            report.put("organisation", org);
            report.put("readModels", Processors.READ_MODELS);
            report.put("processorSettings", settings(platform));
            Map<String, Object> firstPass = new LinkedHashMap<>();
            firstPass.put("seconds", round(firstSeconds));
            Map<String, Object> byModel = new LinkedHashMap<>();
            first.forEach((name, took) -> byModel.put(name, round(took.toMillis() / 1e3)));
            firstPass.put("byReadModelSeconds", byModel);
            report.put("firstProcessingAfterAppend", firstPass);
            report.put("runs", perRun);
            // The median run stands for all, its time and its rate together (of an even number of runs, the faster
            // of the middle two): medians taken separately paired one run's seconds with another's rate.
            Map<String, Object> medianRun = perRun.stream()
                    .sorted(Comparator.comparingDouble(run -> (Double) run.get("seconds")))
                    .toList().get((perRun.size() - 1) / 2);
            report.put("medianSeconds", medianRun.get("seconds"));
            report.put("medianEventsPerSecond", medianRun.get("eventsPerSecond"));
            if (baselineWindow > 0) {
                double platformRate = (Double) medianRun.get("eventsPerSecond");
                double defaultsRate = median(axonDefaults);
                double rawRate = median(rawJdbc);
                double copyRate = median(rawCopy);
                Map<String, Object> baselines = new LinkedHashMap<>();
                baselines.put("axonDefaults", Map.of("runs", axonDefaults, "medianEventsPerSecond", defaultsRate,
                        "windowSeconds", baselineWindow, "windows", AxonDefaultsBaseline.WINDOWS,
                        "settings", "tracking, 1 thread, 1 segment, batch size 1, same handlers and tables"));
                baselines.put("rawJdbc", Map.of("runs", rawJdbc, "medianEventsPerSecond", rawRate,
                        "method", "stream domainevententry with a cursor (fetch 1,000), upsert one row per event "
                                + "into bench_raw_rebuild, 1,000 per JDBC batch and transaction; payloads read, "
                                + "not decoded"));
                baselines.put("rawCopy", Map.of("runs", rawCopy, "medianEventsPerSecond", copyRate,
                        "rows", copyBaseline.rowCount(),
                        "method", "stream domainevententry with a cursor (fetch 1,000) and decode every payload "
                                + "and its metadata once with the platform's event serializer (personal fields "
                                + "decrypted), while another connection empties the read models' tables, drops "
                                + "their query indexes, COPYs (binary) the rows the read models held at the start "
                                + "and builds the indexes again, in one transaction; the fold of events into rows "
                                + "is not timed, so this is a floor"));
                baselines.put("platformOverAxonDefaults", round(platformRate / defaultsRate));
                baselines.put("platformOverRawCopy", round(platformRate / copyRate));
                baselines.put("platformOverRawJdbc", round(platformRate / rawRate));
                report.put("baselines", baselines);
            }
            report.put("note", "all four read models rebuilt at once through POST /api/v1/admin/projections/{name}"
                    + "/rebuild; done when GET /api/v1/admin/projections shows each at 100% of the log at its reset; "
                    + "events per second = events in the log / seconds until the last one was done, each read "
                    + "model replaying every event; publishers and the contract policies stopped");

            Environment.write(results, "rebuild-" + events, report, markdown(report));
        }
    }

    /**
     * One rebuild of every read model at once, watched through the admin API until each is done, with what it cost
     * the JVM and PostgreSQL ({@link ResourceUse}).
     */
    public static Map<String, Object> rebuild(HttpClient http, String base, String token, int run, JdbcClient jdbc)
            throws Exception {
        PostgresStatements.reset(jdbc);
        ResourceUse use = ResourceUse.start(jdbc);
        long started = System.nanoTime();
        for (String readModel : Processors.READ_MODELS) {
            HttpResponse<String> asked = send(http, HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/admin/projections/" + readModel + "/rebuild"))
                    .POST(HttpRequest.BodyPublishers.noBody()), token);
            if (asked.statusCode() != 202) {
                throw new IllegalStateException("rebuild of " + readModel + ": HTTP " + asked.statusCode() + " "
                        + asked.body());
            }
        }
        Map<String, Double> done = new LinkedHashMap<>();
        List<Map<String, Object>> progress = new ArrayList<>();
        long lastPrinted = 0;
        while (done.size() < Processors.READ_MODELS.size()) {
            Thread.sleep(1000);
            JsonNode status = JSON.readTree(send(http, HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/admin/projections")).GET(), token).body());
            double elapsed = (System.nanoTime() - started) / 1e9;
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("seconds", round(elapsed));
            StringBuilder line = new StringBuilder();
            for (JsonNode processor : status.get("processors")) {
                String name = processor.get("name").asText();
                if (!Processors.READ_MODELS.contains(name)) {
                    continue;
                }
                JsonNode rebuild = processor.get("rebuild");
                boolean reset = rebuild != null && "RESET".equals(rebuild.get("state").asText());
                double percent = reset ? rebuild.get("percent").asDouble() : 0;
                JsonNode left = reset ? rebuild.get("secondsLeft") : null;
                sample.put(name, Map.of("percent", percent, "secondsLeft",
                        left == null || left.isNull() ? -1 : left.asLong()));
                line.append(String.format(Locale.ROOT, "  %s %.1f%%%s", name, percent,
                        left == null || left.isNull() ? "" : " (~" + left.asLong() + " s left)"));
                if (reset && !processor.get("rebuilding").asBoolean() && percent >= 100.0) {
                    done.putIfAbsent(name, round(elapsed));
                }
            }
            // Work of PostgreSQL's own besides the rebuild's, at this second: a phase before may leave some behind.
            List<String> autovacuum = jdbc.sql(
                            "SELECT query FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
                    .query(String.class).list();
            if (!autovacuum.isEmpty()) {
                sample.put("autovacuum", autovacuum);
            }
            progress.add(sample);
            if (System.nanoTime() - lastPrinted > 5_000_000_000L) {
                lastPrinted = System.nanoTime();
                System.out.printf(Locale.ROOT, "  run %d, %.0f s:%s%n", run, elapsed, line);
            }
        }
        double seconds = done.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        JsonNode status = JSON.readTree(send(http, HttpRequest.newBuilder(
                URI.create(base + "/api/v1/admin/projections")).GET(), token).body());
        long events = status.get("head").asLong();
        Thread.sleep(1500); // the last transactions' row counts reach pg_stat_user_tables
        Map<String, Object> resources = use.stop(events);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", run);
        result.put("seconds", round(seconds));
        result.put("eventsPerSecond", round(events / seconds));
        result.put("resources", resources);
        List<Map<String, Object>> statements = PostgresStatements.top(jdbc, 12);
        if (!statements.isEmpty()) {
            result.put("postgresStatements", statements);
        }
        result.put("doneByReadModelSeconds", done);
        result.put("progress", progress);
        System.out.printf(Locale.ROOT, "  run %d: every read model rebuilt in %.1f s (%,.0f events/s) %s; %s%n", run,
                seconds, events / seconds, done, ResourceUse.describe(resources));
        return result;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, String token)
            throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String markdown(Map<String, Object> report) {
        @SuppressWarnings("unchecked")
        Map<String, Object> org = (Map<String, Object>) report.get("organisation");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) report.get("runs");
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Rebuild benchmark: %,d events%n%n", ((Number) org.get("events"))
                .longValue()));
        md.append(report.get("date")).append(", commit `").append(((Map<?, ?>) report.get("commit")).get("id"))
                .append("`.\n\n");
        md.append("Every read model (").append(String.join(", ", Processors.READ_MODELS))
                .append(") rebuilt at once through the admin API, watched through `GET /api/v1/admin/projections`. ")
                .append(report.get("processorSettings")).append(".\n\n");
        md.append("| run | seconds | events/s | CPU (JVM / PostgreSQL), rows written |");
        Processors.READ_MODELS.forEach(name -> md.append(' ').append(name).append(" done (s) |"));
        md.append("\n|---|---|---|---|");
        Processors.READ_MODELS.forEach(name -> md.append("---|"));
        md.append('\n');
        for (Map<String, Object> run : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %s |", run.get("run"), run.get("seconds"),
                    run.get("eventsPerSecond"), run.get("resources") instanceof Map<?, ?> use
                            ? ResourceUse.describe(use) : ""));
            Map<?, ?> done = (Map<?, ?>) run.get("doneByReadModelSeconds");
            Processors.READ_MODELS.forEach(name -> md.append(' ').append(done.get(name)).append(" |"));
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "%nMedian: %.1f s, %,.0f events/s. First processing after the append: "
                + "%s s.%n%n", report.get("medianSeconds"), report.get("medianEventsPerSecond"),
                ((Map<?, ?>) report.get("firstProcessingAfterAppend")).get("seconds")));
        if (report.get("baselines") instanceof Map<?, ?> baselines) {
            Map<?, ?> defaults = (Map<?, ?>) baselines.get("axonDefaults");
            Map<?, ?> raw = (Map<?, ?>) baselines.get("rawJdbc");
            Map<?, ?> copy = (Map<?, ?>) baselines.get("rawCopy");
            md.append("| baseline (same run, before each rebuild) | runs (events/s) | median events/s | platform / "
                    + "baseline |\n|---|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| (a) Axon's defaults: %s; the slowest read model's time over the "
                            + "whole log, extrapolated from %s windows (one from the start of each of %s equal parts "
                            + "of the log, %s s in all) | %s | %,.0f | %.2f |%n", defaults.get("settings"),
                    defaults.get("windows"), defaults.get("windows"), defaults.get("windowSeconds"),
                    rates((List<?>) defaults.get("runs")),
                    defaults.get("medianEventsPerSecond"), baselines.get("platformOverAxonDefaults")));
            md.append(String.format(Locale.ROOT, "| (b) the same read models by a raw program: %s (%,d rows) | %s | "
                            + "%,.0f | %.2f |%n", copy.get("method"), ((Number) copy.get("rows")).longValue(),
                    rates((List<?>) copy.get("runs")), copy.get("medianEventsPerSecond"),
                    baselines.get("platformOverRawCopy")));
            md.append(String.format(Locale.ROOT, "| (c) the log-scan ceiling: %s | %s | %,.0f | %.2f |%n%n",
                    raw.get("method"), rates((List<?>) raw.get("runs")), raw.get("medianEventsPerSecond"),
                    baselines.get("platformOverRawJdbc")));
            md.append("CPU and rows written (median run): (a) ").append(ResourceUse.describe(
                    (Map<?, ?>) medianOf((List<?>) defaults.get("runs")).get("resources"))).append("; (b) ")
                    .append(ResourceUse.describe((Map<?, ?>) medianOf((List<?>) copy.get("runs")).get("resources")))
                    .append("; (c) ")
                    .append(ResourceUse.describe((Map<?, ?>) medianOf((List<?>) raw.get("runs")).get("resources")))
                    .append(".\n\n");
        }
        Map<?, ?> median = runs.stream().filter(run -> run.get("seconds").equals(report.get("medianSeconds")))
                .findFirst().orElse(null);
        if (median != null && median.get("postgresStatements") instanceof List<?> statements) {
            md.append("Where PostgreSQL's execution time went in the median run (`--statements`, pg_stat_statements):"
                    + "\n\n| share | calls | mean µs | rows | statement |\n|---|---|---|---|---|\n");
            for (Object each : statements) {
                Map<?, ?> statement = (Map<?, ?>) each;
                md.append(String.format(Locale.ROOT, "| %s%% | %,d | %,d | %,d | `%s` |%n",
                        statement.get("shareOfExecutionTime"), statement.get("calls"), statement.get("meanMicros"),
                        statement.get("rows"), String.valueOf(statement.get("statement")).replace("|", "\\|")));
            }
            md.append('\n');
        }
        md.append("Progress seen by the operator while it ran (every run, each second; percent of the log at the reset, "
                + "and the estimate of time left) is in the JSON beside this file.\n\n");
        md.append("Organisation: ").append(org).append("\n\n");
        md.append("Machine: ").append(report.get("machine")).append("; JVM: ").append(report.get("jvm"))
                .append("; PostgreSQL: ").append(report.get("postgres")).append('\n');
        return md.toString();
    }

    private static String rates(List<?> runs) {
        return String.join(", ", runs.stream().map(run -> String.format(Locale.ROOT, "%,.0f",
                (Double) ((Map<?, ?>) run).get("eventsPerSecond"))).toList());
    }

    private static Map<?, ?> medianOf(List<?> runs) {
        return runs.stream().map(run -> (Map<?, ?>) run)
                .sorted(Comparator.comparingDouble(run -> ((Number) run.get("eventsPerSecond")).doubleValue()))
                .toList().get(runs.size() / 2);
    }

    private static double median(List<Map<String, Object>> runs) {
        List<Double> rates = runs.stream().map(r -> (Double) r.get("eventsPerSecond")).sorted().toList();
        return rates.get(rates.size() / 2);
    }

    /** The read models' processor settings as this platform runs them (talent-projections.yml and overrides). */
    private static String settings(PlatformUnderTest platform) {
        org.springframework.core.env.Environment environment =
                platform.bean(org.springframework.core.env.Environment.class);
        StringBuilder settings = new StringBuilder();
        for (String readModel : Processors.READ_MODELS) {
            String prefix = "axon.eventhandling.processors." + readModel + ".";
            settings.append(settings.isEmpty() ? "" : "; ").append(readModel).append(": ")
                    .append(environment.getProperty(prefix + "mode")).append(", ")
                    .append(environment.getProperty(prefix + "initial-segment-count")).append(" segments, ")
                    .append(environment.getProperty(prefix + "thread-count")).append(" threads, batch ")
                    .append(environment.getProperty(prefix + "batch-size"));
        }
        return settings.toString();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A raw baseline's run from a clean start, with what it cost (per its {@code counted} figure) added to it. */
    private static Map<String, Object> withResources(JdbcClient jdbc, String counted,
                                                     Callable<Map<String, Object>> baseline) throws Exception {
        cleanStart(jdbc);
        ResourceUse use = ResourceUse.start(jdbc);
        Map<String, Object> result = baseline.call();
        Thread.sleep(1500); // the last transactions' row counts reach pg_stat_user_tables
        result.put("resources", use.stop((Long) result.get(counted)));
        return result;
    }

    /**
     * Writes out the dirty pages the phase before left, so that no figure pays for its predecessor's checkpoint: with
     * fsync on and none of this, one run of the same rebuild took 134 s and the next 185 s. The append benchmark does
     * the same (docs/decisions/015-append-bench-warm-up-and-clean-start.md).
     */
    private static void cleanStart(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("CHECKPOINT").update();
    }
}
