package io.talentplatform.bench.platform;

import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.embedded.EmbeddedKafkaServer;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import io.talentplatform.standalone.StandaloneApplication;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone platform booted in this JVM as a newcomer would start it, on an empty embedded PostgreSQL (in a
 * fresh temporary directory) and an embedded broker, with a throwaway master key and a free HTTP port.
 *
 * <p>PostgreSQL keeps its data durably, as it does for a user (fsync, synchronous commit and full-page writes on),
 * even in a temporary directory: a figure taken with fsync off would flatter every write.
 */
public final class PlatformUnderTest implements AutoCloseable {

    private final EmbeddedPostgresServer postgres;
    private final Path temporaryData;
    private final EmbeddedKafkaServer kafka;
    private final ConfigurableApplicationContext context;
    private final Duration bootTime;
    private final byte[] masterKey;

    private PlatformUnderTest(EmbeddedPostgresServer postgres, Path temporaryData, EmbeddedKafkaServer kafka,
                              ConfigurableApplicationContext context, Duration bootTime, byte[] masterKey) {
        this.postgres = postgres;
        this.temporaryData = temporaryData;
        this.kafka = kafka;
        this.context = context;
        this.bootTime = bootTime;
        this.masterKey = masterKey;
    }

    /** Boots the platform with {@code extraSources} (controllers that exist only in the benchmark) added. */
    public static PlatformUnderTest start(Class<?>... extraSources) {
        return start(null, extraSources);
    }

    /**
     * As {@link #start(Class[])}, on a PostgreSQL whose data stays in {@code dataDirectory} (a fresh temporary one
     * when {@code null}), so that a large organisation is loaded once and measured again after a change.
     */
    public static PlatformUnderTest start(Path dataDirectory, Class<?>... extraSources) {
        long started = System.nanoTime();
        Path temporaryData = dataDirectory == null ? temporaryDirectory() : null;
        Map<String, String> settings = new HashMap<>(PostgresSettings.asked());
        if (PostgresStatements.asked()) {
            settings.putAll(PostgresStatements.SETTINGS);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(
                dataDirectory == null ? temporaryData : dataDirectory, freePort(), EmbeddedPostgresServer.LOOPBACK, true,
                settings);
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.temporary();
        byte[] key = masterKey(dataDirectory);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--talent.privacy.master-key=" + Base64.getEncoder().encodeToString(key),
                "--talent.privacy.master-key-file=",
                "--logging.level.root=WARN",
                "--logging.level.io.talentplatform.command.contract.ContractPolicies=WARN"));
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = StandaloneApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        ConfigurableApplicationContext context = new SpringApplication(sources).run(args.toArray(String[]::new));
        if (PostgresStatements.asked()) {
            PostgresStatements.install(context.getBean(JdbcClient.class));
        }
        return new PlatformUnderTest(postgres, temporaryData, kafka, context,
                Duration.ofNanos(System.nanoTime() - started), key);
    }

    /**
     * A throwaway master key; with a kept data directory it is kept beside it, since every person's key in that
     * database is wrapped with it.
     */
    private static byte[] masterKey(Path dataDirectory) {
        try {
            Path file = dataDirectory == null ? null
                    : dataDirectory.resolveSibling(dataDirectory.getFileName() + ".master-key");
            if (file != null && Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            if (file != null) {
                Files.write(file, key);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port free at the moment of asking, for a server about to start on loopback. */
    public static int freePort() {
        return LoopbackPorts.unused();
    }

    /** The platform's beans. */
    public BeanFactory beans() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /**
     * What another service needs to join this platform as one more process: the same database, broker and master
     * key (as command-line properties).
     */
    public Map<String, String> joiningProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("talent.privacy.master-key", Base64.getEncoder().encodeToString(masterKey));
        return properties;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** A bearer token from the platform's development token endpoint, for a subject in one role. */
    public String devToken(String subject, String role) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/api/v1/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"sub\":\"" + subject + "\",\"roles\":[\"" + role + "\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no dev token: HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for a dev token", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public Duration bootTime() {
        return bootTime;
    }

    @Override
    public void close() {
        context.close();
        kafka.close();
        postgres.close();
        if (temporaryData != null) {
            deleteRecursively(temporaryData);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("talent-bench-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path directory) {
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
