package io.talentplatform.projections.matchrecords;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the rankings behind decisions are recorded.
 *
 * @param within how old a decision may be when the recorder meets it and still get a record
 * @param poolWait how long the recorder waits for the talent pool to take the decision's event: well under the
 *                 segment claim's timeout (10 s), so that a slow pool does not cost the recorder its claim
 * @param limit  the most candidates one record keeps
 */
@ConfigurationProperties("talent.match-records")
record MatchRecordSettings(@DefaultValue("1h") Duration within, @DefaultValue("3s") Duration poolWait,
                           @DefaultValue("100") int limit) {
}
