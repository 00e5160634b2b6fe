package io.talentplatform.bench.append;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Client threads that each send their next request as soon as the previous one was answered, for a fixed time. */
final class ClosedLoop {

    private ClosedLoop() {
    }

    static Sample run(int threads, AppendBenchmark.Call call, Duration duration) throws InterruptedException {
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        Thread[] workers = new Thread[threads];
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            latencies[t] = new long[1 << 14];
            workers[t] = new Thread(() -> {
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    long sent = System.nanoTime();
                    try {
                        call.run(thread, i);
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            firstError[0] = e.toString();
                        }
                        continue;
                    }
                    if (counts[thread] == latencies[thread].length) {
                        latencies[thread] = Arrays.copyOf(latencies[thread], counts[thread] * 2);
                    }
                    latencies[thread][counts[thread]++] = System.nanoTime() - sent;
                }
            }, "append-client-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (firstError[0] != null) {
            System.out.printf("  %d errors, the first: %s%n", errors.get(), firstError[0]);
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        return Sample.of(all, seconds, errors.get());
    }
}
