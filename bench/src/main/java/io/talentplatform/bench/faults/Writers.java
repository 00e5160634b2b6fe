package io.talentplatform.bench.faults;

import io.talentplatform.platform.testing.Http;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write load a fault strikes: one writer per person, each recording capability evidence for its person one
 * command after another, about ten a second, as a careful client does it. Each command carries an
 * {@code Idempotency-Key} and is sent again with the same key after a 503 or when no answer came, until it is
 * answered; so a command answered twice must still have one effect, which is what the figures check.
 */
final class Writers {

    /** Evidence capabilities the writers cycle through; the catalogue must hold them. */
    static final List<String> CAPABILITIES = List.of("skill-0", "skill-1", "skill-2", "skill-3", "skill-4", "skill-5",
            "skill-6", "skill-7");
    /** How long one command is tried again before the writer gives up on it (and reports it unanswered). */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    /** A command answered with 2xx: whom it was about, its event's position, and when ({@link System#nanoTime()}). */
    record Answered(String person, long position, long answeredAtNanos) {
    }

    private final String phase;
    private final Http manager;
    private final Duration pause;
    private final List<Answered> answered = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> unexpected = new ArrayList<>();
    private final AtomicInteger unexpectedCount = new AtomicInteger();
    private final List<Long> unavailableAt = new CopyOnWriteArrayList<>();
    private final AtomicInteger noAnswer = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService threads;
    private final List<CompletableFuture<Void>> running = new ArrayList<>();

    private Writers(String phase, Http manager, Duration pause, int writers) {
        this.phase = phase;
        this.manager = manager;
        this.pause = pause;
        this.threads = Executors.newFixedThreadPool(writers);
    }

    /** A writer for each of {@code people} (a person named twice gets two), writing until stopped. */
    static Writers start(String phase, Http manager, List<String> people, Duration pause) {
        return start(phase, manager, people, pause, Integer.MAX_VALUE);
    }

    /** As {@link #start(String, Http, List, Duration)}, each writer ending after {@code commandsEach} commands. */
    static Writers start(String phase, Http manager, List<String> people, Duration pause, int commandsEach) {
        Writers writers = new Writers(phase, manager, pause, people.size());
        for (int writer = 0; writer < people.size(); writer++) {
            String person = people.get(writer);
            String name = "w" + writer;
            writers.running.add(CompletableFuture.runAsync(() -> writers.write(person, name, commandsEach),
                    writers.threads));
        }
        return writers;
    }

    /** Until every writer has sent its commands (for writers started with a number of commands each). */
    void awaitDone() {
        try {
            running.forEach(CompletableFuture::join);
        } finally {
            threads.shutdown();
        }
    }

    private void write(String person, String writer, int commands) {
        for (int i = 1; i <= commands && !stopping.get(); i++) {
            String evidence = "faults " + phase + " " + person + " " + writer + " " + i;
            // Levels stay below 3, the milestone that makes a conversation due: one event per command.
            String body = """
                    {"capability":"%s","level":%d,"evidence":"%s","source":"REVIEW","observedOn":"%s"}"""
                    .formatted(CAPABILITIES.get(i % CAPABILITIES.size()), 1 + i % 2, evidence,
                            LocalDate.now().minusDays(1));
            try {
                send(person, body);
            } catch (RuntimeException failed) {
                // An answer the client could not read (a 2xx without its event position, say): counted, not fatal.
                unexpected(failed.toString());
            }
            Topology.sleep(pause);
        }
    }

    private void send(String person, String body) {
        Http keyed = manager.header("Idempotency-Key", UUID.randomUUID().toString());
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer answer;
            try {
                answer = keyed.post("/api/v1/employees/" + person + "/capabilities", body);
            } catch (UncheckedIOException none) {
                noAnswer.incrementAndGet();
                Topology.sleep(Duration.ofMillis(250));
                continue;
            }
            statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
            if (answer.status() / 100 == 2) {
                answered.add(new Answered(person, answer.position(), System.nanoTime()));
                return;
            }
            if (answer.status() == 503) {
                unavailableAt.add(System.nanoTime());
            } else {
                unexpected(answer.toString());
                if (answer.status() < 500) {
                    return; // refused: sending it again would be refused again
                }
            }
            Topology.sleep(Duration.ofMillis(250));
        }
        givenUp.incrementAndGet();
    }

    private void unexpected(String what) {
        unexpectedCount.incrementAndGet();
        synchronized (unexpected) {
            if (unexpected.size() < 20) {
                unexpected.add(what);
            }
        }
    }

    /** Stops the writers after their current commands. */
    void stop() {
        stopping.set(true);
        awaitDone();
    }

    List<Answered> answered() {
        return List.copyOf(answered);
    }

    /** Commands answered with 2xx so far. */
    int answeredCount() {
        return answered.size();
    }

    /** Every answer's status, retries included. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** Answers other than 2xx and 503 (each a refusal, or a failure sent again): the first 20. */
    List<String> unexpected() {
        synchronized (unexpected) {
            return List.copyOf(unexpected);
        }
    }

    /** Answers other than 2xx and 503, and answers that could not be read: refusals and failures. */
    int unexpectedCount() {
        return unexpectedCount.get();
    }

    /** When each 503 came ({@link System#nanoTime()}). */
    List<Long> unavailableAt() {
        return List.copyOf(unavailableAt);
    }

    /** Sends that got no answer (connection refused or timed out), each sent again. */
    int noAnswer() {
        return noAnswer.get();
    }

    /** Commands never answered within {@link #GIVE_UP_AFTER}. */
    int givenUp() {
        return givenUp.get();
    }
}
