package io.talentplatform.events.matching;

import org.axonframework.serialization.Revision;

/**
 * HR changed the weights of the match score, under a new version, and said why. Matches answered from now on use
 * them; matches as of an earlier moment use the weights of that moment.
 */
@Revision("1")
public record ScoringWeightsChanged(
        String version,
        double capability,
        double recency,
        double aspiration,
        double readiness,
        double advocacy,
        String reason,
        String changedBy) {

    public MatchWeights weights() {
        return new MatchWeights(version, capability, recency, aspiration, readiness, advocacy);
    }
}
