package io.talentplatform.bench.rebuild;

import io.talentplatform.platform.readmodel.ReadModel;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Baseline (b) of issue 27: the four read models written by a program with no framework. One connection streams the
 * log in index order and decodes every event once, payload and metadata, with the platform's own event serializer
 * (personal fields decrypted); meanwhile another empties the read models' tables, drops their query-only indexes,
 * COPYs every row in and builds the indexes again, in one transaction. Reading and writing overlap, as a raw program
 * would make them; it is done when both are.
 *
 * <p>The rows are the ones the platform's read models hold when the benchmark starts, taken once with {@code COPY TO}:
 * the program does not fold the events into rows itself. A fold in memory by primary key costs little next to the
 * rest, and leaving it out makes (b) a floor that a real raw program could approach but not beat.
 */
final class RawCopyBaseline {

    private static final int FETCH = 1_000;
    private static final SerializedType METADATA = new SimpleSerializedType(MetaData.class.getName(), null);

    private final Map<String, byte[]> rows;
    private final long rowCount;

    private RawCopyBaseline(Map<String, byte[]> rows, long rowCount) {
        this.rows = rows;
        this.rowCount = rowCount;
    }

    /** Takes every read model's rows as they are now (whole: read models at the head of the log). */
    static RawCopyBaseline capture(DataSource dataSource) throws SQLException {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    count += copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                } catch (IOException e) {
                    throw new SQLException("could not copy " + table, e);
                }
                rows.put(table, out.toByteArray());
            }
        }
        return new RawCopyBaseline(rows, count);
    }

    long rowCount() {
        return rowCount;
    }

    Map<String, Object> run(DataSource dataSource, Serializer serializer, int run) throws Exception {
        long started = System.nanoTime();
        CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> {
            try {
                return write(dataSource);
            } catch (SQLException e) {
                throw new IllegalStateException("baseline (b) could not write the read models", e);
            }
        });
        long events = readAndDecode(dataSource, serializer);
        double readSeconds = (System.nanoTime() - started) / 1e9;
        long rowsCopied = written.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", run);
        result.put("events", events);
        result.put("rowsCopied", rowsCopied);
        result.put("readAndDecodeSeconds", RebuildBenchmark.round(readSeconds));
        result.put("seconds", RebuildBenchmark.round(seconds));
        result.put("eventsPerSecond", RebuildBenchmark.round(events / seconds));
        System.out.printf(Locale.ROOT, "  run %d, raw COPY: %,d events decoded (%.1f s), %,d rows copied, in %.1f s "
                + "(%,.0f events/s)%n", run, events, readSeconds, rowsCopied, seconds, events / seconds);
        return result;
    }

    /** Every event of the log, payload and metadata decoded as the platform's handlers would see them. */
    private static long readAndDecode(DataSource dataSource, Serializer serializer) throws SQLException {
        long events = 0;
        Map<String, SerializedType> types = new LinkedHashMap<>();
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (PreparedStatement scan = reader.prepareStatement("""
                    SELECT payloadtype, payloadrevision, payload, metadata
                    FROM domainevententry ORDER BY globalindex""")) {
                scan.setFetchSize(FETCH);
                try (ResultSet log = scan.executeQuery()) {
                    while (log.next()) {
                        String type = log.getString(1);
                        String revision = log.getString(2);
                        SerializedType serializedType = types.computeIfAbsent(type + "/" + revision,
                                key -> new SimpleSerializedType(type, revision));
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(log.getBytes(3),
                                byte[].class, serializedType));
                        Object metadata = serializer.deserialize(new SimpleSerializedObject<>(log.getBytes(4),
                                byte[].class, METADATA));
                        if (payload == null || metadata == null) {
                            throw new IllegalStateException("event " + events + " did not decode");
                        }
                        events++;
                    }
                }
            }
            reader.commit();
        }
        return events;
    }

    /** Empties the tables and COPYs the rows in, query indexes dropped and built after; returns the rows copied. */
    private long write(DataSource dataSource) throws SQLException {
        long copied = 0;
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            List<String> indexes = new ArrayList<>();
            try (PreparedStatement definitions = writer.prepareStatement(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = ANY (?)")) {
                definitions.setArray(1, writer.createArrayOf("text", queryIndexes().toArray()));
                try (ResultSet found = definitions.executeQuery()) {
                    while (found.next()) {
                        indexes.add(found.getString(1));
                    }
                }
            }
            try (Statement statement = writer.createStatement()) {
                statement.execute("TRUNCATE " + String.join(", ", tables()));
                for (String index : queryIndexes()) {
                    statement.execute("DROP INDEX " + index);
                }
            }
            CopyManager copy = writer.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, byte[]> table : rows.entrySet()) {
                try {
                    copied += copy.copyIn("COPY " + table.getKey() + " FROM STDIN (FORMAT binary)",
                            new ByteArrayInputStream(table.getValue()));
                } catch (IOException e) {
                    throw new SQLException("could not copy into " + table.getKey(), e);
                }
            }
            try (Statement statement = writer.createStatement()) {
                for (String index : indexes) {
                    statement.execute(index);
                }
            }
            writer.commit();
        }
        return copied;
    }

    private static List<String> tables() {
        return Arrays.stream(ReadModel.values()).flatMap(model -> model.tables().stream()).toList();
    }

    private static List<String> queryIndexes() {
        return Arrays.stream(ReadModel.values()).flatMap(model -> model.queryIndexes().stream()).toList();
    }
}
