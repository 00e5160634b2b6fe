package io.talentplatform.platform.matching;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matching beans, for the services that read the talent pool: the query side imports them to answer matches, the
 * projections to record the rankings behind decisions. The command side has no use for them.
 */
@Configuration(proxyBeanMethods = false)
public class Matching {

    @Bean
    TalentPool talentPool(JdbcClient jdbc) {
        return new TalentPool(jdbc);
    }

    @Bean
    MatchScoring matchScoring() {
        return new MatchScoring();
    }

    @Bean
    CandidateTiers candidateTiers(TalentPool pool, MatchScoring scoring) {
        return new CandidateTiers(pool, scoring);
    }

    @Bean
    Discovery discovery(TalentPool pool, MatchScoring scoring, NamedPools pools) {
        return new Discovery(pool, scoring, pools);
    }

    @Bean
    NamedPools namedPools(JdbcClient jdbc) {
        return new NamedPools(jdbc);
    }

    @Bean
    ScoringWeightsReader scoringWeightsReader(JdbcClient jdbc) {
        return new ScoringWeightsReader(jdbc);
    }
}
