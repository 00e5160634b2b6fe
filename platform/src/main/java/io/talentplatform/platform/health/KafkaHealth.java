package io.talentplatform.platform.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code kafka} component in {@code /actuator/health}: Spring Boot has none. It asks the broker to describe
 * the cluster, with a short timeout so that a broker outage makes health DOWN quickly instead of hanging it.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class KafkaHealth {

    @Bean
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka);
    }

    /** The indicator itself, holding one admin client for the life of the service. */
    public static class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

        private static final int TIMEOUT_MS = 2_000;

        private final KafkaProperties kafka;
        private volatile Admin admin;

        KafkaHealthIndicator(KafkaProperties kafka) {
            super("Kafka health check failed");
            this.kafka = kafka;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) throws Exception {
            DescribeClusterResult cluster = admin()
                    .describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
            int nodes = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            builder.up()
                    .withDetail("clusterId", cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS))
                    .withDetail("brokers", nodes);
        }

        private Admin admin() {
            Admin current = admin;
            if (current == null) {
                synchronized (this) {
                    if (admin == null) {
                        Map<String, Object> config = kafka.buildAdminProperties();
                        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
                        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
                        admin = Admin.create(config);
                    }
                    current = admin;
                }
            }
            return current;
        }

        @Override
        public void close() {
            if (admin != null) {
                admin.close();
            }
        }
    }
}
