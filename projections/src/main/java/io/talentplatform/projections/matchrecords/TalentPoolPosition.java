package io.talentplatform.projections.matchrecords;

import io.talentplatform.platform.axon.TokenProgress;
import io.talentplatform.platform.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

/**
 * How far the talent pool has read the log, from its tokens: whichever projections process holds its segments, the
 * token store says. A ranking is read once the pool has taken the decision's event.
 */
@Component
class TalentPoolPosition {

    private static final Duration POLL = Duration.ofMillis(20);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TalentPoolPosition(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Waits, up to {@code wait}, until every segment of the talent pool has processed {@code position}; answers the
     * position the pool has processed up to for certain (the position itself once it has).
     */
    long awaitAtLeast(long position, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<TokenProgress> segments = jdbc.sql("SELECT token FROM tokenentry WHERE processorname = ?")
                    .param(ReadModel.TALENT_POOL.processor())
                    .query((rs, row) -> TokenProgress.of(rs.getBytes(1) == null ? null : json.readTree(rs.getBytes(1))))
                    .list();
            if (!segments.isEmpty() && segments.stream().allMatch(segment -> segment.covers(position))) {
                return position;
            }
            if (System.nanoTime() > deadline) {
                return segments.stream().mapToLong(TokenProgress::index).min().orElse(0);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return segments.stream().mapToLong(TokenProgress::index).min().orElse(0);
            }
        }
    }
}
