package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.query.candidates.MatchAnswers;
import io.talentplatform.platform.matching.MatchScoring.Candidate;
import io.talentplatform.platform.matching.MatchScoring.Fit;
import io.talentplatform.platform.matching.MatchScoring.Held;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.MatchScoring.Target;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scoring rule, number by number (docs/matching.md). */
class MatchScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Target LEAD = new Target("R-1", "engineering-leadership",
            List.of(new Requirement("distributed-systems", 4), new Requirement("mentoring", 3)));
    private static final MatchWeights WEIGHTS = new MatchWeights("match-test", 0.55, 0.10, 0.15, 0.15, 0.05);
    private final MatchScoring scoring = new MatchScoring();

    @Test
    void aFullFitWithFreshEvidenceAlignedAspirationAndReadinessScoresEveryComponent() {
        Match match = scoring.score(LEAD, candidate("E-1", Map.of("distributed-systems", held(5, 30),
                "mentoring", held(3, 100)), List.of("engineering-leadership"), "READY_NOW", 1), TODAY, WEIGHTS);

        assertThat(match.fullFit()).isTrue();
        assertThat(match.requirementsMet()).isEqualTo(2);
        assertThat(match.capabilityFit()).isEqualTo(1.0);
        assertThat(match.evidenceRecency()).isEqualTo(1.0);
        assertThat(match.aspirationAligned()).isTrue();
        assertThat(match.signalingGapToAdvocate()).isTrue();
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.capabilities()).extracting(MatchScoring.CapabilityFit::fit).containsExactly(Fit.MET, Fit.MET);
        assertThat(match.capabilities().get(0).evidenceAgeDays()).isEqualTo(30);
    }

    @Test
    void shortAndMissingCapabilitiesAreExplainedAndCountLess() {
        Match match = scoring.score(LEAD, candidate("E-2", Map.of("distributed-systems", held(2, 10)), List.of(),
                null, 0), TODAY, WEIGHTS);

        assertThat(match.capabilities().get(0).fit()).isEqualTo(Fit.SHORT);
        assertThat(match.capabilities().get(0).shortBy()).isEqualTo(2);
        assertThat(match.capabilities().get(1).fit()).isEqualTo(Fit.MISSING);
        assertThat(match.capabilities().get(1).evidenceId()).isNull();
        // (1/3 + 0) / 2 = 0.1667 capability fit; one fresh evidence: recency 1.
        assertThat(match.capabilityFit()).isCloseTo(0.1667, within(0.0001));
        assertThat(match.score()).isCloseTo(0.55 * 0.1667 + 0.10, within(0.0001));
        assertThat(MatchAnswers.sentence(match.capabilities().get(0)))
                .isEqualTo("short by 2 levels: level 2 of 4 required, evidence 10 days old");
        assertThat(MatchAnswers.sentence(match.capabilities().get(1)))
                .isEqualTo("missing: no evidence of mentoring (level 3 required)");
    }

    @Test
    void evidenceFreshnessFallsFromOneYearToThreeYears() {
        assertThat(MatchScoring.freshness(365)).isEqualTo(1.0);
        assertThat(MatchScoring.freshness(730)).isCloseTo(0.5, within(0.001));
        assertThat(MatchScoring.freshness(1095)).isEqualTo(0.0);
        assertThat(MatchScoring.freshness(4000)).isEqualTo(0.0);
    }

    @Test
    void fullFitsRankFirstWhateverElseTheOthersBring() {
        Match plainFullFit = scoring.score(LEAD, candidate("E-9", Map.of("distributed-systems", held(4, 900),
                "mentoring", held(3, 900)), List.of(), null, 0), TODAY, WEIGHTS);
        Match nearlyEverything = scoring.score(LEAD, candidate("E-1", Map.of("distributed-systems", held(5, 1),
                "mentoring", held(2, 1)), List.of("engineering-leadership"), "READY_NOW", 2), TODAY, WEIGHTS);
        assertThat(nearlyEverything.score()).isGreaterThan(plainFullFit.score());

        List<Match> ranked = new ArrayList<>(List.of(nearlyEverything, plainFullFit));
        ranked.sort(MatchScoring.RANKING);

        assertThat(ranked).extracting(Match::id).containsExactly("E-9", "E-1");
    }

    @Test
    void amongAsManyRequirementsMetTheHigherScoreRanksFirst() {
        Map<String, Held> same = Map.of("distributed-systems", held(4, 10), "mentoring", held(3, 10));
        Match plain = scoring.score(LEAD, candidate("E-1", same, List.of(), null, 0), TODAY, WEIGHTS);
        Match aligned = scoring.score(LEAD, candidate("E-2", same, List.of("engineering-leadership"), null, 0), TODAY, WEIGHTS);
        Match shortOfOne = scoring.score(LEAD, candidate("E-0", Map.of("distributed-systems", held(4, 10),
                "mentoring", held(2, 10)), List.of("engineering-leadership"), "READY_NOW", 1), TODAY, WEIGHTS);
        assertThat(aligned.score()).isGreaterThan(plain.score());

        List<Match> ranked = new ArrayList<>(List.of(shortOfOne, plain, aligned));
        ranked.sort(MatchScoring.RANKING);

        assertThat(ranked).extracting(Match::id).containsExactly("E-2", "E-1", "E-0");
    }

    @Test
    void equalScoresAreOrderedByIdSoTheRankingNeverChanges() {
        Map<String, Held> same = Map.of("distributed-systems", held(4, 10), "mentoring", held(3, 10));
        List<Match> ranked = new ArrayList<>(List.of(scoring.score(LEAD, candidate("E-3", same, List.of(), null, 0),
                TODAY, WEIGHTS), scoring.score(LEAD, candidate("E-10", same, List.of(), null, 0), TODAY, WEIGHTS)));
        ranked.sort(MatchScoring.RANKING);
        assertThat(ranked).extracting(Match::id).containsExactly("E-10", "E-3");
    }

    @Test
    void theScoreIsExactlyTheWeightedSumOfTheInputsTheAnswerShows() {
        java.util.Random random = new java.util.Random(29);
        for (int i = 0; i < 500; i++) {
            Map<String, Held> capabilities = new java.util.HashMap<>();
            if (random.nextBoolean()) {
                capabilities.put("distributed-systems", held(1 + random.nextInt(5), random.nextInt(1500)));
            }
            if (random.nextBoolean()) {
                capabilities.put("mentoring", held(1 + random.nextInt(5), random.nextInt(1500)));
            }
            Match match = scoring.score(LEAD, candidate("E-" + i, capabilities,
                    random.nextBoolean() ? List.of("engineering-leadership") : List.of(),
                    List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS", "NOT_A_FIT").get(random.nextInt(4)),
                    random.nextInt(2)), TODAY, WEIGHTS);
            MatchScoring.Inputs inputs = match.inputs();
            assertThat(match.score()).isEqualTo(WEIGHTS.score(inputs.capability(), inputs.recency(),
                    inputs.aspiration(), inputs.readiness(), inputs.advocacy()));
            assertThat(inputs.capability()).isEqualTo(match.capabilityFit());
            assertThat(inputs.recency()).isEqualTo(match.evidenceRecency());
            assertThat(inputs.readiness()).isEqualTo(MatchScoring.readinessValue(match.readiness()));
        }
    }

    @Test
    void readinessCountsByHowSoon() {
        assertThat(MatchScoring.readinessValue("READY_NOW")).isEqualTo(1.0);
        assertThat(MatchScoring.readinessValue("READY_1_2_YEARS")).isEqualTo(0.6);
        assertThat(MatchScoring.readinessValue("READY_3_PLUS")).isEqualTo(0.3);
        assertThat(MatchScoring.readinessValue("NOT_A_FIT")).isEqualTo(0.0);
        assertThat(MatchScoring.readinessValue(null)).isEqualTo(0.0);
    }

    private static Candidate candidate(String id, Map<String, Held> capabilities, List<String> families,
                                       String readiness, int gaps) {
        return new Candidate(id, capabilities, families, readiness, gaps);
    }

    private static Held held(int level, int daysAgo) {
        return new Held(level, UUID.randomUUID(), TODAY.minusDays(daysAgo));
    }
}
