package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring.Target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The best marketplace candidates for a role, read tier by tier from the most promising down: first those meeting
 * every requirement or all but one, then those meeting all but two, and so on, and last those holding any required
 * capability at all. Ranking puts more requirements met first, so once {@code limit} candidates read so far meet at
 * least as many requirements as anyone unread could, nobody unread can rank among the first {@code limit}, and
 * reading stops. Each
 * tier is one indexed read of exactly the people meeting that many (V3_9's grades), so an opening reads its near
 * fits, not everyone who holds one of its capabilities. The answer is the same as
 * scoring every candidate (CandidateTiersTest).
 */
public class CandidateTiers {

    private final TalentPool pool;
    private final MatchScoring scoring;

    public CandidateTiers(TalentPool pool, MatchScoring scoring) {
        this.pool = pool;
        this.scoring = scoring;
    }

    /** The first {@code limit} matches in {@link MatchScoring#RANKING} order, with how the answer names them. */
    public List<Ranked> best(Target target, int limit, LocalDate today, MatchWeights weights) {
        if (RankingSql.applies(target)) {
            return firstRankedByDatabase(target, limit, today, weights);
        }
        int required = target.requirements().size();
        List<Ranked> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int atLeast = firstTier(required); atLeast >= 0; atLeast--) {
            Optional<List<PoolEntries.Listed>> tier = atLeast == 0 ? Optional.of(pool.marketplaceHoldingAny(target))
                    : pool.marketplaceMeeting(target, atLeast);
            if (tier.isEmpty()) {
                continue;
            }
            for (PoolEntries.Listed listed : tier.get()) {
                if (seen.add(listed.candidate().id())) {
                    ranked.add(new Ranked(scoring.score(target, listed.candidate(), today, weights), listed.named()));
                }
            }
            ranked.sort(BY_MATCH);
            if (ranked.size() >= limit && ranked.get(limit - 1).match().requirementsMet() >= atLeast) {
                break;
            }
        }
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    /**
     * {@link #best} for a gig or project, whose full-fit tier is everyone holding its requirement: each tier's first
     * rows in ranking order come from PostgreSQL (TalentPool#marketplaceFirst), a few more than asked, and are
     * scored here, which is the answer. A tier holding fewer than {@code limit} people is all of them, and the tier
     * below is a superset: the first tier that fills the list holds its first {@code limit}
     * (docs/decisions/035-gig-tiers-ranked-in-the-database.md).
     */
    private List<Ranked> firstRankedByDatabase(Target target, int limit, LocalDate today, MatchWeights weights) {
        for (int atLeast = firstTier(target.requirements().size()); atLeast >= 0; atLeast--) {
            Optional<List<PoolEntries.Listed>> tier = pool.marketplaceFirst(target, atLeast, limit + MARGIN, today,
                    weights);
            if (tier.isPresent() && (tier.get().size() >= limit || atLeast == 0)) {
                List<Ranked> ranked = new ArrayList<>(tier.get().size());
                for (PoolEntries.Listed listed : tier.get()) {
                    ranked.add(new Ranked(scoring.score(target, listed.candidate(), today, weights), listed.named()));
                }
                ranked.sort(BY_MATCH);
                return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
            }
        }
        return List.of();
    }

    /** The first {@code limit} candidates for an opening: a vacancy's by {@link #best}, a gig's by growth too. */
    public List<Ranked> forOpening(PoolEntries.Opening opening, int limit, LocalDate today, MatchWeights weights) {
        return opening.vacancy() ? best(opening.target(), limit, today, weights)
                : bestGrowing(pool.withNeeds(opening.target()), limit, today, weights);
    }

    /**
     * The first {@code limit} candidates for a gig or project: those the tiers find by its requirements, and everyone
     * who wants to develop what it develops (TalentPool#marketplaceWanting), ranked together. Anyone else holds none
     * of its requirements and wants none of its growth: they are not candidates. Exact for the same reason as
     * {@link #best}: whoever the tiers left unread meets fewer requirements than the first {@code limit}, and the
     * growth read is whole. {@code target} carries its needs (TalentPool#withNeeds).
     */
    public List<Ranked> bestGrowing(Target target, int limit, LocalDate today, MatchWeights weights) {
        List<Ranked> ranked = new ArrayList<>(best(target, limit, today, weights));
        if (ranked.size() >= limit && ranked.get(limit - 1).match().requirementsMet() >= 1) {
            // Ranking puts more requirements met first: whoever the growth read adds meets none the tiers did not
            // read, so meets fewer than the last listed, and the list is already the first {@code limit}.
            return ranked;
        }
        Set<String> seen = new HashSet<>();
        ranked.forEach(candidate -> seen.add(candidate.match().id()));
        for (PoolEntries.Listed listed : pool.marketplaceWanting(target)) {
            if (seen.add(listed.candidate().id())) {
                ranked.add(new Ranked(scoring.score(target, listed.candidate(), today, weights), listed.named()));
            }
        }
        ranked.sort(BY_MATCH);
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    /**
     * Where reading starts: at those meeting all requirements but one, a superset of those meeting all. Full fits
     * are rare, so a first read of them alone almost never fills a list and costs a round trip of its own. With one
     * requirement, all but one is nobody (docs/decisions/012-candidate-tiers-start-at-all-but-one.md).
     */
    private static int firstTier(int required) {
        return required >= 2 ? required - 1 : required;
    }

    /**
     * Rows read past the limit when PostgreSQL ranks: its order is the Java one (CandidateTiersTest), and these
     * rows would absorb a last-digit difference of rounding between the two.
     */
    private static final int MARGIN = 10;

    private static final Comparator<Ranked> BY_MATCH = (a, b) -> MatchScoring.RANKING.compare(a.match(), b.match());

    /** A match, and how the answer lists the person. */
    public record Ranked(Match match, PoolEntries.Named named) {
    }
}
