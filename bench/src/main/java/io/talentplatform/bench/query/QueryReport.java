package io.talentplatform.bench.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown table of a query benchmark's JSON report. */
final class QueryReport {

    private QueryReport() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        Map<String, Object> org = (Map<String, Object>) report.get("organisation");
        Map<String, Object> timings = (Map<String, Object>) report.get("timings");
        Map<String, Object> load = (Map<String, Object>) report.get("load");
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        Map<String, Object> jvm = (Map<String, Object>) report.get("jvm");
        Map<String, Object> postgres = (Map<String, Object>) report.get("postgres");
        Map<String, Object> commit = (Map<String, Object>) report.get("commit");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Query benchmark: %,d people, %,d openings, %s quarters%n%n",
                ((Number) org.get("people")).longValue(), ((Number) org.get("openings")).longValue(),
                org.get("quarters")));
        out.append(String.format(Locale.ROOT, "%s, commit `%s`%s.%n%n", report.get("date"), commit.get("id"),
                Boolean.TRUE.equals(commit.get("dirty")) ? " (with uncommitted changes)" : ""));
        int clients = ((Number) load.get("threads")).intValue();
        out.append(String.format(Locale.ROOT, "Medians of %s runs, [min-max] across runs. %d client thread%s, %s s per "
                        + "query per run after %s s of warm-up per query. %s.%n%n", load.get("runs"), clients,
                clients == 1 ? "" : "s", load.get("secondsPerQueryPerRun"), load.get("warmupSecondsPerQuery"),
                load.get("note")));
        out.append("| query | p50 ms | p99 ms | max ms | requests/s | p99 / baseline p99 "
                + "| slowest 1 % while kdamond ran, by run (all requests) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Object item : (List<Object>) report.get("queries")) {
            Map<String, Object> query = (Map<String, Object>) item;
            if (!Boolean.TRUE.equals(query.get("available"))) {
                out.append(String.format("| %s | not available | | | | | |%n", query.get("name")));
                continue;
            }
            Map<String, Object> median = (Map<String, Object>) query.get("median");
            // Open loop: the rate sent, with the capacity it is half of measured closed loop just before.
            Object rate = median.containsKey("capacityRequestsPerSecond")
                    ? cell(median.get("requestsPerSecond")) + " (capacity " + cell(median.get(
                    "capacityRequestsPerSecond")) + ")" : cell(median.get("requestsPerSecond"));
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", query.get("name"),
                    cell(median.get("p50Ms")), cell(median.get("p99Ms")), cell(median.get("maxMs")),
                    rate, cell(median.get("p99OverBaselineP99")),
                    kernelBursts((List<Object>) query.get("runs"))));
        }
        List<Object> pages = (List<Object>) report.get("pages");
        if (pages != null && !pages.isEmpty()) {
            out.append("\n## The pages beside the API calls they make\n\n| page | p50 ms | p99 ms | API call | p50 ms "
                    + "| p99 ms | page p99 / API p99 | HTML bytes |\n|---|---|---|---|---|---|---|---|\n");
            for (Object item : pages) {
                Map<String, Object> page = (Map<String, Object>) item;
                Map<String, Object> pageMedian = medianOf(report, String.valueOf(page.get("name")));
                Map<String, Object> apiMedian = medianOf(report, String.valueOf(page.get("api")));
                if (pageMedian == null || apiMedian == null) {
                    continue;
                }
                double ratio = number(pageMedian.get("p99Ms")) / number(apiMedian.get("p99Ms"));
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f | %,d |%n",
                        page.get("name"), cell(pageMedian.get("p50Ms")), cell(pageMedian.get("p99Ms")),
                        page.get("api"), cell(apiMedian.get("p50Ms")), cell(apiMedian.get("p99Ms")), ratio,
                        ((Number) page.get("htmlBytes")).longValue()));
            }
            out.append("\nA page's time is the server's, from request to its last byte, and includes its calls to "
                    + "the API over loopback (the team page makes two: reports and follow-through). The stylesheet "
                    + "and script load once per browser.\n");
        }
        out.append("\nRequests: ");
        for (Object item : (List<Object>) report.get("queries")) {
            Map<String, Object> query = (Map<String, Object>) item;
            out.append(String.format("`%s` (%s token)%s; ", query.get("request"), query.get("token"),
                    Boolean.TRUE.equals(query.get("available")) ? "" : ": not available, " + query.get("reason")));
        }
        out.append(String.format(Locale.ROOT, "%n%n## The organisation and its load%n%n"
                        + "%,d events (seed %s, %s quarters up to %s), %,d employed, %,d managers, %s critical roles, "
                        + "%s open openings. Generated and appended through Axon's event store in %s s (%s events/s); "
                        + "the running streaming processors (%s) reached the head of the log %s s after that (%s). "
                        + "Platform boot: %s s.%n",
                ((Number) org.get("events")).longValue(), org.get("seed"), org.get("quarters"), org.get("today"),
                ((Number) org.get("employed")).longValue(), ((Number) org.get("managers")).longValue(),
                org.get("criticalRoles"), org.get("openOpenings"), timings.get("generateAndAppendSeconds"),
                timings.get("appendedEventsPerSecond"), org.get("runningProcessors"),
                timings.get("catchUpAfterAppendSeconds"),
                timings.get("catchUpByProcessorSeconds"), timings.get("bootSeconds")));
        if (Boolean.TRUE.equals(org.get("reusedDataDirectory"))) {
            out.append(String.format("%nThe history was loaded by an earlier run into the kept data directory (see "
                    + "below): this run appended nothing, so the load figures above are not a measurement; "
                    + "migrations added since then ran at start.%n"));
        }
        out.append(String.format(Locale.ROOT, "%n## Where%n%n- machine: %s cores, %s memory, %s, %s%n- JVM: %s, "
                        + "flags %s, max heap %s MiB, GC %s%n- PostgreSQL: %s; %s%n- settings: %s%n",
                machine.get("nproc"), machine.get("memory"), machine.get("cpu"), machine.get("os"),
                jvm.get("version"), jvm.get("flags"), jvm.get("maxHeapMiB"), jvm.get("gc"), postgres.get("version"),
                postgres.get("embedded"), postgres.get("settings")));
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> medianOf(Map<String, Object> report, String name) {
        for (Object item : (List<Object>) report.get("queries")) {
            Map<String, Object> query = (Map<String, Object>) item;
            if (name.equals(query.get("name")) && Boolean.TRUE.equals(query.get("available"))) {
                return (Map<String, Object>) query.get("median");
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static double number(Object spread) {
        return ((Number) ((Map<String, Object>) spread).get("median")).doubleValue();
    }

    /**
     * "19/20 (1.6 %), 18/20 (1.4 %)": of each run's slowest 1 %, how many were in flight while the kernel's memory
     * monitor ran (KernelBursts), and the share of all the run's requests that were; empty where nobody watched
     * (older results, machines without kdamond).
     */
    @SuppressWarnings("unchecked")
    private static String kernelBursts(List<Object> runs) {
        if (runs == null) {
            return "";
        }
        return String.join(", ", runs.stream().map(run -> (Map<String, Object>) run)
                .filter(run -> run.get("tailDuringKernelBursts") != null)
                .map(run -> String.format(Locale.ROOT, "%s/%s (%.1f %%)", run.get("tailDuringKernelBursts"),
                        run.get("tailRequests"), 100.0 * ((Number) run.get("requestsDuringKernelBursts")).doubleValue()
                                / Math.max(1, ((Number) run.get("requests")).doubleValue())))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static String cell(Object spread) {
        Map<String, Object> values = (Map<String, Object>) spread;
        return String.format(Locale.ROOT, "%s [%s-%s]", format(values.get("median")), format(values.get("min")),
                format(values.get("max")));
    }

    private static String format(Object value) {
        double number = ((Number) value).doubleValue();
        return number >= 100 ? String.format(Locale.ROOT, "%.0f", number)
                : String.format(Locale.ROOT, "%.2f", number);
    }
}
