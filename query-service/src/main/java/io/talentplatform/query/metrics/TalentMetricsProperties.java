package io.talentplatform.query.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the talent metrics protect small groups (docs/metrics.md, "Small cells").
 *
 * @param minimumGroupSize a metric about fewer people (or roles, or openings) than this is answered suppressed
 */
@ConfigurationProperties("talent.metrics")
public record TalentMetricsProperties(@DefaultValue("5") int minimumGroupSize) {

    public TalentMetricsProperties {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("talent.metrics.minimum-group-size must be at least 1");
        }
    }
}
