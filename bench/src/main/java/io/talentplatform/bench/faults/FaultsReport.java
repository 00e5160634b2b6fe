package io.talentplatform.bench.faults;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The faults benchmark's rows, as JSON and as the table its Markdown and the summary show. */
public final class FaultsReport {

    private FaultsReport() {
    }

    /**
     * One fault, how often it struck, and what came of it; a figure the fault cannot produce is {@code null} (shown
     * as n/a), never a zero nobody measured.
     *
     * @param answered        requests answered: commands answered 2xx, or for bad requests every request sent
     * @param neverAnswered   commands the client gave up on after three minutes of sending them again
     * @param lost            answered commands missing from the store, a read model or the topic; read-model rows
     *                        missing against a reference
     * @param doubled         events or rows beyond one per command; rows a reference lacks; events a refused request
     *                        appended
     * @param recoverySeconds one figure per fault injected, where it has a recovery
     */
    record Row(String fault, int injected, long answered, Long neverAnswered, Long lost, Long doubled,
               Long kafkaDuplicates, Long kafkaConflicting, Long unexpected5xx, List<Double> recoverySeconds,
               Map<String, Object> details) {
    }

    static Map<String, Object> asMap(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("fault", row.fault());
        map.put("injected", row.injected());
        map.put("requestsAnswered", row.answered());
        map.put("commandsNeverAnswered", row.neverAnswered());
        map.put("eventsLost", row.lost());
        map.put("duplicateEffects", row.doubled());
        map.put("kafkaDuplicates", row.kafkaDuplicates());
        map.put("kafkaDuplicatesWithOtherContent", row.kafkaConflicting());
        map.put("unexpected5xx", row.unexpected5xx());
        map.put("recoverySeconds", row.recoverySeconds());
        map.put("recoveryMedianSeconds", median(row.recoverySeconds()));
        map.put("recoveryMaxSeconds", row.recoverySeconds().stream().max(Comparator.naturalOrder()).orElse(null));
        map.put("details", row.details());
        return map;
    }

    /** The table, from the rows as the JSON result holds them. */
    public static String table(List<Map<String, Object>> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| fault | injected | requests answered (never answered) | events lost | duplicate effects | Kafka "
                + "duplicates, same bytes (other bytes) | unexpected 5xx | recovery median / max (s) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : rows) {
            Object median = row.get("recoveryMedianSeconds");
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d (%s) | %s | %s | %s (%s) | %s | %s |%n",
                    row.get("fault"), row.get("injected"), ((Number) row.get("requestsAnswered")).longValue(),
                    figure(row.get("commandsNeverAnswered")), figure(row.get("eventsLost")),
                    figure(row.get("duplicateEffects")), figure(row.get("kafkaDuplicates")),
                    figure(row.get("kafkaDuplicatesWithOtherContent")), figure(row.get("unexpected5xx")),
                    median == null ? "n/a" : String.format(Locale.ROOT, "%.1f / %.1f",
                            ((Number) median).doubleValue(), ((Number) row.get("recoveryMaxSeconds")).doubleValue())));
        }
        return md.toString();
    }

    static String markdown(Map<String, Object> report, List<Row> rows) {
        StringBuilder md = new StringBuilder("# Faults benchmark\n\n");
        md.append(report.get("date")).append(", commit `").append(((Map<?, ?>) report.get("commit")).get("id"))
                .append("`.\n\n");
        if (report.containsKey("failed")) {
            md.append("**The run failed before its end:** ").append(report.get("failed")).append("\n\n");
        }
        md.append(table(rows.stream().map(FaultsReport::asMap).toList()));
        md.append('\n').append(report.get("note")).append(".\n\n");
        for (Row row : rows) {
            md.append("- ").append(row.fault()).append(": ").append(row.details()).append('\n');
        }
        md.append("\nOrganisation: ").append(report.get("organisation")).append("\n\n");
        md.append("Machine: ").append(report.get("machine")).append("; JVM: ").append(report.get("jvm"))
                .append("; PostgreSQL: ").append(report.get("postgres")).append('\n');
        return md.toString();
    }

    private static String figure(Object value) {
        return value == null ? "n/a" : value.toString();
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
