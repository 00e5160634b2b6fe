package io.talentplatform.bench.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentplatform.bench.Options;
import io.talentplatform.bench.faults.FaultsReport;
import io.talentplatform.bench.query.QueryBenchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench/results/summary.md}: the latest result of each figure (per size for the query benchmark), its medians
 * and ratios to the baseline of the same run, the target where BENCHMARKS.md or an issue sets one, and the machine
 * and commit it was measured on. Written from the JSON results alone; it measures nothing itself.
 */
public final class Summary {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Summary() {
    }

    public static void run(Options options) throws IOException {
        Path results = Path.of(options.text("results", "bench/results"));
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(results)) {
            files = listed.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode result = JSON.readTree(file.toFile());
            String key = switch (result.path("benchmark").asText()) {
                case "query" -> "query-" + result.path("organisation").path("people").asInt() + "-"
                        + result.path("organisation").path("quarters").asInt() + "q-" + clients(result) + "c"
                        + subset(result);
                // The stream benchmark alone, or in a synthetic organisation of some size (BENCHMARKS.md's scale).
                case "stream" -> "stream-" + result.path("organisation").path("people").asInt(0);
                case "" -> null;
                default -> result.path("benchmark").asText();
            };
            if (key == null) {
                continue;
            }
            JsonNode previous = latest.get(key);
            if (previous == null || previous.path("date").asText().compareTo(result.path("date").asText()) <= 0) {
                latest.put(key, result.deepCopy());
                ((com.fasterxml.jackson.databind.node.ObjectNode) latest.get(key)).put("file",
                        file.getFileName().toString());
            }
        }
        StringBuilder md = new StringBuilder("# Benchmark summary\n\n");
        md.append("The latest result of each figure in this directory (`java -jar bench/target/talent-bench.jar "
                + "summary` writes this file from the JSON results; each row names its file). Medians of the runs; "
                + "ratios are against the baseline measured in the same run.\n\n");
        List<String> keys = new ArrayList<>(latest.keySet());
        keys.sort(Comparator.naturalOrder());
        for (String key : keys) {
            JsonNode result = latest.get(key);
            switch (result.path("benchmark").asText()) {
                case "query" -> query(md, result);
                case "stream" -> stream(md, result);
                case "rebuild" -> rebuild(md, result);
                case "append" -> append(md, result);
                case "scale-out" -> scaleOut(md, result);
                case "faults" -> faults(md, result);
                default -> {
                }
            }
        }
        growth(md, keys.stream().map(latest::get).filter(result -> result.path("benchmark").asText().equals("query"))
                .toList());
        streamGrowth(md, keys.stream().map(latest::get).filter(result -> result.path("benchmark").asText()
                .equals("stream") && result.has("organisation")).toList());
        memory(md, keys.stream().map(latest::get).toList());
        Path summary = results.resolve("summary.md");
        Files.writeString(summary, md.toString());
        System.out.println("wrote " + summary);
    }

    private static void query(StringBuilder md, JsonNode result) {
        JsonNode org = result.path("organisation");
        int quarters = org.path("quarters").asInt();
        int clients = clients(result);
        boolean open = "open".equals(result.path("load").path("kind").asText());
        md.append(String.format(Locale.ROOT, "## Queries: %,d people, %d quarter%s, %,d events, %s%n%n",
                org.path("people").asInt(), quarters, quarters == 1 ? "" : "s", org.path("events").asLong(),
                open ? "open loop at half of each query's capacity" : clients + " client"
                        + (clients == 1 ? " at a time" : "s")));
        md.append("| query | p50 ms | p99 ms | p99 / baseline p99 | target |\n|---|---|---|---|---|\n");
        for (JsonNode query : result.path("queries")) {
            if (!query.path("available").asBoolean()) {
                md.append("| ").append(query.path("name").asText()).append(" | not available | | | |\n");
                continue;
            }
            JsonNode median = query.path("median");
            double p99 = median.path("p99Ms").path("median").asDouble();
            String name = query.path("name").asText();
            String target = org.path("people").asInt() >= 100_000
                    && (isIssue5(name) || open && name.equals("follow-through"))
                    ? (p99 < 20 ? "p99 < 20 ms: met" : "p99 < 20 ms: missed")
                    : open && org.path("people").asInt() >= 100_000 && name.endsWith("-as-of")
                    ? (p99 < 100 ? "p99 < 100 ms: met" : "p99 < 100 ms: missed") : "";
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", name,
                    median.path("p50Ms").path("median").asDouble(), p99,
                    median.path("p99OverBaselineP99").path("median").asDouble(), target));
        }
        where(md, result);
    }

    /** Issue 31's faults: what each fault lost, doubled or answered 5xx, counted, and how long recovery took. */
    @SuppressWarnings("unchecked")
    private static void faults(StringBuilder md, JsonNode result) {
        md.append(String.format(Locale.ROOT, "## Faults: %,d events of history, then each fault under load%n%n",
                result.path("organisation").path("events").asLong()));
        List<Map<String, Object>> rows = new ArrayList<>();
        result.path("rows").forEach(row -> rows.add(JSON.convertValue(row, Map.class)));
        md.append(FaultsReport.table(rows)).append('\n');
        md.append(result.path("note").asText()).append(".\n\n");
        where(md, result);
    }

    /** Issue 9's and 31's scale-out: the same figures with one, two and (where measured) three processes. */
    private static void scaleOut(StringBuilder md, JsonNode result) {
        boolean three = result.has("threeProcesses");
        md.append(String.format(Locale.ROOT, "## Scale-out: %s projections processes, %,d events%n%n",
                three ? "one, two and three" : "one and two", result.path("organisation").path("events").asLong()));
        md.append("| processes | rebuild events/s (median) | live events/s (median) |\n|---|---|---|\n");
        for (String key : three ? List.of("oneProcess", "twoProcesses", "threeProcesses")
                : List.of("oneProcess", "twoProcesses")) {
            JsonNode processes = result.path(key);
            md.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f |%n", processes.path("processes").asInt(),
                    processes.path("rebuild").path("medianEventsPerSecond").asDouble(),
                    processes.path("live").path("medianEventsPerSecond").asDouble()));
        }
        JsonNode ratios = result.path("twoOverOne");
        md.append(String.format(Locale.ROOT, "%nTwo processes over one: rebuild %.2f, live %.2f", ratios
                .path("rebuildTwoOverOne").asDouble(), ratios.path("liveTwoOverOne").asDouble()));
        if (three) {
            md.append(String.format(Locale.ROOT, "; three over one: rebuild %.2f, live %.2f",
                    ratios.path("rebuildThreeOverOne").asDouble(), ratios.path("liveThreeOverOne").asDouble()));
        }
        md.append(" (all processes on the same cores).\n\n");
        where(md, result);
    }

    /**
     * A run of some of the queries only ({@code --queries}) is a figure of its own, beside the last complete one: the
     * queries it measured, by name; nothing for a complete run (one that measured an opening's matches).
     */
    private static String subset(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.path("queries").forEach(query -> names.add(query.path("name").asText()));
        return names.contains("opening-matches") ? "" : "-" + String.join("+", names);
    }

    /** The queries whose p99 at 100,000 people has a target of 20 ms (issues 5 and 30). */
    private static boolean isIssue5(String query) {
        return query.startsWith("succession-role") || query.startsWith("succession-coverage")
                || query.endsWith("matches") || query.equals("talent-pool") || query.equals("mentor-finder");
    }

    private static void stream(StringBuilder md, JsonNode result) {
        JsonNode lag = result.path("lag").path("median");
        JsonNode throughput = result.path("throughput").path("median");
        JsonNode org = result.path("organisation");
        md.append(org.isMissingNode() ? "## Marketplace stream\n\n" : String.format(Locale.ROOT, "## Marketplace "
                + "stream in an organisation of %,d people, %,d events%n%n", org.path("people").asInt(),
                org.path("events").asLong()));
        md.append("| figure | median | target |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| lag, command answered to consumer receipt | p50 %.1f ms, p99 %.1f ms "
                        + "| p99 < 200 ms: %s |%n", lag.path("p50Ms").asDouble(), lag.path("p99Ms").asDouble(),
                lag.path("p99Ms").asDouble() < 200 ? "met" : "missed"));
        // Issue 27: a publisher from a transactional outbox must reach half of the raw producer (baseline e); the
        // platform has none, so the ratio is reported, and the publisher itself must reach 40,000 events/s over a
        // backlog of at least 200,000 events across at least 5,000 people (baseline e's size).
        md.append(String.format(Locale.ROOT, "| events publisher / raw KafkaProducer | %,.0f / %,.0f events/s = "
                        + "%.3f | >= 0.5 from an outbox (none built): reported |%n",
                throughput.path("publisherEventsPerSecond").asDouble(),
                throughput.path("rawRecordsPerSecond").asDouble(), throughput.path("publisherOverRaw").asDouble()));
        JsonNode settings = result.path("settings");
        boolean baselineSize = settings.path("backlogEvents").asLong() >= 200_000
                && settings.path("people").asInt() >= 5_000;
        md.append(String.format(Locale.ROOT, "| events publisher without an outbox, backlog %,d events across %,d "
                        + "people | %,.0f events/s | >= 40,000 over >= 200,000 events and 5,000 people: %s |%n",
                settings.path("backlogEvents").asLong(), settings.path("people").asInt(),
                throughput.path("publisherEventsPerSecond").asDouble(), !baselineSize ? "backlog too small"
                        : throughput.path("publisherEventsPerSecond").asDouble() >= 40_000 ? "met" : "missed"));
        where(md, result);
    }

    private static void rebuild(StringBuilder md, JsonNode result) {
        long events = result.path("organisation").path("events").asLong();
        double seconds = result.path("medianSeconds").asDouble();
        md.append(String.format(Locale.ROOT, "## Rebuild of every read model: %,d events%n%n", events));
        md.append("| figure | median | target |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| all four read models at once, through the admin API | %.1f s, %,.0f "
                        + "events/s | 1,000,000 events in < 30 s: %s |%n", seconds,
                result.path("medianEventsPerSecond").asDouble(), seconds < 30 ? "met" : "missed"));
        JsonNode baselines = result.path("baselines");
        if (baselines.isMissingNode()) {
            md.append("\nThis result has no baselines (measured before they were built, or with --baseline-window 0)."
                    + "\n");
        } else {
            double overDefaults = baselines.path("platformOverAxonDefaults").asDouble();
            double overRaw = baselines.path("platformOverRawJdbc").asDouble();
            md.append(String.format(Locale.ROOT, "| (a) Axon's default processor settings, same handlers, over the "
                            + "whole log | %,.0f events/s; platform / (a) = %.2f | >= 30: %s |%n",
                    baselines.path("axonDefaults").path("medianEventsPerSecond").asDouble(), overDefaults,
                    overDefaults >= 30 ? "met" : "missed"));
            if (baselines.has("rawCopy")) {
                double overCopy = baselines.path("platformOverRawCopy").asDouble();
                md.append(String.format(Locale.ROOT, "| (b) the same read models' rows from the same events: decoded "
                                + "once, written with COPY (a floor: the fold into rows is not timed) | %,.0f "
                                + "events/s; platform / (b) = %.2f | >= 0.6: %s |%n",
                        baselines.path("rawCopy").path("medianEventsPerSecond").asDouble(), overCopy,
                        overCopy >= 0.6 ? "met" : "missed"));
            } else {
                md.append("| (b) the same read models written by a raw program with COPY | not in this result | "
                        + "platform / (b) >= 0.6 |\n");
            }
            md.append(String.format(Locale.ROOT, "| (c) the log-scan ceiling: one table, one row an event, payloads "
                            + "not decoded | %,.0f rows/s; platform / (c) = %.2f | none |%n",
                    baselines.path("rawJdbc").path("medianEventsPerSecond").asDouble(), overRaw));
        }
        JsonNode median = null;
        for (JsonNode run : result.path("runs")) {
            if (run.path("seconds").asDouble() == seconds) {
                median = run;
            }
        }
        if (median != null && median.has("resources")) {
            JsonNode use = median.path("resources");
            md.append(String.format(Locale.ROOT, "%nThe median run's CPU: JVM %.0f%% / PostgreSQL %.0f%% of %.0f "
                            + "CPU-µs an event; %.2f rows written an event.%n", use.path("jvmShareOfCpu").asDouble()
                            * 100, (1 - use.path("jvmShareOfCpu").asDouble()) * 100,
                    use.path("cpuMicrosecondsPerEvent").asDouble(), use.path("rowsWrittenPerEvent").asDouble()));
        }
        where(md, result);
    }

    private static void append(StringBuilder md, JsonNode result) {
        int threads = result.path("threads").asInt();
        JsonNode medians = result.path("medians");
        md.append("## Append: capability evidence, commands to events\n\n");
        md.append("| figure | per second | p50 ms | p99 ms |\n|---|---|---|---|\n");
        medians.properties().forEach(figure -> md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f |%n",
                figure.getKey(), figure.getValue().path("perSecond").asDouble(),
                figure.getValue().path("p50Ms").asDouble(), figure.getValue().path("p99Ms").asDouble())));
        double ratio = result.path("medianHttpOverRawPerRow").asDouble();
        double halfPeak = medians.path("httpHalfPeak").path("p99Ms").asDouble();
        md.append("\n| figure | median | target |\n|---|---|---|\n");
        if (result.has("medianHttpOverBareAxon")) {
            double overBare = result.path("medianHttpOverBareAxon").asDouble();
            md.append(String.format(Locale.ROOT, "| HTTP, every processor live / (d) Axon's bare append, %d threads "
                    + "| %.3f | >= 0.5: %s |%n", threads, overBare, overBare >= 0.5 ? "met" : "missed"));
            md.append(String.format(Locale.ROOT, "| HTTP / raw per-row insert, %d threads | %.3f | reported |%n",
                    threads, ratio));
        } else {
            md.append(String.format(Locale.ROOT, "| HTTP / raw per-row insert, %d threads | %.3f | >= 0.6: %s |%n",
                    threads, ratio, ratio >= 0.6 ? "met" : "missed"));
        }
        md.append(String.format(Locale.ROOT, "| p99 at half of the HTTP peak | %.1f ms | < 25 ms: %s |%n", halfPeak,
                halfPeak < 25 ? "met" : "missed"));
        where(md, result);
    }

    /**
     * BENCHMARKS.md's scale figure: how each query's p99 grows from the smallest to the largest organisation measured
     * with the same history length, next to how the number of people grew.
     */
    private static void growth(StringBuilder md, List<JsonNode> queries) {
        // Only runs of the same history length and the same load are compared.
        Map<Shape, List<JsonNode>> byShape = new java.util.TreeMap<>(
                Comparator.comparingInt(Shape::quarters).thenComparingInt(Shape::clients));
        queries.forEach(result -> byShape.computeIfAbsent(new Shape(
                result.path("organisation").path("quarters").asInt(), clients(result)), shape -> new ArrayList<>())
                .add(result));
        byShape.forEach((shape, results) -> {
            int quarters = shape.quarters();
            int clients = shape.clients();
            if (results.size() < 2) {
                return;
            }
            Sizes sizes = Sizes.of(results);
            JsonNode small = sizes.small();
            JsonNode large = sizes.large();
            int fewer = sizes.fewer();
            int more = sizes.more();
            md.append(String.format(Locale.ROOT, "## How the queries grow with N: %,d to %,d people (%.1fx), %d "
                    + "quarter%s, %d client%s%n%n", fewer, more, (double) more / fewer, quarters,
                    quarters == 1 ? "" : "s", clients, clients == 1 ? "" : "s"));
            String smallDate = small.path("date").asText().substring(0, 10);
            String largeDate = large.path("date").asText().substring(0, 10);
            md.append(String.format(Locale.ROOT, "Measured on %s and %s. The p99 over the baseline's p99 of the same "
                    + "run does not depend on how fast the machine was that day; the p99 in ms does%s.%n%n",
                    smallDate, largeDate, smallDate.equals(largeDate) ? ""
                            : ", and the two runs were on different days: read the ratio columns"));
            md.append("| query | p99 ms small | p99 ms large | growth | p99 / baseline small | p99 / baseline large "
                    + "| growth of the ratio |\n|---|---|---|---|---|---|---|\n");
            for (JsonNode query : large.path("queries")) {
                JsonNode before = null;
                for (JsonNode candidate : small.path("queries")) {
                    if (candidate.path("name").asText().equals(query.path("name").asText())) {
                        before = candidate;
                    }
                }
                if (before == null || !query.path("available").asBoolean() || !before.path("available").asBoolean()) {
                    continue;
                }
                double p99Before = before.path("median").path("p99Ms").path("median").asDouble();
                double p99After = query.path("median").path("p99Ms").path("median").asDouble();
                double ratioBefore = before.path("median").path("p99OverBaselineP99").path("median").asDouble();
                double ratioAfter = query.path("median").path("p99OverBaselineP99").path("median").asDouble();
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2fx | %.2f | %.2f | %.2fx |%n",
                        query.path("name").asText(), p99Before, p99After, p99After / p99Before, ratioBefore,
                        ratioAfter, ratioAfter / ratioBefore));
            }
            md.append('\n');
        });
    }

    /**
     * The scale figure of the stream: lag and publisher throughput in the smallest and the largest organisation
     * measured.
     */
    private static void streamGrowth(StringBuilder md, List<JsonNode> streams) {
        if (streams.size() < 2) {
            return;
        }
        Sizes sizes = Sizes.of(streams);
        JsonNode small = sizes.small();
        JsonNode large = sizes.large();
        int fewer = sizes.fewer();
        int more = sizes.more();
        md.append(String.format(Locale.ROOT, "## How the stream grows with N: %,d to %,d people (%.1fx)%n%n"
                        + "Measured on %s and %s. The publisher / raw ratio is taken in one run and does not depend "
                        + "on how fast the machine was that day.%n%n| figure | small | large | growth |%n"
                        + "|---|---|---|---|%n", fewer, more, (double) more / fewer,
                small.path("date").asText().substring(0, 10), large.path("date").asText().substring(0, 10)));
        for (String[] figure : new String[][]{{"lag p50 ms", "lag", "p50Ms"}, {"lag p99 ms", "lag", "p99Ms"},
                {"events publisher events/s", "throughput", "publisherEventsPerSecond"},
                {"raw KafkaProducer records/s", "throughput", "rawRecordsPerSecond"},
                {"publisher / raw", "throughput", "publisherOverRaw"}}) {
            double before = small.path(figure[1]).path("median").path(figure[2]).asDouble();
            double after = large.path(figure[1]).path("median").path(figure[2]).asDouble();
            md.append(String.format(Locale.ROOT, "| %s | %,.3f | %,.3f | %.2fx |%n", figure[0], before, after,
                    after / before));
        }
        md.append('\n');
    }

    /** Of results in organisations of several sizes, the smallest and the largest (the scale figure's N and 5N). */
    private record Sizes(JsonNode small, JsonNode large) {

        static Sizes of(List<JsonNode> results) {
            Comparator<JsonNode> byPeople = Comparator.comparingInt(Sizes::people);
            return new Sizes(results.stream().min(byPeople).orElseThrow(),
                    results.stream().max(byPeople).orElseThrow());
        }

        int fewer() {
            return people(small);
        }

        int more() {
            return people(large);
        }

        private static int people(JsonNode result) {
            return result.path("organisation").path("people").asInt();
        }
    }

    /** Query results that may be compared with each other: the same history length under the same load. */
    private record Shape(int quarters, int clients) {
    }

    /** The closed loop's client threads; results from before the figure was stated ran the default. */
    private static int clients(JsonNode result) {
        return result.path("load").path("threads").asInt(QueryBenchmark.DEFAULT_THREADS);
    }

    /** BENCHMARKS.md's memory figure, from whichever results state it, smallest organisation first. */
    private static void memory(StringBuilder md, List<JsonNode> results) {
        List<JsonNode> measured = results.stream().filter(result -> result.has("memory"))
                .sorted(Comparator.comparingLong(result -> result.path("organisation").path("events").asLong()))
                .toList();
        if (measured.isEmpty()) {
            return;
        }
        md.append("## Memory\n\nPeak resident memory of the JVM (the three services, the embedded broker and the "
                + "benchmark's clients share it) and PostgreSQL's resident memory when the result was written.\n\n");
        md.append("| result | people | events | JVM peak RSS MiB | PostgreSQL PSS MiB |\n|---|---|---|---|---|\n");
        for (JsonNode result : measured) {
            JsonNode org = result.path("organisation");
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", result.path("file").asText(),
                    org.has("people") ? String.format(Locale.ROOT, "%,d", org.path("people").asInt())
                            : result.path("people").asText("-"),
                    org.has("events") ? String.format(Locale.ROOT, "%,d", org.path("events").asLong()) : "-",
                    result.path("memory").path("jvmPeakRssMiB").asText(),
                    result.path("memory").path("postgresPssMiB").asText()));
        }
        md.append('\n');
    }

    private static void where(StringBuilder md, JsonNode result) {
        md.append(String.format(Locale.ROOT, "%nFrom `%s`, %s, commit `%s`%s; %s cores, %s.%n%n",
                result.path("file").asText(), result.path("date").asText(),
                result.path("commit").path("id").asText(),
                result.path("commit").path("dirty").asBoolean() ? " (with uncommitted changes)" : "",
                result.path("machine").path("nproc").asText(), result.path("machine").path("cpu").asText()));
    }
}
