package io.talentplatform.query.mobility;

import io.talentplatform.platform.matching.PoolEntries;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.candidates.MatchAnswers.CandidateMatch;
import io.talentplatform.query.candidates.MatchAnswers.OpeningMatches;
import io.talentplatform.query.candidates.MatchAnswers.Recorded;
import io.talentplatform.query.mobility.RecordedRankings.Recording;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Recorded rankings as answers: a past ranking of an opening, and one ranking by id. */
@Component
class RankingAnswers {

    private final RecordedRankings rankings;
    private final TalentPool pool;
    private final AccessLog accessLog;

    RankingAnswers(RecordedRankings rankings, TalentPool pool, AccessLog accessLog) {
        this.rankings = rankings;
        this.pool = pool;
        this.accessLog = accessLog;
    }

    OpeningMatches asOf(UUID openingId, Instant at, int limit, Caller caller) {
        PoolEntries.Opening opening = pool.opening(openingId).orElseThrow(() -> Unknown.opening(openingId));
        Recording recording = rankings.latest(openingId.toString(), at).orElseThrow(() -> RuleViolation.notFound(
                "no-recorded-ranking", "No ranking of opening " + openingId + " was recorded by " + at
                        + ". Rankings are recorded when an opening is filled or when HR or a panel asks for it."));
        return answer(opening, recording, limit, caller);
    }

    OpeningMatches answer(PoolEntries.Opening opening, Recording recording, int limit, Caller caller) {
        List<CandidateMatch> candidates = rankings.candidates(recording);
        List<CandidateMatch> listed = candidates.subList(0, Math.min(limit, candidates.size()));
        accessLog.record(caller, listed.stream().map(CandidateMatch::employeeId).toList());
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        return new OpeningMatches(opening.openingId(), opening.roleId(), opening.title(), opening.function(),
                opening.roleFamily(), opening.requirements(), opening.filledOn() != null,
                recording.weights().version(), recording.scoredOn(), listed, recording.weights(),
                new Recorded(recording.rankingId(), recording.cause(), recording.recordedAt(), recording.decidedBy(),
                        recording.talentPoolPosition()), opening.kind(), opening.develops());
    }
}
