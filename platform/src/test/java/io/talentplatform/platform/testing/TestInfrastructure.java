package io.talentplatform.platform.testing;

import io.talentplatform.platform.embedded.EmbeddedKafkaServer;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import io.talentplatform.platform.security.TokenMint;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One real PostgreSQL server, one in-process KRaft broker and one token key per test JVM, shared by every Spring
 * context of the run. Tests separate their data by ids, not by databases.
 */
public final class TestInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaServer kafka;
    private static TokenMint tokens;
    private static Path publicKey;
    /** One master key per test JVM, as a deployment has one: every context can read every other's events. */
    private static final String MASTER_KEY = java.util.Base64.getEncoder()
            .encodeToString(new java.security.SecureRandom().generateSeed(32));

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.temporary();
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaServer kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaServer.temporary();
        }
        return kafka;
    }

    public static synchronized TokenMint tokens() {
        if (tokens == null) {
            tokens = new TokenMint(TokenMint.newKeyPair());
            try {
                publicKey = Files.createTempFile("talent-test-jwt", ".pem");
                Files.writeString(publicKey, tokens.publicKeyPem());
                publicKey.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }

    /** A bearer token for {@code subject} with the given roles, valid for an hour. */
    public static String token(String subject, String... roles) {
        return tokens().mint(subject, List.of(roles), Duration.ofHours(1));
    }

    /** The properties that point a service at the shared infrastructure. */
    public static Map<String, Object> properties() {
        return properties(kafka().bootstrapServers());
    }

    /**
     * The properties that point a service at the shared database and token key but at a broker of the test's own,
     * one the test may stop and start (the shared in-process broker is then never started).
     */
    public static Map<String, Object> properties(String bootstrapServers) {
        tokens();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres().jdbcUrl());
        properties.put("spring.datasource.username", postgres().username());
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey);
        properties.put("talent.privacy.master-key", MASTER_KEY);
        return properties;
    }

    /**
     * Points a context at the shared database and broker but configures no token verification, so that the
     * standalone build signs and verifies its own dev tokens.
     */
    public static final class OwnTokensInitializer
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = properties();
            properties.remove("spring.security.oauth2.resourceserver.jwt.public-key-location");
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("talent-test-infrastructure", properties));
        }
    }

    /** Use with {@code @ContextConfiguration(initializers = ...)} or {@code @SpringBootTest} on any service. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("talent-test-infrastructure", properties()));
        }
    }
}
