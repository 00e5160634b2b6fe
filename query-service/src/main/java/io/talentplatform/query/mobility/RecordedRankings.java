package io.talentplatform.query.mobility;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring;
import io.talentplatform.query.candidates.MatchAnswers;
import io.talentplatform.query.candidates.MatchAnswers.CandidateMatch;
import io.talentplatform.query.candidates.MatchAnswers.CapabilityExplanation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rankings recorded behind decisions, as the talent pool keeps them (V3_37): a past ranking of an opening, one
 * ranking by id, and a person's own places. Scores, inputs and weights are the recorded ones; names are today's.
 */
@Component
class RecordedRankings {

    private static final String RANKING = """
            SELECT ranking_id, cause, target, role_id, role_family, decided_by, scored_on, weights_version,
                weight_capability, weight_recency, weight_aspiration, weight_readiness, weight_advocacy,
                talent_pool_position, candidates, recorded_at, develops
            FROM tp_ranking""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecordedRankings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The latest ranking of {@code target} recorded at or before {@code at}. */
    Optional<Recording> latest(String target, Instant at) {
        return jdbc.sql(RANKING + " WHERE target = ? AND recorded_at <= ? ORDER BY recorded_at DESC, event_position"
                        + " DESC LIMIT 1")
                .params(target, java.sql.Timestamp.from(at))
                .query(RecordedRankings::recording)
                .optional();
    }

    Optional<Recording> byId(UUID rankingId) {
        return jdbc.sql(RANKING + " WHERE ranking_id = ?").param(rankingId).query(RecordedRankings::recording)
                .optional();
    }

    /**
     * The ranking's candidates, best first, each with their recorded score, inputs and reasons, and for a gig or
     * project what they wanted to develop of it.
     */
    List<CandidateMatch> candidates(Recording recording) {
        return jdbc.sql("""
                        SELECT e.rank, e.employee_id, p.display_name, p.job_title, p.function, p.level, e.score,
                            e.capability, e.recency, e.aspiration, e.readiness, e.advocacy, e.requirements_met,
                            e.requirements, e.readiness_level, e.fits::text,
                            EXISTS (SELECT 1 FROM tp_ranking_dispute d
                                    WHERE d.ranking_id = e.ranking_id AND d.employee_id = e.employee_id),
                            e.grows
                        FROM tp_ranking_entry e LEFT JOIN tp_person p ON p.employee_id = e.employee_id
                        WHERE e.ranking_id = ? ORDER BY e.rank""")
                .param(recording.rankingId())
                .query((rs, row) -> {
                    MatchScoring.Inputs inputs = inputs(rs, 8);
                    return new CandidateMatch(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getDouble(7), inputs,
                            rs.getInt(13) == rs.getInt(14), rs.getInt(13), rs.getInt(14), inputs.capability(),
                            inputs.recency(), inputs.aspiration() == 1, rs.getString(15), inputs.advocacy() == 1,
                            explained(rs.getString(16)), List.of(), rs.getBoolean(17),
                            MatchAnswers.Growth.of(recording.develops(), texts(rs.getArray(18))));
                })
                .list();
    }

    /** Every recorded ranking the person was considered in, newest first, with their place in it. */
    List<Place> placesOf(String employeeId) {
        return jdbc.sql("""
                        SELECT r.ranking_id, r.cause, r.target, r.role_id, r.role_family, r.decided_by, r.scored_on,
                            r.weights_version, r.weight_capability, r.weight_recency, r.weight_aspiration,
                            r.weight_readiness, r.weight_advocacy, r.talent_pool_position, r.candidates,
                            r.recorded_at, e.rank, e.score, e.capability, e.recency, e.aspiration, e.readiness,
                            e.advocacy, e.requirements_met, e.requirements, e.readiness_level, e.fits::text,
                            d.reason, d.disputed_at, coalesce(o.title, role.title), r.develops
                        FROM tp_ranking_entry e
                        JOIN tp_ranking r ON r.ranking_id = e.ranking_id
                        LEFT JOIN tp_ranking_dispute d ON d.ranking_id = e.ranking_id AND d.employee_id = e.employee_id
                        LEFT JOIN tp_opening o ON o.opening_id::text = r.target
                        LEFT JOIN tp_role role ON role.role_id = r.role_id
                        WHERE e.employee_id = ? ORDER BY r.recorded_at DESC, r.ranking_id""")
                .param(employeeId)
                .query((rs, row) -> new Place(recording(rs, row), rs.getString(30), rs.getInt(17), rs.getDouble(18),
                        inputs(rs, 19), rs.getInt(24), rs.getInt(25), rs.getString(26), explained(rs.getString(27)),
                        rs.getString(28) == null ? null : new Dispute(rs.getString(28),
                                rs.getTimestamp(29).toInstant())))
                .list();
    }

    private List<CapabilityExplanation> explained(String fits) {
        List<CapabilityExplanation> explained = new ArrayList<>();
        for (JsonNode fit : json.readTree(fits)) {
            MatchScoring.Fit kind = MatchScoring.Fit.valueOf(fit.get("fit").asString());
            Integer level = fit.get("level").isNull() ? null : fit.get("level").asInt();
            int minLevel = fit.get("minLevel").asInt();
            LocalDate observed = fit.get("observedOn").isNull() ? null : LocalDate.parse(fit.get("observedOn").asString());
            Long age = fit.get("evidenceAgeDays").isNull() ? null : fit.get("evidenceAgeDays").asLong();
            UUID evidence = fit.get("evidenceId").isNull() ? null : UUID.fromString(fit.get("evidenceId").asString());
            MatchScoring.CapabilityFit recorded = new MatchScoring.CapabilityFit(fit.get("capability").asString(),
                    minLevel, kind, level, level == null ? minLevel : Math.max(0, minLevel - level), evidence,
                    observed, age);
            explained.add(new CapabilityExplanation(recorded.capability(), minLevel, kind, level, recorded.shortBy(),
                    MatchAnswers.sentence(recorded), evidence, null, null, observed, age, false));
        }
        return explained;
    }

    private static MatchScoring.Inputs inputs(ResultSet rs, int from) throws SQLException {
        return new MatchScoring.Inputs(rs.getDouble(from), rs.getDouble(from + 1), rs.getDouble(from + 2),
                rs.getDouble(from + 3), rs.getDouble(from + 4));
    }

    private static Recording recording(ResultSet rs, int row) throws SQLException {
        return new Recording(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), new MatchWeights(rs.getString(8),
                rs.getDouble(9), rs.getDouble(10), rs.getDouble(11), rs.getDouble(12), rs.getDouble(13)),
                rs.getLong(14), rs.getInt(15), rs.getTimestamp(16).toInstant(), texts(rs.getArray("develops")));
    }

    /** A recorded array as a list; {@code null} where nothing was recorded. */
    private static List<String> texts(java.sql.Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }

    /**
     * A recorded ranking's facts.
     *
     * @param cause              OPENING_FILLED, REQUESTED or SLATE_DECIDED
     * @param target             the opening id or the role id ranked for
     * @param scoredOn           the day evidence ages were counted to
     * @param talentPoolPosition the log position the talent pool had taken when the ranking was read
     * @param develops           what the gig or project ranked for develops; {@code null} for a vacancy or a slate,
     *                           and for a ranking recorded before growth was
     */
    record Recording(UUID rankingId, String cause, String target, String roleId, String roleFamily, String decidedBy,
                     LocalDate scoredOn, MatchWeights weights, long talentPoolPosition, int candidates,
                     Instant recordedAt, List<String> develops) {
    }

    /** The person's place in one recorded ranking, and their dispute of it if they made one. */
    record Place(Recording ranking, String title, int rank, double score, MatchScoring.Inputs inputs,
                 int requirementsMet, int requirements, String readiness, List<CapabilityExplanation> capabilities,
                 Dispute dispute) {
    }

    record Dispute(@io.talentplatform.events.privacy.Audience(
            value = io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER, auditors = true)
                   String reason, Instant disputedAt) {
    }
}
