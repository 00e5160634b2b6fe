package io.talentplatform.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server process started from a Maven dependency, for the standalone build and the tests.
 * With a data directory it keeps its data across restarts; without one it starts empty in a temporary place.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throwaway server on a free port, fsync off: for tests. */
    public static EmbeddedPostgresServer temporary() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts; it stops when the JVM exits. */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        return persistent(dataDirectory, port, true);
    }

    /**
     * As {@link #persistent(Path, int)}, but stopped only by {@link #close()}: for a caller whose own shutdown still
     * needs the database. A server that stops itself in a JVM shutdown hook runs alongside every other hook, and was
     * gone before the platform's processors had released their segments.
     */
    public static EmbeddedPostgresServer persistentUntilClosed(Path dataDirectory, int port) {
        return persistent(dataDirectory, port, false);
    }

    private static EmbeddedPostgresServer persistent(Path dataDirectory, int port, boolean stopOnExit) {
        try {
            Files.createDirectories(dataDirectory);
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(stopOnExit)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
