package io.talentplatform.projections.talentpool;

import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.matching.MatchRankingRecorded;
import io.talentplatform.events.matching.MatchRankingRecorded.RankedCandidate;
import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.events.matching.RankingDisputed;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.TextArray;
import io.talentplatform.projections.live.EventPositions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

/**
 * The talent pool's part that keeps the rankings recorded behind decisions, and the disputes of places in them
 * (V3_37): rebuilt from the log with the rest of the talent pool (its reset empties these tables too).
 */
@Component
@ProcessingGroup(ReadModel.Names.TALENT_POOL)
public class RecordedRankingsProjector {

    private final BatchedWrites writes;
    private final JsonMapper json;

    public RecordedRankingsProjector(BatchedWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @EventHandler
    void on(MatchRankingRecorded event, TrackingToken token, EventMessage<?> message, @Timestamp Instant at) {
        MatchWeights weights = event.weights();
        writes.sql("""
                        INSERT INTO tp_ranking (ranking_id, cause, target, role_id, role_family, requirements,
                            decided_by, scored_on, weights_version, weight_capability, weight_recency,
                            weight_aspiration, weight_readiness, weight_advocacy, talent_pool_position, candidates,
                            recorded_at, event_position, develops)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[])
                        ON CONFLICT (ranking_id) DO NOTHING""")
                .params(event.rankingId(), event.cause().name(), event.target(), event.roleId(), event.roleFamily(),
                        json.writeValueAsString(event.requirements()), event.decidedBy(), event.scoredOn(),
                        weights.version(), weights.capability(), weights.recency(), weights.aspiration(),
                        weights.readiness(), weights.advocacy(), event.talentPoolPosition(),
                        event.candidates().size(), java.sql.Timestamp.from(at), EventPositions.of(message, token),
                        texts(event.develops()))
                .update();
        for (RankedCandidate candidate : event.candidates()) {
            writes.sql("""
                            INSERT INTO tp_ranking_entry (ranking_id, employee_id, rank, score, requirements_met,
                                requirements, capability, recency, aspiration, readiness, advocacy, readiness_level,
                                fits, grows)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::text[])
                            ON CONFLICT (ranking_id, employee_id) DO NOTHING""")
                    .params(event.rankingId(), candidate.employeeId(), candidate.rank(), candidate.score(),
                            candidate.requirementsMet(), candidate.requirements(), candidate.capability(),
                            candidate.recency(), candidate.aspiration(), candidate.readiness(), candidate.advocacy(),
                            candidate.readinessLevel(), json.writeValueAsString(candidate.capabilities()),
                            texts(candidate.grows()))
                    .update();
        }
    }

    /** A recorded list as an array, or NULL where the event recorded none (a vacancy, a slate, revision 1). */
    private static String texts(List<String> values) {
        return values == null ? null : TextArray.of(values);
    }

    @EventHandler
    void on(RankingDisputed event, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO tp_ranking_dispute (ranking_id, employee_id, reason, disputed_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (ranking_id, employee_id) DO NOTHING""")
                .params(event.rankingId(), event.employeeId(), event.reason(), java.sql.Timestamp.from(at))
                .update();
    }

    /** Erasure: a dispute's reason is the person's text. Their place in a ranking is ids and numbers, and stays. */
    @EventHandler
    void on(PersonalDataErased event) {
        writes.sql("UPDATE tp_ranking_dispute SET reason = ? WHERE employee_id = ?")
                .params(Sealer.ERASED, event.employeeId()).update();
    }
}
