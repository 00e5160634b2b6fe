package io.talentplatform.bench.faults;

import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.command.CommandServiceApplication;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.query.QueryServiceApplication;
import io.talentplatform.testkit.jvm.ChildJvm;
import io.talentplatform.testkit.jvm.ChildKafkaBroker;
import io.talentplatform.testkit.jvm.ProjectionsChild;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production shape on one machine, with every part a fault can strike in a process of its own or restartable:
 * PostgreSQL (durable, restarted on its data directory and port), the broker in a child JVM (killed and started
 * again where its clients look for it), the command and query services in this JVM, and the projections service in
 * a child JVM that is killed with SIGKILL, as a machine dies, and started again.
 *
 * <p>Everything listens on loopback; the services trust the tokens of the tests' own mint.
 */
final class Topology implements AutoCloseable {

    private final Path directory;
    private final int postgresPort;
    private EmbeddedPostgresServer postgres;
    private final ChildKafkaBroker broker;
    private final Map<String, Object> properties;
    private final JdbcClient jdbc;
    private final int projectionsPort;
    private Process projections;
    private ConfigurableApplicationContext commands;
    private ConfigurableApplicationContext queries;

    private Topology(Path directory, int postgresPort, EmbeddedPostgresServer postgres, ChildKafkaBroker broker,
                     Map<String, Object> properties) {
        this.directory = directory;
        this.postgresPort = postgresPort;
        this.postgres = postgres;
        this.broker = broker;
        this.properties = properties;
        this.jdbc = JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), ""));
        this.projectionsPort = PlatformUnderTest.freePort();
    }

    /** PostgreSQL and the broker; the services start with {@link #startServices()}. */
    static Topology start(Path directory) {
        int postgresPort = PlatformUnderTest.freePort();
        EmbeddedPostgresServer postgres = startPostgres(directory, postgresPort);
        ChildKafkaBroker broker = ChildKafkaBroker.startIn(directory.resolve("kafka"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                "file:" + publicKey(directory));
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        properties.put("talent.privacy.master-key", Base64.getEncoder().encodeToString(masterKey));
        properties.put("server.address", "127.0.0.1");
        properties.put("logging.level.root", "WARN");
        return new Topology(directory, postgresPort, postgres, broker, properties);
    }

    /** The projections service first (its migrations make the tables the query service reads), then the others. */
    void startServices() {
        startProjections();
        awaitProjections(Duration.ofMinutes(3));
        commands = service(CommandServiceApplication.class, "command-service");
        queries = service(QueryServiceApplication.class, "query-service");
    }

    private ConfigurableApplicationContext service(Class<?> application, String configName) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(application).properties("spring.config.name=" + configName)
                .run(arguments.toArray(String[]::new));
    }

    /** Starts a projections service in a child JVM; it takes over the segments once the killed one's claims end. */
    void startProjections() {
        if (projections != null && projections.isAlive()) {
            throw new IllegalStateException("a projections process is running already");
        }
        List<String> command = ChildJvm.command(ProjectionsChild.class.getName(), "-Xmx768m");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--server.port=" + projectionsPort);
        Path log = directory.resolve("projections.log");
        try {
            projections = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the projections service", e);
        }
    }

    /** Until the projections service answers its admin API. */
    void awaitProjections(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!projections.isAlive()) {
                throw new IllegalStateException("the projections service exited\n"
                        + ChildJvm.tail(directory.resolve("projections.log")));
            }
            try {
                if (projectionsAdmin().get("/api/v1/admin/projections").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("the projections service did not answer within " + timeout);
    }

    /** SIGKILL: no shutdown hook, no released claim, as when its machine dies. */
    void killProjections() {
        projections.destroyForcibly();
        try {
            if (!projections.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the projections service did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean projectionsAlive() {
        return projections != null && projections.isAlive();
    }

    /** Kill -9 of the broker. */
    void killBroker() {
        broker.kill();
    }

    /** The broker again on its ports and log directory; returns once it answers a client. */
    void startBroker() {
        broker.start();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** PostgreSQL stopped (its fast shutdown: open transactions rolled back, connections cut). */
    void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    /** PostgreSQL again on its data directory and port: the services' pools reconnect to it. */
    void startPostgres() {
        postgres = startPostgres(directory, postgresPort);
    }

    private static EmbeddedPostgresServer startPostgres(Path directory, int port) {
        return EmbeddedPostgresServer.persistent(directory.resolve("postgres"), port, EmbeddedPostgresServer.LOOPBACK,
                true);
    }

    /** A connection of the benchmark's own, outside the services' pools. */
    JdbcClient jdbc() {
        return jdbc;
    }

    int commandPort() {
        return port(commands);
    }

    int queryPort() {
        return port(queries);
    }

    ConfigurableApplicationContext commandService() {
        return commands;
    }

    Http commandsAs(String subject, String role) {
        return Http.at(commandPort()).as(subject, role);
    }

    Http projectionsAdmin() {
        return Http.at(projectionsPort).as("HR-1", "HR");
    }

    private static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Override
    public void close() {
        if (projections != null) {
            projections.destroy();
        }
        for (ConfigurableApplicationContext service : new ConfigurableApplicationContext[] {queries, commands}) {
            if (service != null) {
                service.close();
            }
        }
        if (projections != null) {
            try {
                if (!projections.waitFor(30, TimeUnit.SECONDS)) {
                    projections.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                projections.destroyForcibly();
            }
        }
        broker.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The tests' token mint's public key, which the services verify bearer tokens with. */
    private static Path publicKey(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("jwt-public-key.pem");
            Files.writeString(file, TestInfrastructure.tokens().publicKeyPem());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
