package io.talentplatform.query.succession;

import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.query.candidates.MatchAnswers;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring;
import io.talentplatform.platform.matching.TalentPool;
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
class SuccessionController {

    static final String READ_MODEL = ReadModel.Names.TALENT_POOL;

    private final SuccessionViews views;
    private final SlateReader slates;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    SuccessionController(SuccessionViews views, SlateReader slates, ProcessedPositions positions,
                         PlatformClock clock, AccessLog accessLog) {
        this.views = views;
        this.slates = slates;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The role's succession view: its slate with readiness, and people a panel may discover (consented, near fits). */
    @GetMapping("/api/v1/succession/roles/{roleId}")
    SuccessionView role(@PathVariable String roleId, @RequestParam(required = false) @Min(0) Long minPosition,
                        Caller caller) {
        Access.READ_SUCCESSION.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        SuccessionView view = views.view(roleId, clock.today()).orElseThrow(() -> Unknown.role(roleId));
        // Every person's data in the view is cut to what they share before it reaches the answer.
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        accessLog.record(caller, SuccessionViews.people(view));
        return view;
    }

    /** Succession coverage of the critical roles: how many have a successor ready now, in 1-2 years, or none. */
    @GetMapping("/api/v1/succession/coverage")
    CoverageView coverage(@RequestParam(required = false) String function,
                          @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_SUCCESSION_COVERAGE.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        List<RoleCoverage> roles = slates.coverage(function);
        List<RoleCoverage> covered = roles.stream().filter(role -> role.readyNow() > 0).toList();
        List<RoleCoverage> uncovered = roles.stream().filter(role -> role.readyNow() == 0).toList();
        Double share = roles.isEmpty() ? null : Math.round(10_000.0 * covered.size() / roles.size()) / 10_000.0;
        return new CoverageView(function, roles.size(), covered.size(), uncovered.size(), share, covered, uncovered);
    }
}
