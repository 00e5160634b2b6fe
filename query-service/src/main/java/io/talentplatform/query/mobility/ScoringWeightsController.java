package io.talentplatform.query.mobility;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.matching.ScoringWeightsReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * How matches are scored, for anyone signed in: the weights in effect and every earlier version, with who changed
 * them, when and why. With a match answer's inputs, anyone can recompute its score (docs/matching.md).
 */
@RestController
class ScoringWeightsController {

    private final ScoringWeightsReader weights;

    ScoringWeightsController(ScoringWeightsReader weights) {
        this.weights = weights;
    }

    @GetMapping("/api/v1/matching/weights")
    Weights weights(Caller caller) {
        Access.READ_SCORING_WEIGHTS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        List<ScoringWeightsReader.Version> history = weights.history();
        return new Weights(history.get(history.size() - 1).weights(), history);
    }

    /** @param history every version, oldest first: the first weights have no change behind them */
    record Weights(MatchWeights current, List<ScoringWeightsReader.Version> history) {
    }
}
