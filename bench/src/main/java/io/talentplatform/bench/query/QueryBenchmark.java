package io.talentplatform.bench.query;

import io.talentplatform.bench.Options;
import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.platform.HistoryLoad;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.OrganisationGenerator;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import io.talentplatform.testkit.synthetic.SyntheticOrganisation;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

/**
 * BENCHMARKS.md, "query": the succession, mobility-match and follow-through queries under a closed-loop load on
 * loopback, next to a primary-key lookup through the same HTTP stack, in the same run. Boots the platform, loads the
 * synthetic organisation through the event store, waits until every processor has caught up, then measures.
 */
public final class QueryBenchmark {

    /** The processors whose tables the measured queries (and the baseline) read. */
    static final List<String> QUERIED_READ_MODELS = List.of(ReadModel.CAREER_CAPITAL.processor(),
            ReadModel.FOLLOW_THROUGH.processor(), ReadModel.TALENT_POOL.processor());

    private static final String BASELINE = "baseline";

    /** Client threads of the closed loop, unless "--threads" says otherwise. */
    public static final int DEFAULT_THREADS = 4;

    private QueryBenchmark() {
    }

    /**
     * One query under load: its name, the path it is sent to, the role of the token that may ask it; a page is sent
     * with the sessions of people signed in on the pages instead ({@code sessions}), and names the API query it
     * stands beside ({@code api}).
     */
    private record Query(String name, String path, String role, LongFunction<String> paths,
                         LongFunction<String> sessions, String api) {

        Query(String name, String path, String role, LongFunction<String> paths) {
            this(name, path, role, paths, null, null);
        }

        LongFunction<String> credentials(Map<String, String> tokens) {
            return sessions != null ? sessions : i -> tokens.get(role);
        }
    }

