package io.talentplatform.query.freshness;

import io.talentplatform.platform.axon.PersonSequencing;
import io.talentplatform.platform.axon.TokenProgress;
import org.axonframework.eventhandling.Segment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lets a client read its own writes: waits until a read model's processor has processed every event up to a given
 * global position, as recorded in Axon's token store.
 *
 * <p>Each processor splits the stream into segments by aggregate (Axon's per-aggregate sequencing; the read models
 * keyed by person put a person's conversations, contracts and slate changes with them, {@link PersonSequencing}),
 * and a segment that sees no events for a while stores its token only now and then. So "processed up to N" is decided per
 * segment: a segment whose token is at or past N (with no gap at N) is done; a segment whose token is behind is
 * still done if none of the events between its token and N belong to it. Events the processor has no handler for
 * belong to no segment (V3_21): Axon stores the token past them only once a second has gone by without another.
 */
@Component
public class ProcessedPositions {

    private static final Duration POLL = Duration.ofMillis(15);
    /** Beyond this many unprocessed events a segment is simply behind; no need to look at each one. */
    private static final int MAX_SCAN = 5_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration maxWait;

    public ProcessedPositions(JdbcClient jdbc, JsonMapper json,
                              @Value("${talent.query.min-position-wait:5s}") Duration maxWait) {
        this.jdbc = jdbc;
        this.json = json;
        this.maxWait = maxWait;
    }

    /** As {@link #await(String, long)} when the client asked to read its own write; nothing to wait for otherwise. */
    public void awaitIfAsked(String processor, Long minPosition) {
        if (minPosition != null) {
            await(processor, minPosition);
        }
    }

    /** Returns normally once {@code processor} has processed {@code position}; throws when the wait is over. */
    public void await(String processor, long position) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        // Written once as the projections service starts: read once per wait, not once per poll and segment.
        String[] ignored = ignoredTypes(processor);
        while (!processed(processor, position, ignored)) {
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

    /** As {@link #await(String, long)} for the head of the log as it is now: every event committed so far. */
    public void awaitHead(String processor) {
        await(processor, jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class)
                .single());
    }

    /** Whether {@code processor} has processed every event up to {@code position}, now. */
    public boolean processed(String processor, long position) {
        return processed(processor, position, ignoredTypes(processor));
    }

    private boolean processed(String processor, long position, String[] ignored) {
        List<SegmentToken> tokens = jdbc.sql("SELECT segment, token FROM tokenentry WHERE processorname = ?")
                .param(processor)
                .query((rs, row) -> new SegmentToken(rs.getInt(1), rs.getBytes(2)))
                .list();
        if (tokens.isEmpty() || !committed(position)) {
            return false;
        }
        int[] segmentIds = tokens.stream().mapToInt(SegmentToken::segment).toArray();
        for (SegmentToken token : tokens) {
            TokenProgress progress = TokenProgress.of(token.token() == null ? null : json.readTree(token.token()));
            if (!progress.covers(position)
                    && hasUnprocessedEvents(processor, Segment.computeSegment(token.segment(), segmentIds), progress,
                    position, ignored)) {
                return false;
            }
        }
        return true;
    }

    /** A position handed out by the command API is always a committed event; any other is not reached yet. */
    private boolean committed(long position) {
        return position <= 0 || jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE globalindex = ?)")
                .param(position).query(Boolean.class).single();
    }

    /** The event types {@code processor} has no handler for (V3_21); none listed, every type counts. */
    private String[] ignoredTypes(String processor) {
        return jdbc.sql("SELECT payload_type FROM processor_ignored_type WHERE processor_name = ?")
                .param(processor).query(String.class).list().toArray(String[]::new);
    }

    private boolean hasUnprocessedEvents(String processor, Segment segment, TokenProgress progress,
                                         long position, String[] ignored) {
        String sequenceKey = PersonSequencing.sequenceKeySql(processor);
        List<String> sequences = new ArrayList<>(jdbc.sql("SELECT " + sequenceKey + " FROM domainevententry "
                        + "WHERE globalindex > ? AND globalindex <= ? AND payloadtype <> ALL (?::text[]) "
                        + "ORDER BY globalindex LIMIT ?")
                .params(progress.index(), position, ignored, MAX_SCAN + 1)
                .query(String.class)
                .list());
        if (sequences.size() > MAX_SCAN) {
            return true;
        }
        for (long gap : progress.gaps()) {
            if (gap <= position) {
                sequences.addAll(jdbc.sql("SELECT " + sequenceKey + " FROM domainevententry "
                                + "WHERE globalindex = ? AND payloadtype <> ALL (?::text[])")
                        .params(gap, ignored).query(String.class).list());
            }
        }
        return sequences.stream().anyMatch(sequence -> segment.matches(Objects.hashCode(sequence)));
    }

    private record SegmentToken(int segment, byte[] token) {
    }

    /** The read model has not caught up within the wait; the answer is 503 with Retry-After. */
    public static class NotYetProcessed extends RuntimeException {
        public NotYetProcessed(String processor, long position) {
            super("The read model " + processor + " has not yet processed position " + position + ".");
        }

        /** The read model is about to be rebuilt: what it holds may be incomplete until it is. */
        public static NotYetProcessed rebuildWaiting(String processor) {
            return new NotYetProcessed("The read model " + processor + " is about to be rebuilt.");
        }

        private NotYetProcessed(String message) {
            super(message);
        }
    }
}
