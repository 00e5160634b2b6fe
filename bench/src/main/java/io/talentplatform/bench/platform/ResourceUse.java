package io.talentplatform.bench.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a measured phase cost, split between the JVM (the platform, and the benchmark's own client, which runs in
 * the same JVM) and PostgreSQL (the postmaster and every backend, read from {@code /proc} as {@code pidstat} would:
 * user and system time, with the children that exited counted by their parent), and how many rows PostgreSQL wrote
 * for it ({@code pg_stat_user_tables}, inserted, updated and deleted; those statistics reach the view within a
 * second or so of a transaction, so a phase is read after its writers went quiet).
 */
public final class ResourceUse {

    private static final double TICKS_PER_SECOND = 100.0; // getconf CLK_TCK on Linux

    private final JdbcClient jdbc;
    private final long postmaster;
    private final long startedAt;
    private final long jvmAtStart;
    private final double postgresAtStart;
    private final long rowsAtStart;

    private ResourceUse(JdbcClient jdbc, long postmaster) {
        this.jdbc = jdbc;
        this.postmaster = postmaster;
        this.rowsAtStart = rowsWritten(jdbc);
        this.startedAt = System.nanoTime();
        this.jvmAtStart = jvmCpuNanos();
        this.postgresAtStart = postgresCpuSeconds(postmaster);
    }

    /** Starts counting now, for the PostgreSQL that {@code jdbc} talks to (on this machine). */
    public static ResourceUse start(JdbcClient jdbc) {
        long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        return new ResourceUse(jdbc, parentOf(backend));
    }

    /** What the phase since {@link #start} cost; {@code events} the phase handled, for rows per event. */
    public Map<String, Object> stop(long events) {
        double wall = (System.nanoTime() - startedAt) / 1e9;
        double jvm = (jvmCpuNanos() - jvmAtStart) / 1e9;
        double postgres = postgresCpuSeconds(postmaster) - postgresAtStart;
        long rows = rowsWritten(jdbc) - rowsAtStart;
        Map<String, Object> use = new LinkedHashMap<>();
        use.put("wallSeconds", round(wall));
        use.put("jvmCpuSeconds", round(jvm));
        use.put("postgresCpuSeconds", round(postgres));
        use.put("jvmShareOfCpu", jvm + postgres == 0 ? 0 : round(jvm / (jvm + postgres)));
        use.put("cpuMicrosecondsPerEvent", events == 0 ? 0 : round((jvm + postgres) * 1e6 / events));
        use.put("rowsWritten", rows);
        use.put("rowsWrittenPerEvent", events == 0 ? 0 : round((double) rows / events));
        return use;
    }

    /** "JVM 61% / PostgreSQL 39% of 230 CPU-µs an event, 2.9 rows an event". */
    public static String describe(Map<?, ?> use) {
        double jvmShare = ((Number) use.get("jvmShareOfCpu")).doubleValue();
        return String.format(java.util.Locale.ROOT, "JVM %.0f%% / PostgreSQL %.0f%% of %.0f CPU-µs an event, %.2f "
                        + "rows written an event", jvmShare * 100, (1 - jvmShare) * 100,
                ((Number) use.get("cpuMicrosecondsPerEvent")).doubleValue(),
                ((Number) use.get("rowsWrittenPerEvent")).doubleValue());
    }

    private static long rowsWritten(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables")
                .query(Long.class).single();
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The postmaster's own time, its exited children's, and every live backend's. */
    private static double postgresCpuSeconds(long postmaster) {
        long ticks = ticks(postmaster, true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(dir -> {
                        String[] stat = stat(dir);
                        return stat != null && Long.parseLong(stat[1]) == postmaster ? ticks(stat, false) : 0;
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long parentOf(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        if (stat == null) {
            throw new IllegalStateException("PostgreSQL backend " + pid + " is not a process of this machine");
        }
        return Long.parseLong(stat[1]);
    }

    private static long ticks(long pid, boolean withExitedChildren) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : ticks(stat, withExitedChildren);
    }

    /** Fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static long ticks(String[] stat, boolean withExitedChildren) {
        long own = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        return withExitedChildren ? own + Long.parseLong(stat[13]) + Long.parseLong(stat[14]) : own;
    }

    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null; // a process that ended meanwhile
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
