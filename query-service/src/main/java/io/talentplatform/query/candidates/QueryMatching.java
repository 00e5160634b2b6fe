package io.talentplatform.query.candidates;

import io.talentplatform.platform.matching.Matching;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The query side answers matches with the platform's matching. */
@Configuration(proxyBeanMethods = false)
@Import(Matching.class)
class QueryMatching {
}
