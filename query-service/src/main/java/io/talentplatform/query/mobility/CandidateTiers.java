package io.talentplatform.query.mobility;

import io.talentplatform.query.mobility.MatchScoring.Candidate;
import io.talentplatform.query.mobility.MatchScoring.Match;
import io.talentplatform.query.mobility.MatchScoring.Target;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The best marketplace candidates for a role, read tier by tier from the most promising down: first those meeting
 * every requirement, then those meeting all but one, and so on, and last those holding any required capability at
 * all. Ranking puts more requirements met first, so once {@code limit} candidates read so far meet at least as many
 * requirements as anyone unread could, nobody unread can rank among the first {@code limit}, and reading stops. Each
 * tier is one indexed read of exactly the people meeting that many (V3_9's grades), so an opening with a few hundred
 * near fits reads those and not the ten thousand people who hold one of its capabilities. The answer is the same as
 * scoring every candidate (CandidateTiersTest).
 */
@Component
public class CandidateTiers {

    private final TalentPool pool;
    private final MatchScoring scoring;

    public CandidateTiers(TalentPool pool, MatchScoring scoring) {
        this.pool = pool;
        this.scoring = scoring;
    }

    /** The first {@code limit} matches in {@link MatchScoring#RANKING} order. */
    public List<Match> best(Target target, int limit, LocalDate today) {
        int required = target.requirements().size();
        List<Match> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int atLeast = required; atLeast >= 0; atLeast--) {
            Optional<List<Candidate>> tier = atLeast == 0 ? Optional.of(pool.marketplaceHoldingAny(target))
                    : pool.marketplaceMeeting(target, atLeast);
            if (tier.isEmpty()) {
                continue;
            }
            for (Candidate candidate : tier.get()) {
                if (seen.add(candidate.id())) {
                    ranked.add(scoring.score(target, candidate, today));
                }
            }
            ranked.sort(MatchScoring.RANKING);
            if (ranked.size() >= limit && ranked.get(limit - 1).requirementsMet() >= atLeast) {
                break;
            }
        }
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
