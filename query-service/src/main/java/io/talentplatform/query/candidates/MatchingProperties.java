package io.talentplatform.query.candidates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of {@link MatchScoring} and the version every match answer carries, so that a ranking can be traced
 * to the rule that made it. Change the version whenever a weight changes.
 *
 * @param maxLimit the most candidates one answer lists
 */
@ConfigurationProperties("talent.matching")
public record MatchingProperties(@DefaultValue("match-v1") String version, @DefaultValue Weights weights,
                                 @DefaultValue("100") int maxLimit) {

    public record Weights(@DefaultValue("0.55") double capability, @DefaultValue("0.10") double recency,
                          @DefaultValue("0.15") double aspiration, @DefaultValue("0.15") double readiness,
                          @DefaultValue("0.05") double advocacy) {
    }
}
