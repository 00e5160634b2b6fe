package io.talentplatform.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * The JDBC token store through which processor instances share out segments. Axon names a claim's owner after the
 * JVM (pid@host), so two application contexts in one JVM would both believe they own a segment and process it
 * twice; each context gets its own owner name instead.
 */
@AutoConfiguration(after = AxonAfterDataSource.class,
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
public class TokenClaims {

    @Bean
    public TokenStore tokenStore(ConnectionProvider connections, @Qualifier("serializer") Serializer serializer,
                                 @Value("${talent.processing.node-id:}") String nodeId,
                                 @Value("${talent.processing.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.isBlank() ? defaultNodeId() : nodeId)
                .build();
    }

    private static String defaultNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
