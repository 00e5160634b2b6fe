package io.talentplatform.platform.testing;

import org.postgresql.PGConnection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table of a database (and its large objects), as PostgreSQL's COPY writes them: what a search
 * for data that must be gone (erasure) reads. This is the data part of a pg_dump, without needing a pg_dump of the
 * server's major version on the machine (bytea columns come out as hex, as in a dump).
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static String of(String jdbcUrl, String user) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("""
                    SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                    ORDER BY 1""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            tables.add("pg_catalog.pg_largeobject");
            ByteArrayOutputStream dump = new ByteArrayOutputStream();
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                dump.writeBytes(("-- " + table + "\n").getBytes(StandardCharsets.UTF_8));
                copy.copyOut("COPY " + table + " TO STDOUT", dump);
            }
            return dump.toString(StandardCharsets.UTF_8);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot dump the database", e);
        }
    }
}
