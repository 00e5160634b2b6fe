package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring.Candidate;
import io.talentplatform.platform.matching.MatchScoring.Growth;
import io.talentplatform.platform.matching.MatchScoring.Held;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.MatchScoring.Target;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A gig's or project's growth: who wants what it develops, and how that weighs (docs/matching.md). */
class GrowthScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final MatchWeights WEIGHTS = new MatchWeights("growth-test", 0.55, 0.10, 0.15, 0.15, 0.05);
    /** Roles of engineering-management ask stakeholder-management 3 and people-development 2. */
    private static final Growth GROWTH = new Growth(List.of("stakeholder-management", "people-development"),
            Map.of("engineering-management", Map.of("stakeholder-management", 3, "people-development", 2),
                    "staff-engineering", Map.of("distributed-systems", 4)));
    private static final Target GIG = new Target(null, null, List.of(new Requirement("api-design", 2)), GROWTH);
    private final MatchScoring scoring = new MatchScoring();

    @Test
    void aPersonWantsWhatTheRolesOfTheirFamiliesAskAndTheyDoNotHoldAtThatLevel() {
        assertThat(GROWTH.wants(List.of("engineering-management"), Map.of())).containsExactlyInAnyOrder(
                "stakeholder-management", "people-development");
        assertThat(GROWTH.wants(List.of("engineering-management"), Map.of("stakeholder-management", held(3),
                "people-development", held(1)))).containsExactly("people-development");
        assertThat(GROWTH.wants(List.of("staff-engineering"), Map.of()))
                .as("only what the gig develops counts").isEmpty();
        assertThat(GROWTH.wants(List.of(), Map.of())).as("no shared family, no growth").isEmpty();
    }

    @Test
    void growthIsTheAspirationInputOfAGigAndTheScoreIsStillTheWeightedSum() {
        Candidate wantsBoth = new Candidate("E-1", Map.of("api-design", held(3)), List.of("engineering-management"),
                null, 0, Set.of("stakeholder-management", "people-development"));
        Candidate wantsOne = new Candidate("E-2", Map.of("api-design", held(3)), List.of("engineering-management"),
                null, 0, Set.of("people-development"));
        Candidate wantsNone = new Candidate("E-3", Map.of("api-design", held(3)), List.of(), null, 0, Set.of());

        Match both = scoring.score(GIG, wantsBoth, TODAY, WEIGHTS);
        Match one = scoring.score(GIG, wantsOne, TODAY, WEIGHTS);
        Match none = scoring.score(GIG, wantsNone, TODAY, WEIGHTS);

        assertThat(both.grows()).containsExactly("stakeholder-management", "people-development");
        assertThat(both.inputs().aspiration()).isEqualTo(1.0);
        assertThat(one.grows()).containsExactly("people-development");
        assertThat(one.inputs().aspiration()).isEqualTo(0.5);
        assertThat(one.aspirationAligned()).isTrue();
        assertThat(none.grows()).isEmpty();
        assertThat(none.inputs().aspiration()).isZero();
        assertThat(none.aspirationAligned()).isFalse();
        for (Match match : List.of(both, one, none)) {
            assertThat(match.score()).isEqualTo(WEIGHTS.score(match.inputs().capability(), match.inputs().recency(),
                    match.inputs().aspiration(), match.inputs().readiness(), match.inputs().advocacy()));
            assertThat(match.inputs().readiness()).as("a gig has no readiness").isZero();
        }
        assertThat(List.of(none, one, both).stream().sorted(MatchScoring.RANKING).map(Match::id))
                .containsExactly("E-1", "E-2", "E-3");
    }

    @Test
    void aRoleStillScoresItsFamilyAlignmentAndGrowsNothing() {
        Target role = new Target("R-1", "engineering-management", List.of(new Requirement("api-design", 2)));
        Match match = scoring.score(role, new Candidate("E-1", Map.of("api-design", held(3)),
                List.of("engineering-management"), null, 0, Set.of("stakeholder-management")), TODAY, WEIGHTS);
        assertThat(match.inputs().aspiration()).isEqualTo(1.0);
        assertThat(match.grows()).isEmpty();
    }

    private static Held held(int level) {
        return new Held(level, UUID.randomUUID(), TODAY.minusDays(10));
    }
}
