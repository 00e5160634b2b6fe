package io.talentplatform.projections.scaleout;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Splits and merges a streaming processor's segments, for operators who run more projections processes than a
 * processor has segments (a third process adds nothing to two segments) or fewer. Axon carries out a split or merge
 * only in the process that holds the segment, so a request is a row that every process reads: the holder splits it,
 * or, for a merge, the holder of the pair's lower segment merges while the holder of the other releases it to them.
 *
 * <p>A processor never gets more segments than one process has threads for: a tracking processor works one segment a
 * thread, and a lone survivor of the others' crashes must still work them all.
 */
@Component
public class SegmentChanges {

    private static final Logger log = LoggerFactory.getLogger(SegmentChanges.class);
    /** How long a process that lets go of a segment for a merge keeps from claiming it again. */
    private static final long RELEASE_SECONDS = 20;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final JdbcClient jdbc;
    private final Duration giveUpAfter;
    /**
     * The instructions this process gave Axon, by request, until they finish: a round never gives a second one for
     * the same request, and never waits for one (the scheduler's thread also beats this process's heartbeat).
     */
    private final Map<Long, Instruction> given = new ConcurrentHashMap<>();

    SegmentChanges(EventProcessingConfiguration processing, TokenStore tokens, JdbcClient jdbc,
                   @Value("${talent.projections.segment-change-timeout:2m}") Duration giveUpAfter) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.giveUpAfter = giveUpAfter;
    }

    /** Split one segment in two, or merge it with the one it was split from. */
    public enum Kind { SPLIT, MERGE }

    /**
     * A change asked for, and how it ended.
     *
     * @param outcome  DONE or FAILED, or null while no process has carried it out yet
     * @param segments how many segments the processor has now
     */
    public record Change(long request, String processor, int segment, Kind change, String requestedBy,
                         Instant requestedAt, Instant doneAt, String outcome, String detail, int segments) {
    }

    /**
     * Records the request after checking it can be carried out.
     *
     * @throws RuleViolation 404 for an unknown processor or segment; 409 for a split beyond one process's threads, a
     *                       merge of a processor's only segment, or while another change of the processor is open
     */
    public long request(String name, int segment, Kind kind, String requestedBy) {
        StreamingEventProcessor processor = streaming(name).orElseThrow(() -> RuleViolation.notFound(
                "unknown-projection", "There is no processor " + name + "; they are "
                        + String.join(", ", Processors.ALL) + "."));
        int[] segments = tokens.fetchSegments(name);
        if (Arrays.stream(segments).noneMatch(id -> id == segment)) {
            throw RuleViolation.notFound("unknown-segment", name + " has no segment " + segment + "; it has "
                    + Arrays.toString(segments) + ".");
        }
        if (kind == Kind.SPLIT && segments.length + 1 > processor.maxCapacity()) {
            throw RuleViolation.conflict("segments-beyond-threads", name + " has " + segments.length
                    + " segments and a projections process works at most " + processor.maxCapacity()
                    + " of them (one a thread): one more would go unworked whenever a single process runs.");
        }
        if (kind == Kind.MERGE && segments.length == 1) {
            throw RuleViolation.conflict("single-segment", name + " has one segment: there is nothing to merge.");
        }
        if (kind == Kind.MERGE) {
            int other = Segment.computeSegment(segment, segments).mergeableSegmentId();
            if (Segment.computeSegment(other, segments).mergeableSegmentId() != segment) {
                throw RuleViolation.conflict("segments-not-mergeable", "Segment " + segment + " of " + name
                        + " was split since it was split from segment " + other + ": merge segment " + other
                        + "'s parts first.");
            }
        }
        try {
            return jdbc.sql("""
                            INSERT INTO projection_segment_change (processor, segment, change, segments_before,
                                requested_by)
                            VALUES (?, ?, ?, ?, ?) RETURNING request""")
                    .params(name, segment, kind.name(), segments.length, requestedBy).query(Long.class).single();
        } catch (DuplicateKeyException open) {
            throw RuleViolation.conflict("segment-change-open", "A split or merge of " + name
                    + " is still being carried out; ask again once it is done.");
        }
    }

    public Optional<Change> find(long request) {
        return change("c.request = ?", request);
    }

    /** The processor's latest split or merge asked for, open or done; empty if none ever was. */
    public Optional<Change> latest(String processor) {
        return change("c.request = (SELECT max(request) FROM projection_segment_change WHERE processor = ?)",
                processor);
    }

    private Optional<Change> change(String which, Object parameter) {
        return jdbc.sql("""
                        SELECT c.request, c.processor, c.segment, c.change, c.requested_by, c.requested_at, c.done_at,
                               c.outcome, c.detail,
                               (SELECT count(*) FROM tokenentry t WHERE t.processorname = c.processor)
                        FROM projection_segment_change c WHERE\s""" + which)
                .param(parameter)
                .query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8),
                        rs.getString(9), rs.getInt(10)))
                .optional();
    }

    /** Each process, every round: carries out what is its to do of the open changes, one per processor. */
    @Scheduled(fixedDelayString = "${talent.projections.segment-change-poll:500ms}")
    void carryOut() {
        List<Open> open = jdbc.sql("""
                        SELECT request, processor, segment, change, segments_before,
                               requested_at < clock_timestamp() - ? * interval '1 millisecond' AS overdue
                        FROM projection_segment_change WHERE outcome IS NULL ORDER BY request""")
                .param(giveUpAfter.toMillis())
                .query((rs, row) -> new Open(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        Kind.valueOf(rs.getString(4)), rs.getInt(5), rs.getBoolean(6)))
                .list();
        given.keySet().retainAll(open.stream().map(Open::request).toList());
        for (Open change : open) {
            Instruction instruction = given.get(change.request());
            if (instruction != null) {
                if (instruction.future().isDone()) {
                    given.remove(change.request());
                    if (!instruction.future().isCompletedExceptionally() && instruction.future().join()) {
                        finish(change.request(), "DONE", instruction.done());
                    }
                }
                continue; // still under way, or not carried out: a later round looks again
            }
            int segmentsNow = tokens.fetchSegments(change.processor()).length;
            if (segmentsNow != change.segmentsBefore()) {
                // Carried out by a process that then let the segment go before it could say so.
                finish(change.request(), "DONE", change.kind() + " of segment " + change.segment() + " of "
                        + change.processor() + " done: it has " + segmentsNow + " segments.");
                continue;
            }
            if (change.overdue()) {
                finish(change.request(), "FAILED", "No projections process carried it out within " + giveUpAfter
                        + ": is one running, and does it hold the segment?");
                continue;
            }
            streaming(change.processor()).filter(StreamingEventProcessor::isRunning).ifPresent(processor -> {
                try {
                    Instruction started = change.kind() == Kind.SPLIT ? split(processor, change)
                            : merge(processor, change);
                    if (started != null) {
                        given.put(change.request(), started);
                    }
                } catch (RuntimeException notNow) {
                    log.info("{} of segment {} of {} not carried out in this round: {}", change.kind(),
                            change.segment(), change.processor(), notNow.toString());
                }
            });
        }
    }

    /** Splits the segment if this process holds it; null if it does not. */
    private Instruction split(StreamingEventProcessor processor, Open change) {
        EventTrackerStatus status = processor.processingStatus().get(change.segment());
        if (status == null) {
            return null; // another process holds it, or nobody does yet
        }
        Segment[] halves = status.getSegment().split();
        return new Instruction(processor.splitSegment(change.segment()), "Segment " + change.segment() + " of "
                + change.processor() + " is now segments " + halves[0].getSegmentId() + " and "
                + halves[1].getSegmentId() + ".");
    }

    /**
     * Merges the pair if this process holds its lower segment; otherwise lets the higher go and keeps off it, for the
     * holder of the lower to claim. Null where it gives no instruction.
     */
    private Instruction merge(StreamingEventProcessor processor, Open change) {
        int[] segments = tokens.fetchSegments(change.processor());
        if (Arrays.stream(segments).noneMatch(id -> id == change.segment())) {
            finish(change.request(), "FAILED", "Segment " + change.segment() + " of " + change.processor()
                    + " no longer exists.");
            return null;
        }
        int other = Segment.computeSegment(change.segment(), segments).mergeableSegmentId();
        int lower = Math.min(change.segment(), other);
        int higher = Math.max(change.segment(), other);
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        if (held.containsKey(lower) && (held.containsKey(higher) || unclaimed(change.processor(), higher))) {
            return new Instruction(processor.mergeSegment(lower), "Segments " + lower + " and " + higher + " of "
                    + change.processor() + " are now segment " + lower + ".");
        }
        if (!held.containsKey(lower)) {
            // Every process but the lower's holder keeps off the higher segment while the merge is open, not only
            // the one holding it now: a third process would otherwise claim it as soon as it is let go, and the
            // holder of the lower would find it claimed round after round (a merge failed so in CI).
            processor.releaseSegment(higher, RELEASE_SECONDS, TimeUnit.SECONDS);
        }
        return null;
    }

    /**
     * Whether no process claims the segment. Axon's merge bars both segments from this process's claims for a minute
     * before it tries to claim the other, and lets its own segment sit idle if that fails, so the holder of the lower
     * segment asks only once the holder of the higher has let it go. The other processes keep off it meanwhile; one
     * that claimed it before its first round lets it go in that round, and the merge is tried again until the change
     * times out as FAILED.
     */
    private boolean unclaimed(String processor, int segment) {
        return jdbc.sql("SELECT owner IS NULL FROM tokenentry WHERE processorname = ? AND segment = ?")
                .params(processor, segment).query(Boolean.class).optional().orElse(false);
    }

    private void finish(long request, String outcome, String detail) {
        int updated = jdbc.sql("""
                        UPDATE projection_segment_change SET outcome = ?, detail = ?, done_at = clock_timestamp()
                        WHERE request = ? AND outcome IS NULL""")
                .params(outcome, detail, request).update();
        if (updated == 1) {
            log.info("Segment change {}: {} ({})", request, outcome, detail);
        }
    }

    private Optional<StreamingEventProcessor> streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private record Open(long request, String processor, int segment, Kind kind, int segmentsBefore,
                        boolean overdue) {
    }

    /** An instruction given to Axon, and what it did once it is done. */
    private record Instruction(CompletableFuture<Boolean> future, String done) {
    }
}
