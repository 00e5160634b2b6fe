package io.talentplatform.events.matching;

/**
 * The weights of the match score's five inputs, under the version every match answer names (docs/matching.md). They
 * change only by {@link ScoringWeightsChanged}: a versioned, audited change, never a setting.
 */
public record MatchWeights(String version, double capability, double recency, double aspiration, double readiness,
                           double advocacy) {

    /** The weights every match had before HR first changed them. */
    public static final MatchWeights FIRST = new MatchWeights("match-v1", 0.55, 0.10, 0.15, 0.15, 0.05);

    /** The score of these inputs, as every answer computes it and anyone can again: in this order, to 4 decimals. */
    public double score(double capabilityInput, double recencyInput, double aspirationInput, double readinessInput,
                        double advocacyInput) {
        double sum = capability * capabilityInput + recency * recencyInput + aspiration * aspirationInput
                + readiness * readinessInput + advocacy * advocacyInput;
        return Math.round(sum * 10_000) / 10_000.0;
    }
}
