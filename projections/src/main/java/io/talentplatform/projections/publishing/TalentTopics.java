package io.talentplatform.projections.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The three public topics of INTERFACES.md, created at start if missing. */
@Configuration(proxyBeanMethods = false)
public class TalentTopics {

    public static final String EVENTS = "talent.events.v1";
    public static final String PROFILES = "talent.profiles.v1";
    public static final String OPENINGS = "talent.openings.v1";

    @Bean
    NewTopic talentEvents(@Value("${talent.kafka.partitions}") int partitions,
                          @Value("${talent.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(EVENTS).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic talentProfiles(@Value("${talent.kafka.partitions}") int partitions,
                            @Value("${talent.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(PROFILES).partitions(partitions).replicas(replicas)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT).build();
    }

    @Bean
    NewTopic talentOpenings(@Value("${talent.kafka.partitions}") int partitions,
                            @Value("${talent.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(OPENINGS).partitions(partitions).replicas(replicas).build();
    }
}
