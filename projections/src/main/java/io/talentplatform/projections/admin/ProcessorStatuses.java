package io.talentplatform.projections.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.axon.TokenProgress;
import io.talentplatform.projections.scaleout.SegmentChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where each processor is, read from Axon's token store: a segment's token holds the last position it processed. A
 * processor is as far as its slowest segment; a rebuild is done once that is where the log was when it was taken.
 */
@Component
class ProcessorStatuses {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SegmentChanges segmentChanges;
    /** How old a pass's folded progress may be and still count: ten of its polls (it writes one at each). */
    private final Duration foldedFresh;

    ProcessorStatuses(JdbcClient jdbc, JsonMapper json, SegmentChanges segmentChanges,
                      @Value("${talent.projections.rebuild-poll:500ms}") Duration rebuildPoll) {
        this.jdbc = jdbc;
        this.json = json;
        this.segmentChanges = segmentChanges;
        this.foldedFresh = rebuildPoll.multipliedBy(10);
    }

    Projections all() {
        long head = head();
        List<Status> processors = Processors.ALL.stream().map(name -> of(name, head)).toList();
        return new Projections(head, processors);
    }

    Status of(String name) {
        return of(name, head());
    }

    private long head() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
    }

    private Status of(String name, long head) {
        List<SegmentToken> segments = jdbc.sql("SELECT segment, token, owner FROM tokenentry WHERE processorname = ?")
                .param(name)
                .query((rs, row) -> SegmentToken.of(rs.getInt(1), rs.getBytes(2) == null ? null
                        : json.readTree(rs.getBytes(2)), rs.getString(3)))
                .list();
        Rebuild rebuild = jdbc.sql("""
                        SELECT state, requested_at, requested_by, reset_at, reset_position,
                            CASE WHEN folded_at > clock_timestamp() - ? * interval '1 millisecond'
                                THEN folded_position END
                        FROM projection_rebuild
                        WHERE processor = ? ORDER BY request DESC LIMIT 1""")
                .params(foldedFresh.toMillis(), name)
                .query((rs, row) -> new Rebuild(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getObject(5) == null ? null : rs.getLong(5), null, null, rs.getLong(6)))
                .optional().orElse(null);
        long position = Math.max(0, segments.stream().mapToLong(SegmentToken::position).min().orElse(0));
        int indexesToBuild = jdbc.sql("SELECT count(*) FROM projection_rebuild_index WHERE processor = ?")
                .param(name).query(Integer.class).single();
        boolean rebuilding = indexesToBuild > 0;
        if (rebuild != null) {
            rebuild = rebuild.progress(position);
            rebuilding |= rebuild.state().equals("REQUESTED") || rebuild.percent() < 100.0;
        }
        String kind = Processors.PUBLISHERS.contains(name) ? "PUBLISHER"
                : Processors.RECORDERS.contains(name) ? "RECORDER" : "READ_MODEL";
        return new Status(name, kind, segments.size(),
                (int) segments.stream().filter(segment -> segment.owner() != null).count(), position,
                Math.max(0, head - position), rebuilding, rebuild, indexesToBuild,
                segmentChanges.latest(name).orElse(null));
    }

    /** One segment: how far it got and whether a process holds it. */
    private record SegmentToken(int segment, long position, String owner) {

        static SegmentToken of(int segment, JsonNode token, String owner) {
            return new SegmentToken(segment, TokenProgress.of(token).index(), owner);
        }
    }

    /**
     * @param percent     how much of the log up to {@code resetPosition} the processor has replayed
     * @param secondsLeft at the rate since the reset, until it has; {@code null} before any progress or once done
     * @param folded      how far a pass that folds the read model in memory got (its tokens move only at
     *                    checkpoints, docs/decisions/032-rebuild-folds-rows.md); 0 for none
     */
    record Rebuild(String state, Instant requestedAt, String requestedBy, Instant resetAt, Long resetPosition,
                   Double percent, Long secondsLeft, @JsonIgnore long folded) {

        Rebuild progress(long position) {
            if (resetAt == null || resetPosition == null) {
                return new Rebuild(state, requestedAt, requestedBy, resetAt, resetPosition, 0.0, null, folded);
            }
            if (resetPosition == 0 || position >= resetPosition) {
                return new Rebuild(state, requestedAt, requestedBy, resetAt, resetPosition, 100.0, 0L, folded);
            }
            // Folded but not all written yet: never 100% before the tokens say so.
            double done = Math.min(Math.max(0, Math.max(position, folded)) / (double) resetPosition, 0.999);
            long elapsed = Duration.between(resetAt, Instant.now()).toMillis();
            Long left = done <= 0 ? null : Math.round(elapsed * (1 - done) / done / 1000.0);
            return new Rebuild(state, requestedAt, requestedBy, resetAt, resetPosition,
                    Math.floor(done * 1000) / 10.0, left, folded);
        }
    }

    /**
     * @param position   the last position every segment has processed
     * @param lag        events appended after it
     * @param rebuilding a rebuild waits, has not yet replayed up to where the log was at its reset, or has query
     *                   indexes still to build
     * @param rebuild    the latest rebuild asked for, with its progress; {@code null} if never
     * @param indexesToBuild query indexes a rebuild dropped for its load and has not built again yet
     * @param segmentChange  the latest split or merge of its segments asked for, and how it ended (the answer
     *                       to a split or merge still under way points here); {@code null} if never
     */
    record Status(String name, String kind, int segments, int claimedSegments, long position, long lag,
                  boolean rebuilding, Rebuild rebuild, int indexesToBuild, SegmentChanges.Change segmentChange) {
    }

    record Projections(long head, List<Status> processors) {
    }
}
