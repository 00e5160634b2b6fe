package io.talentplatform.command.matching;

import io.talentplatform.command.matching.ScoringWeights.ChangeScoringWeights;
import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.events.matching.ScoringWeightsChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.talentplatform.command.RuleViolations.problem;

/** Changing the match score's weights: a new version each time, weights that add up to 1, and a reason. */
class ScoringWeightsTest {

    private static final MatchWeights READINESS_FIRST = new MatchWeights("match-v2", 0.45, 0.10, 0.15, 0.25, 0.05);
    private static final ScoringWeightsChanged V2 = new ScoringWeightsChanged("match-v2", 0.45, 0.10, 0.15, 0.25,
            0.05, "readiness weighed too little against capability", "HR-1");

    private AggregateTestFixture<ScoringWeights> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScoringWeights.class);
    }

    @Test
    void theFirstChangeStartsTheWeightsStreamWithItsVersionAndReason() {
        fixture.givenNoPriorActivity()
                .when(new ChangeScoringWeights(ScoringWeights.ID, READINESS_FIRST,
                        "readiness weighed too little against capability", "HR-1"))
                .expectEvents(V2);
    }

    @Test
    void aVersionNamesOneSetOfWeightsForever() {
        fixture.givenNoPriorActivity()
                .when(new ChangeScoringWeights(ScoringWeights.ID, new MatchWeights("match-v1", 0.5, 0.1, 0.2, 0.15,
                        0.05), "reuse the first name", "HR-1"))
                .expectException(problem("version-used"));
        fixture.given(V2)
                .when(new ChangeScoringWeights(ScoringWeights.ID, new MatchWeights("match-v2", 0.5, 0.1, 0.2, 0.15,
                        0.05), "again", "HR-1"))
                .expectException(problem("version-used"));
    }

    @Test
    void theWeightsAddUpToOne() {
        fixture.givenNoPriorActivity()
                .when(new ChangeScoringWeights(ScoringWeights.ID, new MatchWeights("match-v2", 0.6, 0.1, 0.15, 0.15,
                        0.05), "too much", "HR-1"))
                .expectException(problem("weights-sum"));
        fixture.given(V2)
                .when(new ChangeScoringWeights(ScoringWeights.ID, new MatchWeights("match-v3", 0.55, 0.10, 0.15,
                        0.15, 0.05), "back to the first weights", "HR-1"))
                .expectEvents(new ScoringWeightsChanged("match-v3", 0.55, 0.10, 0.15, 0.15, 0.05,
                        "back to the first weights", "HR-1"));
    }
}
