package io.talentplatform.query.mobility;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.matching.ScoringWeightsReader;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * How matches are scored, for anyone signed in: the weights in effect and every earlier version, with who changed
 * them, when and why. With a match answer's inputs, anyone can recompute its score (docs/matching.md).
 */
@RestController
@Validated
class ScoringWeightsController {

    private final ScoringWeightsReader weights;
    private final ProcessedPositions positions;

    ScoringWeightsController(ScoringWeightsReader weights, ProcessedPositions positions) {
        this.weights = weights;
        this.positions = positions;
    }

    /** The match score's weights in effect, and their history. */
    @GetMapping("/api/v1/matching/weights")
    Weights weights(@RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_SCORING_WEIGHTS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(ReadModel.Names.TALENT_POOL, minPosition);
        List<ScoringWeightsReader.Version> history = weights.history();
        return new Weights(history.get(history.size() - 1).weights(), history);
    }

    /** @param history every version, oldest first: the first weights have no change behind them */
    record Weights(MatchWeights current, List<ScoringWeightsReader.Version> history) {
    }
}