    public static void run(Options options) throws Exception {
        OrganisationSpec spec = options.organisation();
        int runs = options.integer("runs", 3);
        int threads = options.integer("threads", DEFAULT_THREADS);
        Duration warmup = Duration.ofSeconds(options.integer("warmup", 15));
        Duration duration = Duration.ofSeconds(options.integer("duration", 20));
        Path results = Path.of(options.text("results", "bench/results"));
        // "--load open": each query's capacity is measured closed loop first, then the figure is an open-loop load
        // at half of it, latency from when each request was due (issue 27: a defined load, not clients queueing).
        boolean open = "open".equals(options.text("load", "closed"));
        Instant began = Instant.now();
        System.out.printf("query benchmark: %d people, %d openings, %d quarters, seed %d%n", spec.people(),
                spec.openings(), spec.quarters(), spec.seed());

        String dataDirectory = options.text("data-dir", null);
        try (PlatformUnderTest platform = PlatformUnderTest.start(dataDirectory == null ? null
                : Path.of(dataDirectory), BaselineController.class)) {
            System.out.printf("platform up in %.1f s at %s%n", platform.bootTime().toMillis() / 1e3,
                    platform.baseUrl());

            // Processors stay paused while the history is written: the contract policies send commands to the very
            // streams the writer is still appending to. They start again, from the first event, once it is all there.
            EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
            List<StreamingEventProcessor> streaming = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .toList();
            streaming.forEach(StreamingEventProcessor::shutDown);
            HistoryAppender appender = new HistoryAppender(platform.bean(EventStore.class),
                    platform.bean(TransactionManager.class), HistoryAppender.DEFAULT_BATCH);
            // "--data-dir" holding an earlier load of the same organisation: the generator runs again (it is
            // seeded, so the ids the queries ask for are the same) but nothing is appended.
            boolean reused = platform.jdbc().sql("SELECT EXISTS (SELECT 1 FROM " + HistoryLoad.HISTORY + ")")
                    .query(Boolean.class).single();
            if (reused) {
                System.out.printf("reusing the history already in %s%n", dataDirectory);
            }
            long loadStarted = System.nanoTime();
            long[] reported = {0};
            SyntheticOrganisation organisation = OrganisationGenerator.generate(spec, event -> {
                if (reused) {
                    return;
                }
                appender.accept(event);
                if (appender.appended() - reported[0] >= 100_000) {
                    reported[0] = appender.appended();
                    System.out.printf("  appended %,d events (%.0f s)%n", appender.appended(),
                            (System.nanoTime() - loadStarted) / 1e9);
                }
            });
            appender.flush();
            Duration load = Duration.ofNanos(System.nanoTime() - loadStarted);
            // "--read-models queried": only the processors whose tables the measured queries read run at all (the
            // talent pool and the follow-through); the others stay stopped, so the replay and the measurement do not
            // share the two cores with read models and publishers nobody reads here. Stated with the result.
            boolean queriedOnly = "queried".equals(options.text("read-models", "all"));
            List<String> running = queriedOnly ? QUERIED_READ_MODELS
                    : processing.eventProcessors().entrySet().stream()
                    .filter(entry -> entry.getValue() instanceof StreamingEventProcessor).map(Map.Entry::getKey)
                    .sorted().toList();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor stream && running.contains(name)) {
                    stream.start();
                }
            });
            System.out.printf("generated and appended %,d events in %.1f s (%.0f events/s)%n", organisation.events(),
                    seconds(load), organisation.events() / seconds(load));
            // A history another version of the generator wrote holds other ids for what the generator draws at
            // random (openings): the queries about them then answer 404 and are reported as not available.
            long stored = platform.jdbc().sql("SELECT count(*) FROM " + HistoryLoad.HISTORY).query(Long.class)
                    .single();
            String staleHistory = reused && stored != organisation.events()
                    ? String.format(Locale.ROOT, "the data directory holds %,d events where this generator writes %,d: "
                    + "another version of the generator wrote it", stored, organisation.events()) : null;
            if (staleHistory != null) {
                System.out.println("WARNING: " + staleHistory);
            }

            CatchUp catchUp = new CatchUp(platform.jdbc(), running);
            long catchUpStarted = System.nanoTime();
            Map<String, Duration> reached = catchUp.await(Duration.ofHours(3));
            Duration caughtUp = Duration.ofNanos(System.nanoTime() - catchUpStarted);
            long head = catchUp.head();
            System.out.printf("every processor at the head (%,d) %.1f s after the load ended: %s%n", head,
                    seconds(caughtUp), reached);

            LoadGenerator generator = new LoadGenerator(platform.baseUrl(), threads);
            Map<String, String> tokens = Map.of("PANEL", platform.devToken("P-1", "PANEL"),
                    "HR", platform.devToken("HR-1", "HR"), "AUDITOR", platform.devToken("A-1", "AUDITOR"));
            long serve = options.number("serve", 0);
            if (serve > 0) {
                // "--serve S": the loaded platform, idle, for S seconds, to look at one query with a profiler or
                // EXPLAIN ANALYZE without a load generator on the same cores. Nothing is measured.
                System.out.printf("serving at %s for %d s; tokens %s%n", platform.baseUrl(), serve, tokens);
                Thread.sleep(serve * 1000);
                return;
            }
            // "--queries a,b": only those (and always the baseline), e.g. the audit reads on a long history.
            List<String> only = List.of(options.text("queries", "").split(","));
            List<Query> queries = new ArrayList<>(queries(organisation, spec.seed()));
            queries.addAll(opportunities(organisation, spec.seed(), platform));
            queries.addAll(pages(organisation, spec.seed(), new PageSessions(platform.baseUrl())));
            queries = queries.stream()
                    .filter(query -> only.equals(List.of("")) || query.name().equals(BASELINE)
                            || only.contains(query.name()))
                    .toList();

            Map<String, String> unavailable = new LinkedHashMap<>();
            List<Query> available = new ArrayList<>();
            for (Query query : queries) {
                HttpResponse<String> probe = generator.once(query.paths().apply(0),
                        query.credentials(tokens).apply(0));
                if (probe.statusCode() == 200) {
                    available.add(query);
                } else {
                    String reason = "HTTP " + probe.statusCode() + ": "
                            + probe.body().substring(0, Math.min(200, probe.body().length()));
                    unavailable.put(query.name(), reason);
                    System.out.printf("  %s not available (%s)%n", query.name(), reason);
                }
            }
            if (available.stream().noneMatch(query -> query.name().equals(BASELINE))) {
                throw new IllegalStateException("the baseline is not available: " + unavailable.get(BASELINE));
            }

            for (Query query : available) {
                System.out.printf("  warm-up %s (%d s)%n", query.name(), warmup.toSeconds());
                generator.run(query.paths(), query.credentials(tokens), warmup);
            }
            Map<String, List<LoadGenerator.Sample>> samples = new LinkedHashMap<>();
            Map<String, List<Double>> capacities = new LinkedHashMap<>();
            available.forEach(query -> samples.put(query.name(), new ArrayList<>()));
            available.forEach(query -> capacities.put(query.name(), new ArrayList<>()));
            for (int run = 0; run < runs; run++) {
                // Each run starts with another query, so that no query always follows the same one.
                List<Query> order = new ArrayList<>(available);
                Collections.rotate(order, -run);
                for (Query query : order) {
                    LoadGenerator.Sample sample = generator.run(query.paths(), query.credentials(tokens), duration);
                    if (open) {
                        double capacity = sample.requestsPerSecond();
                        capacities.get(query.name()).add(capacity);
                        sample = generator.open(query.paths(), query.credentials(tokens), capacity / 2, duration);
                        System.out.printf(Locale.ROOT, "  run %d %-20s capacity %7.1f req/s closed loop; open loop at "
                                + "half:%n", run + 1, query.name(), capacity);
                    }
                    samples.get(query.name()).add(sample);
                    System.out.printf(Locale.ROOT, "  run %d %-20s p50 %7.2f ms  p99 %7.2f ms  max %7.1f ms  %7.0f req/s"
                                    + "  errors %d%n", run + 1, query.name(), sample.p50Ms(), sample.p99Ms(),
                            sample.maxMs(), sample.requestsPerSecond(), sample.errors());
                    sample.slowest().stream().limit(5).forEach(slow -> System.out.printf(Locale.ROOT,
                            "      slow %7.2f ms  %s%s%n", slow.ms(), slow.path(),
                            slow.duringKernelBurst() ? "  (kdamond ran)" : ""));
                    if (sample.tailInKernelBursts() != null) {
                        System.out.printf(Locale.ROOT, "      slowest 1 %%: %d of %d while kdamond ran (all requests:"
                                        + " %.1f %%)%n", sample.tailInKernelBursts(), sample.tail(),
                                100.0 * sample.inKernelBursts() / Math.max(1, sample.requests()));
                    }
                }
            }

            Map<String, Object> report = Environment.report("query", began);
            report.put("postgres", Environment.postgres(platform.jdbc(), dataDirectory));
            Map<String, Object> org = Environment.organisation(spec);
            org.put("today", spec.today().toString());
            org.put("events", organisation.events());
            org.put("runningProcessors", running);
            org.put("reusedDataDirectory", reused);
            if (staleHistory != null) {
                org.put("staleHistory", staleHistory);
            }
            org.put("eventsAtMeasurement", head + 1);
            org.put("employed", organisation.employees().size());
            org.put("managers", organisation.managers().size());
            org.put("criticalRoles", organisation.criticalRoles().size());
            org.put("openOpenings", organisation.openOpenings().size());
            org.put("eventsByType", organisation.eventsByType());
            report.put("organisation", org);
            Map<String, Object> timings = new LinkedHashMap<>();
            timings.put("bootSeconds", round(seconds(platform.bootTime())));
            timings.put("generateAndAppendSeconds", round(seconds(load)));
            timings.put("appendedEventsPerSecond", round(organisation.events() / seconds(load)));
            timings.put("catchUpAfterAppendSeconds", round(seconds(caughtUp)));
            Map<String, Object> byProcessor = new LinkedHashMap<>();
            reached.forEach((name, took) -> byProcessor.put(name, round(seconds(took))));
            timings.put("catchUpByProcessorSeconds", byProcessor);
            timings.put("note", "streaming processors are paused while the history is appended (the contract "
                    + "policies would send commands to streams still being written); catch-up counts from their start "
                    + "after the append until every processor's tokens reached the head of the log: a replay of the "
                    + "whole log");
            report.put("timings", timings);
            Map<String, Object> loadSettings = new LinkedHashMap<>();
            loadSettings.put("threads", threads);
            loadSettings.put("warmupSecondsPerQuery", warmup.toSeconds());
            loadSettings.put("secondsPerQueryPerRun", duration.toSeconds());
            loadSettings.put("runs", runs);
            loadSettings.put("kind", open ? "open" : "closed");
            loadSettings.put("note", (open ? "each query's capacity measured closed loop with " + threads
                    + " clients, then the figures: an open loop at half of that capacity, requests due at a fixed "
                    + "rate and latency from when each was due; " : "closed loop; ")
                    + "on loopback (java.net.http, HTTP/1.1); the load generator and the "
                    + "platform share the same " + Runtime.getRuntime().availableProcessors()
                    + " cores, so absolute figures include the generator's own cost: the ratio to the baseline "
                    + "p99 in the same run is the figure that counts");
            report.put("load", loadSettings);
            report.put("queries", summarise(queries, samples, unavailable, capacities));
            report.put("pages", pageWeights(generator, available, tokens));

            // A run with other than the default load keeps its own file: one client at a time is a different figure
            // (latency without queueing behind the other clients on two cores), not a newer reading of the same one.
            Environment.write(results, "query-" + spec.people() + (open ? "-open-loop" : threads == DEFAULT_THREADS
                    ? "" : "-" + threads + (threads == 1 ? "-client" : "-clients")), report,
                    QueryReport.markdown(report));
        }
    }

    private static List<Query> queries(SyntheticOrganisation organisation, long seed) {
        java.time.Instant now = java.time.Instant.now();
        List<String> roles = shuffled(organisation.criticalRoles(), seed);
        List<String> openings = shuffled(organisation.openOpenings().stream().map(Object::toString).toList(), seed);
        List<String> employees = shuffled(organisation.employees(), seed);
        List<String> managers = shuffled(organisation.managers(), seed);
        return List.of(
                new Query(BASELINE, "GET /api/v1/bench/baseline/{employeeId}", "HR",
                        i -> "/api/v1/bench/baseline/" + at(employees, i)),
                new Query("succession-role", "GET /api/v1/succession/roles/{roleId}", "PANEL",
                        i -> "/api/v1/succession/roles/" + at(roles, i)),
                new Query("succession-coverage", "GET /api/v1/succession/coverage", "PANEL",
                        i -> "/api/v1/succession/coverage"),
                new Query("opening-matches", "GET /api/v1/mobility/openings/{openingId}/matches?limit=20", "PANEL",
                        i -> "/api/v1/mobility/openings/" + at(openings, i) + "/matches?limit=20"),
                new Query("employee-matches", "GET /api/v1/mobility/employees/{employeeId}/matches?limit=20", "HR",
                        i -> "/api/v1/mobility/employees/" + at(employees, i) + "/matches?limit=20"),
                new Query("follow-through", "GET /api/v1/managers/{managerId}/follow-through", "HR",
                        i -> "/api/v1/managers/" + at(managers, i) + "/follow-through"),
                new Query("baseline-logged", "GET /api/v1/bench/baseline-logged/{employeeId} (the baseline, recorded "
                        + "in the access log)", "HR", i -> "/api/v1/bench/baseline-logged/" + at(employees, i)),
                new Query("profile-as-of", "GET /api/v1/audit/employees/{employeeId}/as-of?at=(the start of the "
                        + "measurement)", "AUDITOR", i -> "/api/v1/audit/employees/" + at(employees, i) + "/as-of?at="
                        + now),
                new Query("succession-as-of", "GET /api/v1/audit/succession/roles/{roleId}/as-of?at=(the start of "
                        + "the measurement)", "AUDITOR", i -> "/api/v1/audit/succession/roles/" + at(roles, i)
                        + "/as-of?at=" + now));
    }

    /**
     * Issue 30's reads: a gig's or project's matches (growth read beside the tiers), a named talent pool's view
     * (members by rule and nomination, readiness, bench strength), and the mentor finder, asked by 200 people with a
     * target family for their own mentors, each with their own token.
     */
    private static List<Query> opportunities(SyntheticOrganisation organisation, long seed, PlatformUnderTest platform) {
        List<String> gigs = shuffled(organisation.openGigs().stream().map(Object::toString).toList(), seed);
        List<String> pools = shuffled(organisation.pools(), seed);
        List<String> seekers = shuffled(organisation.aspiring(), seed);
        seekers = seekers.subList(0, Math.min(200, seekers.size()));
        List<String> tokens = new ArrayList<>();
        for (String seeker : seekers) {
            tokens.add(platform.devToken(seeker, "EMPLOYEE"));
        }
        List<String> asking = seekers;
        return List.of(
                new Query("gig-matches", "GET /api/v1/mobility/openings/{gigId}/matches?limit=20 (a gig or project)",
                        "PANEL", i -> "/api/v1/mobility/openings/" + at(gigs, i) + "/matches?limit=20"),
                new Query("talent-pool", "GET /api/v1/talent-pools/{poolId}", "PANEL",
                        i -> "/api/v1/talent-pools/" + at(pools, i)),
                new Query("mentor-finder", "GET /api/v1/employees/{employeeId}/mentors (as the person)", "EMPLOYEE",
                        i -> "/api/v1/employees/" + at(asking, i) + "/mentors", i -> at(tokens, i), null));
    }

    /**
     * The pages of issue 25's speed figure, each sent with the session of someone signed in on the pages: a manager's
     * team (the reports and follow-through answers it is made of), a critical role's slate, an opening's matches.
     */
    private static List<Query> pages(SyntheticOrganisation organisation, long seed, PageSessions signIn)
            throws java.io.IOException, InterruptedException {
        List<String> roles = shuffled(organisation.criticalRoles(), seed);
        List<String> openings = shuffled(organisation.openOpenings().stream().map(Object::toString).toList(), seed);
        List<String> managers = shuffled(organisation.managers(), seed).subList(0,
                Math.min(20, organisation.managers().size()));
        List<String> managerSessions = new ArrayList<>();
        for (String manager : managers) {
            managerSessions.add(signIn.signIn(manager, "MANAGER", "EMPLOYEE"));
        }
        String panel = signIn.signIn("P-1", "PANEL");
        return List.of(
                new Query("page-team", "GET /team (as one of 20 managers)", "MANAGER", i -> "/team",
                        i -> at(managerSessions, i), "follow-through"),
                new Query("api-reports", "GET /api/v1/managers/{managerId}/reports (the team page's other call)", "HR",
                        i -> "/api/v1/managers/" + at(managers, i) + "/reports"),
                new Query("page-slate", "GET /succession/roles/{roleId}", "PANEL",
                        i -> "/succession/roles/" + at(roles, i), i -> panel, "succession-role"),
                new Query("page-matches", "GET /openings/{openingId}/matches", "PANEL",
                        i -> "/openings/" + at(openings, i) + "/matches", i -> panel, "opening-matches"));
    }

    /** Each page's HTML in bytes (the stylesheet and script it loads are cached after the first page). */
    private static List<Object> pageWeights(LoadGenerator generator, List<Query> available, Map<String, String> tokens)
            throws java.io.IOException, InterruptedException {
        List<Object> weights = new ArrayList<>();
        for (Query query : available) {
            if (query.api() != null) {
                HttpResponse<String> page = generator.once(query.paths().apply(0), query.credentials(tokens).apply(0));
                Map<String, Object> weight = new LinkedHashMap<>();
                weight.put("name", query.name());
                weight.put("api", query.api());
                weight.put("htmlBytes", page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                weight.put("note", "plus, on a first visit only, bootstrap.min.css (about 230 KB) and htmx.min.js "
                        + "(about 50 KB), served from the jar");
                weights.add(weight);
            }
        }
        return weights;
    }

    private static List<Object> summarise(List<Query> queries, Map<String, List<LoadGenerator.Sample>> samples,
                                          Map<String, String> unavailable, Map<String, List<Double>> capacities) {
        List<LoadGenerator.Sample> baseline = samples.get(BASELINE);
        List<Object> summaries = new ArrayList<>();
        for (Query query : queries) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("name", query.name());
            summary.put("request", query.path());
            summary.put("token", query.role());
            List<LoadGenerator.Sample> runs = samples.get(query.name());
            if (runs == null) {
                summary.put("available", false);
                summary.put("reason", unavailable.get(query.name()));
                summaries.add(summary);
                continue;
            }
            summary.put("available", true);
            List<Map<String, Object>> perRun = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int run = 0; run < runs.size(); run++) {
                LoadGenerator.Sample sample = runs.get(run);
                double ratio = sample.p99Ms() / baseline.get(run).p99Ms();
                ratios.add(ratio);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("requests", sample.requests());
                figures.put("errors", sample.errors());
                if (sample.firstError() != null) {
                    figures.put("firstError", sample.firstError());
                }
                figures.put("p50Ms", round(sample.p50Ms()));
                figures.put("p99Ms", round(sample.p99Ms()));
                figures.put("maxMs", round(sample.maxMs()));
                figures.put("requestsPerSecond", round(sample.requestsPerSecond()));
                figures.put("p99OverBaselineP99", round(ratio));
                figures.put("slowest", sample.slowest().stream().map(slow -> Map.of("path", slow.path(),
                        "ms", round(slow.ms()), "duringKernelBurst", slow.duringKernelBurst())).toList());
                figures.put("tailRequests", sample.tail());
                if (sample.tailInKernelBursts() != null) {
                    figures.put("tailDuringKernelBursts", sample.tailInKernelBursts());
                    figures.put("requestsDuringKernelBursts", sample.inKernelBursts());
                }
                perRun.add(figures);
            }
            summary.put("runs", perRun);
            Map<String, Object> medians = new LinkedHashMap<>();
            medians.put("p50Ms", spread(runs.stream().map(LoadGenerator.Sample::p50Ms).toList()));
            medians.put("p99Ms", spread(runs.stream().map(LoadGenerator.Sample::p99Ms).toList()));
            medians.put("maxMs", spread(runs.stream().map(LoadGenerator.Sample::maxMs).toList()));
            medians.put("requestsPerSecond", spread(runs.stream().map(LoadGenerator.Sample::requestsPerSecond)
                    .toList()));
            medians.put("p99OverBaselineP99", spread(ratios));
            if (!capacities.get(query.name()).isEmpty()) {
                medians.put("capacityRequestsPerSecond", spread(capacities.get(query.name())));
            }
            summary.put("median", medians);
            summaries.add(summary);
        }
        return summaries;
    }

    /** The median of the runs, with their min and max. */
    private static Map<String, Double> spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        Map<String, Double> spread = new LinkedHashMap<>();
        spread.put("median", round(median));
        spread.put("min", round(sorted.get(0)));
        spread.put("max", round(sorted.get(n - 1)));
        return spread;
    }

    private static List<String> shuffled(List<String> ids, long seed) {
        if (ids.isEmpty()) {
            return List.of("none");
        }
        List<String> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static String at(List<String> ids, long i) {
        return ids.get((int) (i % ids.size()));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
