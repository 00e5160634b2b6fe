package io.talentplatform.bench.append;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown beside an append result. */
final class AppendReport {

    private AppendReport() {
    }

    static String markdown(Map<String, Object> report, int threads) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> medians = (Map<String, Map<String, Object>>) report.get("medians");
        StringBuilder md = new StringBuilder("# Append benchmark\n\n");
        md.append(report.get("date")).append(", commit `").append(((Map<?, ?>) report.get("commit")).get("id"))
                .append("`. ").append(report.get("note")).append(".\n\n");
        md.append("| figure | per second (median) | p50 ms | p99 ms |\n|---|---|---|---|\n");
        for (String figure : AppendBenchmark.FIGURES.apply(threads)) {
            Map<String, Object> median = medians.get(figure);
            if (median == null) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f |%n", label(figure, threads),
                    median.get("perSecond"), median.get("p50Ms"), median.get("p99Ms")));
        }
        double ratio = (Double) report.get("medianHttpOverRawPerRow");
        Double overBare = (Double) report.get("medianHttpOverBareAxon");
        double halfPeakP99 = (Double) medians.get("httpHalfPeak").get("p99Ms");
        md.append('\n');
        if (overBare != null) {
            md.append(String.format(Locale.ROOT, "HTTP with every processor live / Axon's bare append (baseline d), "
                    + "%d threads (median of the runs' ratios): %.3f (target >= 0.5: %s). ", threads, overBare,
                    overBare >= 0.5 ? "met" : "missed"));
        }
        md.append(String.format(Locale.ROOT, "HTTP / raw per-row insert, %d threads: %.3f. p99 at half of the peak: "
                        + "%.1f ms (target < 25 ms: %s).%n%n", threads, ratio, halfPeakP99,
                halfPeakP99 < 25 ? "met" : "missed"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) report.get("runs");
        if (report.get("medianHalfPeakP99ClearOfKernelBurstsMs") != null) {
            md.append("At half the peak, the slowest 1 % that were pending while the kernel's memory monitor ran "
                    + "(kdamond, `KernelBursts`), per run: ");
            md.append(String.join(", ", runs.stream().map(run -> (Map<?, ?>) run.get("httpHalfPeak"))
                    .map(half -> String.format(Locale.ROOT, "%s of %s (of all requests %.1f %%)",
                            half.get("tailDuringKernelBursts"), half.get("tail"),
                            100.0 * ((Number) half.get("requestsDuringKernelBursts")).doubleValue()
                                    / ((Number) half.get("answered")).doubleValue()))
                    .toList()));
            md.append(String.format(Locale.ROOT, ". The p99 of the requests it did not meet: %.1f ms (median).%n%n",
                    (Double) report.get("medianHalfPeakP99ClearOfKernelBurstsMs")));
        }
        if (runs.get(0).containsKey("resourcesHttp" + threads)) {
            for (Map<String, Object> run : runs) {
                md.append(String.format(Locale.ROOT, "Run %s, CPU and rows written: HTTP %d threads until the read "
                                + "models caught up: %s; (d) bare Axon: %s.%n", run.get("run"), threads,
                        io.talentplatform.bench.platform.ResourceUse.describe((Map<?, ?>) run.get("resourcesHttp"
                                + threads)),
                        io.talentplatform.bench.platform.ResourceUse.describe((Map<?, ?>) run.get("resourcesBareAxon"
                                + threads))));
            }
            md.append('\n');
        }
        Object behind = report.get("medianReadModelsBehindAfterHttp" + threads + "Ms");
        if (behind != null) {
            md.append(String.format(Locale.ROOT, "After the %d-thread HTTP figure the read models and publishers "
                    + "needed %,d ms (median) more to reach the head of the log.%n%n", threads, (Long) behind));
        }
        md.append("Machine: ").append(report.get("machine")).append("; JVM: ").append(report.get("jvm"))
                .append("; PostgreSQL: ").append(report.get("postgres")).append('\n');
        return md.toString();
    }

    private static String label(String figure, int threads) {
        return switch (figure.replace(Integer.toString(threads), "N")) {
            case "http1" -> "HTTP command API, 1 thread";
            case "httpN" -> "HTTP command API, " + threads + " threads";
            case "gateway1" -> "command gateway, 1 thread";
            case "gatewayN" -> "command gateway, " + threads + " threads";
            case "bareAxon1" -> "(d) Axon's bare append, minimal aggregate, 1 thread";
            case "bareAxonN" -> "(d) Axon's bare append, minimal aggregate, " + threads + " threads";
            case "rawPerRow1" -> "raw JDBC, a transaction per row, 1 thread";
            case "rawPerRowN" -> "raw JDBC, a transaction per row, " + threads + " threads";
            case "rawBatched1" -> "raw JDBC, 1,000 rows per batch and transaction, 1 thread";
            case "httpHalfPeak" -> "HTTP open loop at half the " + threads + "-thread peak (latency from due time)";
            default -> figure;
        };
    }
}
