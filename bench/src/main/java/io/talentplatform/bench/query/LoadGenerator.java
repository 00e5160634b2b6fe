package io.talentplatform.bench.query;

import io.talentplatform.bench.platform.KernelBursts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A load generator on loopback. Closed loop: a few client threads, each sending its next request as soon as the
 * previous answer arrived, for a fixed time; latency from send to the last byte read. Open loop: requests due at a
 * fixed rate whatever the answers do; latency from when each was due.
 */
final class LoadGenerator {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final int threads;

    LoadGenerator(String baseUrl, int threads) {
        this.baseUrl = baseUrl;
        this.threads = threads;
    }

    /** One request; its status and body, for checking a query exists before loading it. */
    HttpResponse<String> once(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the query for {@code duration}; request {@code i} goes to {@code paths.apply(i)}. */
    Sample run(LongFunction<String> paths, String token, Duration duration) throws InterruptedException {
        return run(paths, i -> token, duration);
    }

    /**
     * As {@link #run(LongFunction, String, Duration)}, request {@code i} sent with {@code credentials.apply(i)}: a
     * bearer token, or {@code "Cookie: ..."} for a page's session.
     */
    Sample run(LongFunction<String> paths, LongFunction<String> credentials, Duration duration)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long[][] latencies = new long[threads][];
        long[][] requestIndexes = new long[threads][];
        long[][] sentAt = new long[threads][];
        int[] counts = new int[threads];
        long[] errors = new long[threads];
        String[] firstError = new String[1];
        Thread[] workers = new Thread[threads];
        KernelBursts kernel = KernelBursts.watch();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            latencies[t] = new long[1 << 14];
            requestIndexes[t] = new long[1 << 14];
            sentAt[t] = new long[1 << 14];
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long index = next.getAndIncrement();
                    HttpRequest request = request(paths.apply(index), credentials.apply(index));
                    long sent = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        if (status != 200 && firstError[0] == null) {
                            firstError[0] = status + " " + new String(response.body()).lines().findFirst().orElse("");
                        }
                    } catch (IOException e) {
                        status = -1;
                        firstError[0] = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long took = System.nanoTime() - sent;
                    if (status != 200) {
                        errors[worker]++;
                    }
                    if (counts[worker] == latencies[worker].length) {
                        latencies[worker] = Arrays.copyOf(latencies[worker], counts[worker] * 2);
                        requestIndexes[worker] = Arrays.copyOf(requestIndexes[worker], counts[worker] * 2);
                        sentAt[worker] = Arrays.copyOf(sentAt[worker], counts[worker] * 2);
                    }
                    requestIndexes[worker][counts[worker]] = index;
                    sentAt[worker][counts[worker]] = sent;
                    latencies[worker][counts[worker]++] = took;
                }
            }, "load-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        kernel.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        // {latency, request index, 1 if kdamond ran while it was in flight}, slowest first.
        List<long[]> requests = new ArrayList<>(total);
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < counts[t]; i++) {
                boolean met = kernel.overlaps(sentAt[t][i], sentAt[t][i] + latencies[t][i]);
                requests.add(new long[] {latencies[t][i], requestIndexes[t][i], met ? 1 : 0});
            }
        }
        requests.sort(Comparator.comparingLong((long[] request) -> request[0]).reversed());
        // The slowest 1 %: the report lists the paths of the first SLOWEST (the same path again and again is an
        // expensive target, any path a pause) and counts those that met a run of the kernel's memory monitor,
        // against the share of all requests that did.
        List<long[]> tail = requests.subList(0, (int) Math.ceil(total * 0.01));
        List<Slow> slowest = tail.stream().limit(SLOWEST)
                .map(request -> new Slow(paths.apply(request[1]), request[0] / 1e6, request[2] == 1)).toList();
        Integer tailInKernelBursts = kernel.watching() ? metKernel(tail) : null;
        Integer inKernelBursts = kernel.watching() ? metKernel(requests) : null;
        Arrays.sort(all);
        return new Sample(total, Arrays.stream(errors).sum(), firstError[0], percentile(all, 0.50),
                percentile(all, 0.99), total == 0 ? 0 : all[total - 1] / 1e6, total / seconds, slowest,
                tail.size(), tailInKernelBursts, inKernelBursts);
    }

    /**
     * An open-loop load: request {@code i} is due at {@code i / perSecond} seconds after the start, whether or not
     * earlier answers have arrived, for {@code duration}; each latency counts from when the request was due, so a
     * stall counts for every request it delays (no coordinated omission). Senders come from a pool large enough that
     * a due request never waits for a free one.
     */
    Sample open(LongFunction<String> paths, LongFunction<String> credentials, double perSecond, Duration duration)
            throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        int count = (int) Math.max(1, duration.toNanos() / interval);
        long[] due = new long[count];
        long[] latencies = new long[count];
        int[] statuses = new int[count];
        String[] firstError = new String[1];
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "open-load");
            thread.setDaemon(true);
            return thread;
        });
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(count);
        KernelBursts kernel = KernelBursts.watch();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            due[i] = started + i * interval;
            long wait = due[i] - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            senders.execute(() -> {
                try {
                    HttpResponse<byte[]> response = client.send(request(paths.apply(index),
                            credentials.apply(index)), HttpResponse.BodyHandlers.ofByteArray());
                    statuses[index] = response.statusCode();
                    if (response.statusCode() != 200 && firstError[0] == null) {
                        firstError[0] = response.statusCode() + " "
                                + new String(response.body()).lines().findFirst().orElse("");
                    }
                } catch (IOException | InterruptedException e) {
                    statuses[index] = -1;
                    firstError[0] = e.toString();
                } finally {
                    latencies[index] = System.nanoTime() - due[index];
                    answered.countDown();
                }
            });
        }
        answered.await();
        senders.shutdown();
        kernel.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<long[]> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(new long[] {latencies[i], i, kernel.overlaps(due[i], due[i] + latencies[i]) ? 1 : 0});
        }
        requests.sort(Comparator.comparingLong((long[] request) -> request[0]).reversed());
        List<long[]> tail = requests.subList(0, (int) Math.ceil(count * 0.01));
        List<Slow> slowest = tail.stream().limit(SLOWEST)
                .map(request -> new Slow(paths.apply(request[1]), request[0] / 1e6, request[2] == 1)).toList();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        long errors = Arrays.stream(statuses).filter(status -> status != 200).count();
        return new Sample(count, errors, firstError[0], percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted[count - 1] / 1e6, count / seconds, slowest, tail.size(),
                kernel.watching() ? metKernel(tail) : null, kernel.watching() ? metKernel(requests) : null);
    }

    private static int metKernel(List<long[]> requests) {
        return (int) requests.stream().filter(request -> request[2] == 1).count();
    }

    private static final int SLOWEST = 20;

    private HttpRequest request(String path, String credential) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (credential.startsWith(PageSessions.COOKIE)) {
            request.header("Cookie", credential.substring(PageSessions.COOKIE.length())).header("Accept", "text/html");
        } else {
            request.header("Authorization", "Bearer " + credential).header("Accept", "application/json");
        }
        return request.build();
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /**
     * One query's figures in one run; latencies in milliseconds.
     *
     * @param tailInKernelBursts how many of the slowest 1 % ({@code tail} requests) were in flight while kdamond
     *                           ran ({@link KernelBursts}); {@code null} on a machine without it
     * @param inKernelBursts     how many of all requests were
     */
    record Sample(long requests, long errors, String firstError, double p50Ms, double p99Ms, double maxMs,
                  double requestsPerSecond, List<Slow> slowest, int tail, Integer tailInKernelBursts,
                  Integer inKernelBursts) {
    }

    /** One slow request: where it went, how long its answer took in milliseconds, whether kdamond ran meanwhile. */
    record Slow(String path, double ms, boolean duringKernelBurst) {
    }
}
