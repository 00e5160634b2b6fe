package io.talentplatform.bench.rebuild;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Baseline (b) of BENCHMARKS.md: no framework. One connection streams the event table in index order (a cursor,
 * 1,000 rows per fetch) while another upserts one row per event into {@code bench_raw_rebuild} (migration V9_1 of
 * this module), 1,000 rows per JDBC batch and per transaction. It reads every payload but decodes none: it is the
 * ceiling of moving the log into tables on this machine, not a rival implementation of the read models.
 */
final class RawJdbcBaseline {

    private static final int BATCH = 1_000;

    private RawJdbcBaseline() {
    }

    static Map<String, Object> run(DataSource dataSource, int run) throws SQLException {
        try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            try (Statement truncate = writer.createStatement()) {
                truncate.execute("TRUNCATE bench_raw_rebuild");
            }
            reader.setAutoCommit(false);
            writer.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = 0;
            try (PreparedStatement scan = reader.prepareStatement("""
                    SELECT globalindex, aggregateidentifier, payloadtype, timestamp, payload
                    FROM domainevententry ORDER BY globalindex""");
                 PreparedStatement upsert = writer.prepareStatement("""
                         INSERT INTO bench_raw_rebuild (global_index, aggregate_id, payload_type, occurred_at,
                             payload_bytes)
                         VALUES (?, ?, ?, ?, ?)
                         ON CONFLICT (global_index) DO UPDATE SET aggregate_id = EXCLUDED.aggregate_id,
                             payload_type = EXCLUDED.payload_type, occurred_at = EXCLUDED.occurred_at,
                             payload_bytes = EXCLUDED.payload_bytes""")) {
                scan.setFetchSize(BATCH);
                try (ResultSet events = scan.executeQuery()) {
                    while (events.next()) {
                        upsert.setLong(1, events.getLong(1));
                        upsert.setString(2, events.getString(2));
                        upsert.setString(3, events.getString(3));
                        upsert.setString(4, events.getString(4));
                        upsert.setInt(5, events.getBytes(5).length);
                        upsert.addBatch();
                        if (++rows % BATCH == 0) {
                            upsert.executeBatch();
                            writer.commit();
                        }
                    }
                }
                upsert.executeBatch();
                writer.commit();
            }
            reader.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            // Autovacuum came to vacuum and analyze the million rows just inserted while the platform's rebuild that
            // follows was being measured. Emptied, the table leaves it nothing to do.
            try (Statement truncate = writer.createStatement()) {
                truncate.execute("TRUNCATE bench_raw_rebuild");
            }
            writer.commit();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("run", run);
            result.put("rows", rows);
            result.put("seconds", Math.round(seconds * 100) / 100.0);
            result.put("eventsPerSecond", Math.round(rows / seconds * 100) / 100.0);
            System.out.printf(Locale.ROOT, "  run %d, raw JDBC: %,d rows in %.1f s (%,.0f rows/s)%n", run, rows,
                    seconds, rows / seconds);
            return result;
        }
    }
}
