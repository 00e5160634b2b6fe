package io.talentplatform.bench.append;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one figure of the append benchmark saw: answers per second and their latencies. */
record Sample(long answered, long errors, double seconds, double p50Ms, double p99Ms, double maxMs) {

    static Sample of(long[] latencyNanos, double seconds, long errors) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new Sample(sorted.length, errors, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    double perSecond() {
        return answered / seconds;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("perSecond", AppendBenchmark.round(perSecond()));
        map.put("p50Ms", AppendBenchmark.round(p50Ms));
        map.put("p99Ms", AppendBenchmark.round(p99Ms));
        map.put("maxMs", AppendBenchmark.round(maxMs));
        map.put("answered", answered);
        map.put("errors", errors);
        return map;
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
