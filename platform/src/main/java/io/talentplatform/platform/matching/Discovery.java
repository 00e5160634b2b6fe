package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring.Match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidates succession discovers for a role: people open to discovery whose shared target families include the
 * role's, holding every required capability and no more than one level short on any, ranked as matches are, best
 * first. The panel's view lists them; a slate decision records them.
 */
public class Discovery {

    private final TalentPool pool;
    private final MatchScoring scoring;

    public Discovery(TalentPool pool, MatchScoring scoring) {
        this.pool = pool;
        this.scoring = scoring;
    }

    public List<Match> discovered(PoolEntries.Role role, LocalDate today, MatchWeights weights, int limit) {
        List<Match> fitting = new ArrayList<>();
        for (MatchScoring.Candidate candidate : pool.discoverable(role)) {
            Match match = scoring.score(role.target(), candidate, today, weights);
            if (match.capabilities().stream().allMatch(fit -> fit.shortBy() <= 1)) {
                fitting.add(match);
            }
        }
        fitting.sort(MatchScoring.RANKING);
        return List.copyOf(fitting.subList(0, Math.min(limit, fitting.size())));
    }
}
