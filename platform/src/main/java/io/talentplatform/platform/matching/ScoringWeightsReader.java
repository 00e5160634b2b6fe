package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The match score's weights as the talent pool holds them (V3_36): the latest version for an answer now, and the one
 * in effect at a past moment for an answer as of then (over a replayed copy, the latest there is the one of then).
 */
public class ScoringWeightsReader {

    private final JdbcClient jdbc;

    public ScoringWeightsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The weights in effect: the latest change, or the first weights when nothing was changed yet. */
    public MatchWeights current() {
        return jdbc.sql("""
                        SELECT version, capability, recency, aspiration, readiness, advocacy FROM tp_scoring_weights
                        ORDER BY event_position DESC LIMIT 1""")
                .query((rs, row) -> new MatchWeights(rs.getString(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)))
                .optional().orElse(MatchWeights.FIRST);
    }

    /** Every version, oldest first, the first weights included. */
    public List<Version> history() {
        List<Version> versions = new ArrayList<>();
        versions.add(new Version(MatchWeights.FIRST, null, null, null));
        versions.addAll(jdbc.sql("""
                        SELECT version, capability, recency, aspiration, readiness, advocacy, reason, changed_by, since
                        FROM tp_scoring_weights ORDER BY event_position""")
                .query((rs, row) -> new Version(new MatchWeights(rs.getString(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list());
        return versions;
    }

    /** @param since when it took effect; {@code null} for the first weights, in effect from the start */
    public record Version(MatchWeights weights, String reason, String changedBy, Instant since) {
    }
}
