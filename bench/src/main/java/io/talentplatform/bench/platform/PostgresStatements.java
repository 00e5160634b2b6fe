package io.talentplatform.bench.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where PostgreSQL's time goes, statement by statement, when a benchmark is asked for it ({@code --statements}):
 * the server loads {@code pg_stat_statements}, a phase resets it, and the report keeps the statements that took the
 * most execution time in the phase. Off by default: the extension costs a little on every statement.
 */
public final class PostgresStatements {

    static final Map<String, String> SETTINGS = Map.of("shared_preload_libraries", "pg_stat_statements");
    private static final String PROPERTY = "talent.bench.statements";

    private PostgresStatements() {
    }

    /** Asks the next platform started in this JVM to load the extension. */
    public static void ask() {
        System.setProperty(PROPERTY, "true");
    }

    static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void install(JdbcClient jdbc) {
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
    }

    public static void reset(JdbcClient jdbc) {
        if (asked()) {
            jdbc.sql("SELECT pg_stat_statements_reset()").query().singleValue();
        }
    }

    /** The {@code limit} statements with the most execution time since the reset, with their share of it all. */
    public static List<Map<String, Object>> top(JdbcClient jdbc, int limit) {
        if (!asked()) {
            return List.of();
        }
        double total = jdbc.sql("SELECT coalesce(sum(total_exec_time), 0) FROM pg_stat_statements")
                .query(Double.class).single();
        return jdbc.sql("""
                        SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 200), calls, total_exec_time, rows
                        FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> {
                    Map<String, Object> statement = new LinkedHashMap<>();
                    statement.put("statement", rs.getString(1));
                    statement.put("calls", rs.getLong(2));
                    statement.put("totalMs", Math.round(rs.getDouble(3)));
                    statement.put("meanMicros", rs.getLong(2) == 0 ? 0 : Math.round(rs.getDouble(3) * 1000
                            / rs.getLong(2)));
                    statement.put("rows", rs.getLong(4));
                    statement.put("shareOfExecutionTime", total == 0 ? 0 : Math.round(rs.getDouble(3) / total
                            * 1000) / 10.0);
                    return statement;
                })
                .list();
    }
}
