package io.talentplatform.query.succession;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.query.candidates.MatchAnswers;
import io.talentplatform.platform.matching.MatchScoring;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.Discovery;
import io.talentplatform.platform.matching.NamedPools;
import io.talentplatform.platform.matching.PoolEntries;
import io.talentplatform.platform.matching.ScoringWeightsReader;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.query.succession.SlateReader.SlateEntry;
import io.talentplatform.query.succession.SuccessionView.BenchStrength;
import io.talentplatform.query.succession.SuccessionView.Candidate;
import io.talentplatform.query.succession.SuccessionView.Successor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The succession panel's view of one role as the talent pool holds it: the slate with each successor's readiness,
 * staleness and evidence, the discovered candidates and the bench strength. The live view and the view as of a past
 * moment (over a replayed copy of the talent pool) are the same code.
 */
@Component
@EnableConfigurationProperties(SuccessionProperties.class)
public class SuccessionViews {

    private final TalentPool pool;
    private final SlateReader slates;
    private final MatchScoring scoring;
    private final SuccessionProperties properties;
    private final ScoringWeightsReader weights;
    private final Discovery discovery;
    private final NamedPools pools;

    SuccessionViews(TalentPool pool, SlateReader slates, MatchScoring scoring, SuccessionProperties properties,
                    ScoringWeightsReader weights, Discovery discovery, NamedPools pools) {
        this.discovery = discovery;
        this.pools = pools;
        this.pool = pool;
        this.slates = slates;
        this.scoring = scoring;
        this.properties = properties;
        this.weights = weights;
    }

    /** The role's view on {@code today}; empty when no such role is defined. */
    public Optional<SuccessionView> view(String roleId, LocalDate today) {
        Optional<PoolEntries.Role> found = pool.role(roleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PoolEntries.Role role = found.get();
        MatchWeights weighted = weights.current();
        Instant staleBefore = today.minusMonths(properties.staleAfterMonths()).atStartOfDay(ZoneOffset.UTC).toInstant();

        List<SlateEntry> entries = slates.slate(roleId);
        List<Match> fits = new ArrayList<>();
        for (SlateEntry entry : entries) {
            fits.add(scoring.score(role.target(), new MatchScoring.Candidate(entry.employeeId(), entry.capabilities(),
                    entry.targetRoleFamilies() == null ? List.of() : entry.targetRoleFamilies(), entry.readiness(),
                    entry.openSignalingGaps()), today, weighted));
        }
        List<Match> discovered = discovery.discovered(role, today, weighted, properties.discoveredLimit());
        List<Match> pooled = discovery.fromPool(role, today, weighted, properties.discoveredLimit());
        Map<UUID, PoolEntries.Evidence> evidence = pool.evidenceOf(java.util.stream.Stream.of(fits, discovered, pooled)
                .flatMap(List::stream).toList());

        List<String> shown = new ArrayList<>(entries.size() + discovered.size() + pooled.size());
        entries.forEach(entry -> shown.add(entry.employeeId()));
        discovered.forEach(match -> shown.add(match.id()));
        pooled.forEach(match -> shown.add(match.id()));
        TalentPool.Contests contested = pool.openContests(shown);

        List<Successor> slate = new ArrayList<>(entries.size());
        int readyNow = 0, soon = 0, later = 0, cover = 0, stale = 0;
        for (int i = 0; i < entries.size(); i++) {
            SlateEntry entry = entries.get(i);
            Match fit = fits.get(i);
            boolean isStale = !"READY_NOW".equals(entry.readiness()) && entry.readinessSince().isBefore(staleBefore);
            if (entry.employed()) {
                switch (entry.readiness()) {
                    case "READY_NOW" -> readyNow++;
                    case "READY_1_2_YEARS" -> soon++;
                    default -> later++;
                }
                cover += entry.emergencyCover() ? 1 : 0;
                stale += isStale ? 1 : 0;
            }
            slate.add(new Successor(entry.employeeId(), entry.displayName(), entry.jobTitle(), entry.function(),
                    entry.employed(), entry.readiness(), entry.emergencyCover(), entry.nominatedAt(),
                    entry.lastAssessedAt(), entry.readinessSince(), isStale, entry.decidedBy(), entry.rationale(),
                    entry.capabilitiesShared(), entry.capabilitiesShared() ? fit.requirementsMet() : null,
                    entry.capabilitiesShared() ? MatchAnswers.explain(fit, evidence, entry.employeeId(), contested)
                            : null,
                    entry.targetRoleFamilies() == null ? null : fit.aspirationAligned(), entry.relationships(),
                    entry.openSignalingGaps(), contested.of(entry.employeeId())));
        }
        Map<String, PoolEntries.Person> people = pool.people(java.util.stream.Stream.concat(discovered.stream(),
                pooled.stream()).map(Match::id).toList());
        java.util.function.Function<Match, Candidate> candidate = match -> {
            PoolEntries.Person person = people.get(match.id());
            return new Candidate(match.id(), person.displayName(), person.jobTitle(), person.function(),
                    match.score(), match.inputs(), match.requirementsMet(), match.readiness(),
                    MatchAnswers.explain(match, evidence, match.id(), contested), person.relationships(),
                    match.openSignalingGaps(), contested.of(match.id()));
        };
        List<Candidate> candidates = discovered.stream().map(candidate).toList();
        SuccessionView.FromPool fromPool = role.poolId() == null ? null : new SuccessionView.FromPool(role.poolId(),
                pools.pool(role.poolId()).map(NamedPools.Pool::name).orElse(role.poolId()),
                pooled.stream().map(candidate).toList());
        BenchStrength bench = new BenchStrength(readyNow, soon, later, cover, stale, candidates.size(),
                readyNow + soon, readyNow > 0);
        return Optional.of(new SuccessionView(role.roleId(), role.title(), role.function(), role.level(), role.critical(),
                role.roleFamily(), role.requirements(), slate, candidates, bench, weighted.version(), today, weighted,
                fromPool));
    }

    /** The people a view shows: every successor and discovered candidate. */
    public static List<String> people(SuccessionView view) {
        List<String> people = new ArrayList<>();
        view.slate().forEach(successor -> people.add(successor.employeeId()));
        view.discovered().forEach(candidate -> people.add(candidate.employeeId()));
        if (view.fromPool() != null) {
            view.fromPool().candidates().forEach(candidate -> people.add(candidate.employeeId()));
        }
        return people;
    }
}
