package io.talentplatform.bench.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * When the kernel's memory monitor ran during a measurement. DAMON ({@code kdamond}) runs in short bursts and a
 * request in flight then waits, so most of a run's slowest requests can be the machine's. Recording the runs lets a
 * report say whether its tail is the platform's or the machine's. The watcher reads each kdamond thread's
 * {@code /proc/<pid>/schedstat} (time on CPU, nanoseconds) every {@value #POLL_MILLIS} ms, at a small cost, and does
 * nothing on a machine without kdamond (docs/decisions/014-bench-records-kernel-memory-monitor.md).
 */
public final class KernelBursts implements AutoCloseable {

    private static final long POLL_MILLIS = 2;
    /** More CPU than this between two polls is a run, not bookkeeping. */
    private static final long BURST_NANOS = 1_000_000;

    private final List<Path> monitors;
    private final List<long[]> bursts = new ArrayList<>();
    private final Thread watcher;
    private volatile boolean stopped;

    private KernelBursts(List<Path> monitors) {
        this.monitors = monitors;
        this.watcher = new Thread(this::poll, "kernel-bursts");
        this.watcher.setDaemon(true);
        if (!monitors.isEmpty()) {
            watcher.start();
        }
    }

    /** Starts watching every kdamond thread there is now. */
    public static KernelBursts watch() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return new KernelBursts(processes
                    .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> comm(dir).startsWith("kdamond"))
                    .map(dir -> dir.resolve("schedstat"))
                    .toList());
        } catch (IOException | UncheckedIOException e) {
            return new KernelBursts(List.of());
        }
    }

    public boolean watching() {
        return !monitors.isEmpty();
    }

    /** Whether a run was seen between {@code fromNanos} and {@code toNanos} ({@link System#nanoTime()}). */
    public boolean overlaps(long fromNanos, long toNanos) {
        synchronized (bursts) {
            // A run is known only to have happened between two polls: the whole interval counts.
            for (long[] burst : bursts) {
                if (burst[0] <= toNanos && burst[1] >= fromNanos) {
                    return true;
                }
            }
            return false;
        }
    }

    private void poll() {
        long[] last = new long[monitors.size()];
        long lastPoll = System.nanoTime();
        for (int i = 0; i < last.length; i++) {
            last[i] = onCpu(monitors.get(i));
        }
        while (!stopped) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (int i = 0; i < last.length; i++) {
                long cpu = onCpu(monitors.get(i));
                if (cpu - last[i] > BURST_NANOS) {
                    synchronized (bursts) {
                        bursts.add(new long[] {lastPoll, now});
                    }
                }
                last[i] = cpu;
            }
            lastPoll = now;
        }
    }

    @Override
    public void close() {
        stopped = true;
        watcher.interrupt();
    }

    private static long onCpu(Path schedstat) {
        try {
            String line = Files.readString(schedstat);
            return Long.parseLong(line.substring(0, line.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String comm(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
