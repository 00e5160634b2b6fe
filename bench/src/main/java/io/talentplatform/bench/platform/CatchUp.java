package io.talentplatform.bench.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until every streaming processor (read models, Kafka publisher, the command side's policies) has processed
 * the whole event log, as its tokens in {@code tokenentry} say; the log may still grow while it waits (policies
 * append events of their own).
 */
public final class CatchUp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final List<String> processors;

    public CatchUp(JdbcClient jdbc, EventProcessingConfiguration processing) {
        this(jdbc, processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .sorted()
                .toList());
    }

    /** Waits for the named processors only. */
    public CatchUp(JdbcClient jdbc, List<String> processors) {
        this.jdbc = jdbc;
        this.processors = List.copyOf(processors);
    }

    /** Blocks until all processors passed the head of the log twice in a row; returns when each first got there. */
    public Map<String, Duration> await(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long lastReport = started;
        Map<String, Duration> reached = new LinkedHashMap<>();
        int stableRounds = 0;
        while (true) {
            long head = head();
            boolean all = true;
            StringBuilder progress = new StringBuilder();
            for (String processor : processors) {
                long position = position(processor);
                progress.append(String.format(" %s=%d", processor, position));
                if (position >= head) {
                    reached.putIfAbsent(processor, Duration.ofNanos(System.nanoTime() - started));
                } else {
                    all = false;
                }
            }
            stableRounds = all && head == head() ? stableRounds + 1 : 0;
            if (stableRounds >= 2) {
                return reached;
            }
            long now = System.nanoTime();
            if (Duration.ofNanos(now - started).compareTo(timeout) > 0) {
                throw new IllegalStateException("processors did not catch up within " + timeout + ":" + progress);
            }
            if (now - lastReport > Duration.ofSeconds(15).toNanos()) {
                lastReport = now;
                System.out.printf("  catching up (%ds): head=%d%s%n", Duration.ofNanos(now - started).toSeconds(),
                        head, progress);
            }
            Thread.sleep(500);
        }
    }

    public List<String> processors() {
        return processors;
    }

    public long head() {
        Long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
        return head == null ? -1 : head;
    }

    /** The lowest position any segment of the processor stored; -1 before it claimed any. */
    public long position(String processor) {
        List<byte[]> tokens = jdbc.sql("SELECT token FROM tokenentry WHERE processorname = ?")
                .param(processor)
                .query((rs, row) -> rs.getBytes(1))
                .list();
        if (tokens.isEmpty()) {
            return -1;
        }
        long lowest = Long.MAX_VALUE;
        for (byte[] token : tokens) {
            lowest = Math.min(lowest, index(token));
        }
        return lowest;
    }

    private static long index(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode current = JSON.readTree(token);
            while (current != null && current.has("tokenAtReset")) {
                current = current.get("currentToken");
            }
            return current == null || !current.has("index") ? -1 : current.get("index").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
