package io.talentplatform.query.succession;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.query.mobility.MatchAnswers;
import io.talentplatform.query.mobility.MatchScoring;
import io.talentplatform.query.mobility.MatchScoring.Match;
import io.talentplatform.query.mobility.TalentPool;
import io.talentplatform.query.succession.CoverageView.RoleCoverage;
import io.talentplatform.query.succession.SlateReader.SlateEntry;
import io.talentplatform.query.succession.SuccessionView.BenchStrength;
import io.talentplatform.query.succession.SuccessionView.Candidate;
import io.talentplatform.query.succession.SuccessionView.Successor;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The succession panel's read of one role, and the coverage of every critical role. */
@RestController
@Validated
@EnableConfigurationProperties(SuccessionProperties.class)
class SuccessionController {

    static final String READ_MODEL = "talent-pool";

    private final TalentPool pool;
    private final SlateReader slates;
    private final MatchScoring scoring;
    private final SuccessionProperties properties;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    SuccessionController(TalentPool pool, SlateReader slates, MatchScoring scoring,
                         SuccessionProperties properties, ProcessedPositions positions, PlatformClock clock,
                         AccessLog accessLog) {
        this.pool = pool;
        this.slates = slates;
        this.scoring = scoring;
        this.properties = properties;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping("/api/v1/succession/roles/{roleId}")
    SuccessionView role(@PathVariable String roleId, @RequestParam(required = false) @Min(0) Long minPosition,
                        Caller caller) {
        Access.READ_SUCCESSION.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        if (minPosition != null) {
            positions.await(READ_MODEL, minPosition);
        }
        TalentPool.Role role = pool.role(roleId).orElseThrow(() -> RuleViolation.notFound("unknown-role",
                "No role is defined under " + roleId + "."));
        // Every person's data below is cut to what they share before it reaches the answer.
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        LocalDate today = clock.today();
        Instant staleBefore = today.minusMonths(properties.staleAfterMonths()).atStartOfDay(ZoneOffset.UTC).toInstant();

        List<SlateEntry> entries = slates.slate(roleId);
        List<Match> fits = new ArrayList<>();
        for (SlateEntry entry : entries) {
            fits.add(scoring.score(role.target(), new MatchScoring.Candidate(entry.employeeId(), entry.capabilities(),
                    entry.targetRoleFamilies() == null ? List.of() : entry.targetRoleFamilies(), entry.readiness(),
                    entry.openSignalingGaps()), today));
        }
        List<Match> discovered = discover(role, today);
        Map<UUID, TalentPool.Evidence> evidence = pool.evidenceOf(
                java.util.stream.Stream.concat(fits.stream(), discovered.stream()).toList());

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
                    entry.capabilitiesShared() ? MatchAnswers.explain(fit, evidence) : null,
                    entry.targetRoleFamilies() == null ? null : fit.aspirationAligned(), entry.relationships(),
                    entry.openSignalingGaps()));
        }
        Map<String, TalentPool.Person> people = pool.people(discovered.stream().map(Match::id).toList());
        List<Candidate> candidates = discovered.stream().map(match -> {
            TalentPool.Person person = people.get(match.id());
            return new Candidate(match.id(), person.displayName(), person.jobTitle(), person.function(),
                    match.score(), match.requirementsMet(), match.readiness(), MatchAnswers.explain(match, evidence),
                    person.relationships(), match.openSignalingGaps());
        }).toList();
        accessLog.record(caller, java.util.stream.Stream.concat(slate.stream().map(Successor::employeeId),
                candidates.stream().map(Candidate::employeeId)).toList());
        BenchStrength bench = new BenchStrength(readyNow, soon, later, cover, stale, candidates.size(),
                readyNow + soon, readyNow > 0);
        return new SuccessionView(role.roleId(), role.title(), role.function(), role.level(), role.critical(),
                role.roleFamily(), role.requirements(), slate, candidates, bench, scoring.version(), today);
    }

    @GetMapping("/api/v1/succession/coverage")
    CoverageView coverage(@RequestParam(required = false) String function,
                          @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_SUCCESSION_COVERAGE.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        if (minPosition != null) {
            positions.await(READ_MODEL, minPosition);
        }
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        List<RoleCoverage> roles = slates.coverage(function);
        List<RoleCoverage> covered = roles.stream().filter(role -> role.readyNow() > 0).toList();
        List<RoleCoverage> uncovered = roles.stream().filter(role -> role.readyNow() == 0).toList();
        Double share = roles.isEmpty() ? null : Math.round(10_000.0 * covered.size() / roles.size()) / 10_000.0;
        return new CoverageView(function, roles.size(), covered.size(), uncovered.size(), share, covered, uncovered);
    }

    /**
     * Discovered candidates fit the role: every required capability held, none more than one level short. Ranked as
     * matches are, best first.
     */
    private List<Match> discover(TalentPool.Role role, LocalDate today) {
        List<Match> fitting = new ArrayList<>();
        for (MatchScoring.Candidate candidate : pool.discoverable(role)) {
            Match match = scoring.score(role.target(), candidate, today);
            if (match.capabilities().stream().allMatch(fit -> fit.shortBy() <= 1)) {
                fitting.add(match);
            }
        }
        fitting.sort(MatchScoring.RANKING);
        return fitting.subList(0, Math.min(properties.discoveredLimit(), fitting.size()));
    }
}
