package io.talentplatform.query.succession;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param staleAfterMonths how long a successor may stay rated below ready-now without progress before the panel is
 *                         told the rating is stale
 * @param discoveredLimit  the most discovered candidates one panel view lists
 */
@ConfigurationProperties("talent.succession")
public record SuccessionProperties(@DefaultValue("12") int staleAfterMonths, @DefaultValue("20") int discoveredLimit) {
}
