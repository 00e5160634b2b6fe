package io.talentplatform.query.mobility;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.platform.matching.CandidateTiers;
import io.talentplatform.query.candidates.MatchAnswers.CandidateMatch;
import io.talentplatform.query.candidates.MatchAnswers.EmployeeMatches;
import io.talentplatform.query.candidates.MatchAnswers.OpeningMatch;
import io.talentplatform.query.candidates.MatchAnswers.OpeningMatches;
import io.talentplatform.query.candidates.MatchAnswers;
import io.talentplatform.platform.matching.MatchScoring.Candidate;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring;
import io.talentplatform.platform.matching.PoolEntries;
import io.talentplatform.platform.matching.ScoringWeightsReader;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Internal-mobility matching: ranked consenting candidates for an opening (panels and HR), ranked openings for a
 * person (the person, and HR while the person is in the marketplace).
 */
@RestController
@Validated
class MobilityController {

    static final String READ_MODEL = ReadModel.Names.TALENT_POOL;

    private final TalentPool pool;
    private final OpenOpenings openOpenings;
    private final CandidateTiers tiers;
    private final MatchScoring scoring;
    private final ScoringWeightsReader weights;
    private final RankingAnswers recordedRankings;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    MobilityController(TalentPool pool, OpenOpenings openOpenings, CandidateTiers tiers, MatchScoring scoring,
                       ScoringWeightsReader weights, RankingAnswers recordedRankings, ProcessedPositions positions,
                       PlatformClock clock, AccessLog accessLog) {
        this.weights = weights;
        this.recordedRankings = recordedRankings;
        this.pool = pool;
        this.openOpenings = openOpenings;
        this.tiers = tiers;
        this.scoring = scoring;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /**
     * The ranked candidates come from {@link CandidateTiers}, which reads only those who can rank. With {@code asOf}
     * (a moment, or a day meaning its end), the ranking recorded last by then behind a decision on the opening.
     */
    @GetMapping("/api/v1/mobility/openings/{openingId}/matches")
    OpeningMatches forOpening(@PathVariable UUID openingId,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                              @RequestParam(required = false) @Min(0) Long minPosition,
                              @RequestParam(required = false) String asOf, Caller caller) {
        Access.READ_OPENING_MATCHES.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        if (asOf != null) {
            return recordedRankings.asOf(openingId, AsOf.parse(asOf), limit, caller);
        }
        PoolEntries.Opening opening = pool.opening(openingId).orElseThrow(() -> Unknown.opening(openingId));
        // Only consenting people are read, and only what they share: the viewer sees consented fields.
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        LocalDate today = clock.today();
        MatchWeights weighted = weights.current();
        List<CandidateTiers.Ranked> top = tiers.forOpening(opening, limit, today, weighted);
        Map<UUID, PoolEntries.Evidence> evidence =
                pool.evidenceOf(top.stream().map(CandidateTiers.Ranked::match).toList());
        TalentPool.Contests contested = pool.openContests(top.stream().map(ranked -> ranked.match().id()).toList());
        List<CandidateMatch> matches = new ArrayList<>(top.size());
        for (CandidateTiers.Ranked ranked : top) {
            Match match = ranked.match();
            PoolEntries.Named person = ranked.named();
            matches.add(new CandidateMatch(matches.size() + 1, match.id(), person.displayName(), person.jobTitle(),
                    person.function(), person.level(), match.score(), match.inputs(), match.fullFit(),
                    match.requirementsMet(),
                    match.requirements(), match.capabilityFit(), match.evidenceRecency(), match.aspirationAligned(),
                    match.readiness(), match.signalingGapToAdvocate(),
                    MatchAnswers.explain(match, evidence, match.id(), contested), contested.of(match.id()), false,
                    MatchAnswers.Growth.of(opening.develops(), match)));
        }
        accessLog.record(caller, matches.stream().map(CandidateMatch::employeeId).toList());
        return new OpeningMatches(openingId, opening.roleId(), opening.title(), opening.function(),
                opening.roleFamily(), opening.requirements(), opening.filledOn() != null, weighted.version(), today,
                matches, weighted, null, opening.kind(), opening.develops());
    }

    /** The openings, gigs and projects that fit the person, with why. */
    @GetMapping("/api/v1/mobility/employees/{employeeId}/matches")
    EmployeeMatches forEmployee(@PathVariable String employeeId,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                                @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        PoolEntries.Standing standing = pool.standing(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        Access.READ_EMPLOYEE_MATCHES.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(employeeId);
            case CURRENT_MANAGER -> false;
            case ANY_PERSON -> true;
        });
        boolean self = caller.is(employeeId);
        Viewer.of(caller, self ? EnumSet.of(Relationship.SELF) : EnumSet.noneOf(Relationship.class),
                standing.matchable()).declare();
        LocalDate today = clock.today();
        MatchWeights weighted = weights.current();
        accessLog.record(caller, employeeId);
        if (!self && !standing.matchable()) {
            // Outside the marketplace, a person's matches are theirs alone.
            return new EmployeeMatches(employeeId, false, weighted.version(), today, List.of(), weighted);
        }
        PoolEntries.Own own = pool.own(employeeId).orElseThrow();
        Map<String, String> readiness = self || standing.sharesReadiness() ? pool.readinessOf(employeeId) : Map.of();
        List<String> families = self || standing.sharesAspiration() ? own.targetRoleFamilies() : List.of();
        Map<UUID, PoolEntries.Opening> openings = openOpenings.current();
        Set<String> wants = openings.values().stream().allMatch(PoolEntries.Opening::vacancy) ? Set.of()
                : MatchScoring.wanted(pool.needsOf(families), own.capabilities());
        List<Match> ranked = new ArrayList<>(openings.size());
        for (PoolEntries.Opening opening : openings.values()) {
            String ready = readiness.getOrDefault("ROLE:" + opening.roleId(),
                    readiness.get("FAMILY:" + opening.roleFamily()));
            Candidate candidate = new Candidate(opening.openingId().toString(), own.capabilities(), families, ready,
                    own.openSignalingGaps(), wants);
            ranked.add(scoring.score(opening.target(), candidate, today, weighted));
        }
        ranked.sort(MatchScoring.RANKING);
        List<Match> top = ranked.subList(0, Math.min(limit, ranked.size()));
        Map<UUID, PoolEntries.Evidence> evidence = pool.evidenceOf(top);
        List<OpeningMatch> matches = new ArrayList<>(top.size());
        for (Match match : top) {
            PoolEntries.Opening opening = openings.get(UUID.fromString(match.id()));
            matches.add(new OpeningMatch(matches.size() + 1, opening.openingId(), opening.roleId(), opening.title(),
                    opening.function(), opening.level(), opening.roleFamily(), opening.openedOn(),
                    opening.internalOnly(), match.score(), match.inputs(), match.fullFit(), match.requirementsMet(),
                    match.requirements(), match.capabilityFit(), match.evidenceRecency(), match.aspirationAligned(),
                    match.readiness(), MatchAnswers.explain(match, evidence), opening.kind(), opening.hoursPerWeek(),
                    opening.startsOn(), opening.endsOn(), MatchAnswers.Growth.of(opening.develops(), match)));
        }
        return new EmployeeMatches(employeeId, standing.matchable(), weighted.version(), today, matches, weighted);
    }
}
