package io.talentplatform.projections.matchrecords;

import io.talentplatform.platform.matching.Matching;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The recorder ranks with the platform's matching, the same code that answers matches. */
@Configuration(proxyBeanMethods = false)
@Import(Matching.class)
@EnableConfigurationProperties(MatchRecordSettings.class)
class MatchRecords {
}
