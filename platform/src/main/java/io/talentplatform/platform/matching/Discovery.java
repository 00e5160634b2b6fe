package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring.Match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The candidates succession discovers for a role: people open to discovery whose shared target families include the
 * role's, holding every required capability and no more than one level short on any, ranked as matches are, best
 * first. The panel's view lists them; a slate decision records them.
 */
public class Discovery {

    private final TalentPool pool;
    private final MatchScoring scoring;
    private final NamedPools pools;

    public Discovery(TalentPool pool, MatchScoring scoring, NamedPools pools) {
        this.pool = pool;
        this.scoring = scoring;
        this.pools = pools;
    }

    /**
     * The members of the talent pool the role draws from (if it draws from one), not on the slate and sharing
     * capabilities, ranked as matches for the role are: the pool is why they are weighed, so no fit filters them.
     */
    public List<Match> fromPool(PoolEntries.Role role, LocalDate today, MatchWeights weights, int limit) {
        if (role.poolId() == null) {
            return List.of();
        }
        Optional<NamedPools.Pool> drawn = pools.pool(role.poolId());
        if (drawn.isEmpty()) {
            return List.of();
        }
        List<Match> ranked = new ArrayList<>();
        for (PoolEntries.Listed listed : pool.poolCandidates(role, pools.members(drawn.get()).all())) {
            ranked.add(scoring.score(role.target(), listed.candidate(), today, weights));
        }
        ranked.sort(MatchScoring.RANKING);
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
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
