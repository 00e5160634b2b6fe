package io.talentplatform.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server process started from a Maven dependency, for the standalone build and the tests.
 * With a data directory it keeps its data across restarts, with PostgreSQL's durable settings; without one it starts
 * empty in a temporary place, with fsync off, and its data goes when it stops.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The major version of the binaries this build embeds; a data directory of another major cannot be opened. */
    public static final int MAJOR_VERSION = 17;
    public static final String LOOPBACK = "127.0.0.1";

    private static final Duration STARTUP_WAIT = Duration.ofMinutes(30);
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_.,:/+=-]*");
    private static final Set<String> DURABILITY = Set.of("fsync", "synchronous_commit", "full_page_writes");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A throwaway server on a free port, for tests: fsync and synchronous commit off (the library's defaults), which
     * is safe only because nothing in it needs to survive a crash.
     */
    public static EmbeddedPostgresServer temporary() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", LOOPBACK)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** A server on loopback whose data lives in {@code dataDirectory}; it stops when the JVM exits. */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        return persistent(dataDirectory, port, LOOPBACK, true);
    }

    /**
     * A server whose data lives in {@code dataDirectory} and survives restarts and crashes: fsync, synchronous commit
     * and full-page writes on, as PostgreSQL ships them (the library turns the first two off for its tests).
     *
     * @param listenAddresses PostgreSQL's {@code listen_addresses}: loopback unless the operator exposes it
     * @param stopOnJvmExit   false for a caller whose own shutdown still needs the database: a server that stops
     *                        itself in a JVM shutdown hook runs alongside every other hook, and was gone before the
     *                        platform's processors had released their segments
     * @throws IncompatibleDataDirectory if the directory holds data of another PostgreSQL major version; nothing in
     *                                   it is touched
     */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port, String listenAddresses,
                                                    boolean stopOnJvmExit) {
        return persistent(dataDirectory, port, listenAddresses, stopOnJvmExit, Map.of());
    }

    /**
     * As {@link #persistent(Path, int, String, boolean)}, with {@code settings} besides (a benchmark loading
     * {@code pg_stat_statements}, say); the durability settings are not among those it may change.
     */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port, String listenAddresses,
                                                    boolean stopOnJvmExit, Map<String, String> settings) {
        if (settings.keySet().stream().anyMatch(DURABILITY::contains)) {
            throw new IllegalArgumentException("PostgreSQL's durability is not a setting to change: " + settings);
        }
        IncompatibleDataDirectory.check(dataDirectory, MAJOR_VERSION);
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(stopOnJvmExit)
                    // Given after the library's own "-F" (fsync off) on the server's command line, so these win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", listenAddresses);
            settings.forEach((name, value) -> builder.setServerConfig(name, forTheShell(value)));
            // A start after a crash replays the log, and one on a restored backup replays the archive: minutes, not
            // the library's 10 seconds.
            builder.setPGStartupWait(STARTUP_WAIT);
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /**
     * A setting's value as one word of the shell command line that {@code pg_ctl} runs the server with: the library
     * passes {@code -c name=value} unquoted, and a value with spaces (an {@code archive_command}) would fall apart.
     */
    static String forTheShell(String value) {
        return SHELL_SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
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
