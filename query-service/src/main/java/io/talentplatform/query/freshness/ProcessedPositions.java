package io.talentplatform.query.freshness;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

/**
 * Lets a client read its own writes: waits until a read model's processor has processed a given global position,
 * as recorded in Axon's token store. A processor has processed position N when every one of its segments has a
 * token at or past N with no gap at N (a gap is an event that was not yet committed when the processor passed it).
 */
@Component
public class ProcessedPositions {

    private static final Duration POLL = Duration.ofMillis(15);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration maxWait;

    public ProcessedPositions(JdbcClient jdbc, JsonMapper json,
                              @Value("${talent.query.min-position-wait:5s}") Duration maxWait) {
        this.jdbc = jdbc;
        this.json = json;
        this.maxWait = maxWait;
    }

    /** Returns normally once {@code processor} has processed {@code position}; throws when the wait is over. */
    public void await(String processor, long position) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!processed(processor, position)) {
            if (System.nanoTime() > deadline) {
                throw new NotYetProcessed(processor, position);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotYetProcessed(processor, position);
            }
        }
    }

    boolean processed(String processor, long position) {
        List<byte[]> tokens = jdbc.sql("SELECT token FROM tokenentry WHERE processorname = ?")
                .param(processor)
                .query((rs, row) -> rs.getBytes(1))
                .list();
        if (tokens.isEmpty()) {
            return false;
        }
        for (byte[] token : tokens) {
            if (token == null || !covers(json.readTree(token), position)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a (gap-aware, possibly replay-wrapped) tracking token as written by Axon's Jackson serializer. */
    private static boolean covers(JsonNode token, long position) {
        JsonNode current = token;
        while (current.has("currentToken") || current.has("tokenAtReset")) {
            current = current.has("currentToken") && !current.get("currentToken").isNull()
                    ? current.get("currentToken") : null;
            if (current == null) {
                return false;
            }
        }
        if (!current.has("index") || current.get("index").asLong() < position) {
            return false;
        }
        JsonNode gaps = current.get("gaps");
        if (gaps != null) {
            for (JsonNode gap : gaps) {
                if (gap.asLong() == position) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The read model has not caught up within the wait; the answer is 503 with Retry-After. */
    public static class NotYetProcessed extends RuntimeException {
        public NotYetProcessed(String processor, long position) {
            super("The read model " + processor + " has not yet processed position " + position + ".");
        }
    }
}
