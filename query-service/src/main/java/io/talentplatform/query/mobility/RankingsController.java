package io.talentplatform.query.mobility;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.candidates.MatchAnswers.CandidateMatch;
import io.talentplatform.query.candidates.MatchAnswers.Recorded;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.query.mobility.RecordedRankings.Place;
import io.talentplatform.query.mobility.RecordedRankings.Recording;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The rankings recorded behind decisions (docs/matching.md, "Match records"): one ranking in full for panels and HR,
 * and a person's own places, for them (and HR), so that they can see why and dispute it.
 */
@RestController
@Validated
class RankingsController {

    private static final String READ_MODEL = ReadModel.Names.TALENT_POOL;

    private final RecordedRankings rankings;
    private final TalentPool pool;
    private final ProcessedPositions positions;
    private final AccessLog accessLog;

    RankingsController(RecordedRankings rankings, TalentPool pool, ProcessedPositions positions, AccessLog accessLog) {
        this.rankings = rankings;
        this.pool = pool;
        this.positions = positions;
        this.accessLog = accessLog;
    }

    /** A recorded ranking behind a decision, as it was made. */
    @GetMapping("/api/v1/mobility/rankings/{rankingId}")
    Ranking ranking(@PathVariable UUID rankingId, @RequestParam(required = false) @Min(0) Long minPosition,
                    Caller caller) {
        Access.READ_RANKING.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        Recording recording = rankings.byId(rankingId).orElseThrow(() -> RuleViolation.notFound("unknown-ranking",
                "No ranking is recorded under " + rankingId + "."));
        List<CandidateMatch> candidates = rankings.candidates(recording);
        accessLog.record(caller, candidates.stream().map(CandidateMatch::employeeId).toList());
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        return new Ranking(new Recorded(recording.rankingId(), recording.cause(), recording.recordedAt(),
                recording.decidedBy(), recording.talentPoolPosition()), recording.target(), recording.roleId(),
                recording.roleFamily(), recording.weights().version(), recording.weights(), recording.scoredOn(),
                candidates, recording.develops());
    }

    /** The person's places in recorded rankings: where they stood and why. */
    @GetMapping("/api/v1/mobility/employees/{employeeId}/rankings")
    Places places(@PathVariable String employeeId, @RequestParam(required = false) @Min(0) Long minPosition,
                  Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        pool.standing(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        Access.READ_OWN_RANKINGS.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(employeeId);
            case CURRENT_MANAGER -> false;
            case ANY_PERSON -> true;
        });
        accessLog.record(caller, employeeId);
        Viewer.of(caller, caller.is(employeeId) ? EnumSet.of(Relationship.SELF) : EnumSet.noneOf(Relationship.class),
                true).declare();
        return new Places(employeeId, rankings.placesOf(employeeId));
    }

    /**
     * One recorded ranking: the decision, the weights, and every candidate with their score, inputs and reasons.
     *
     * @param target the opening id or the role id ranked for
     */
    record Ranking(Recorded recorded, String target, String roleId, String roleFamily, String scoringVersion,
                   MatchWeights weights, LocalDate scoredOn, List<CandidateMatch> candidates,
                   List<String> developsCapabilities) {
    }

    /** The person's places in recorded rankings, newest first; a ranking's other candidates are not theirs to see. */
    record Places(String employeeId, List<Place> rankings) {
    }
}
