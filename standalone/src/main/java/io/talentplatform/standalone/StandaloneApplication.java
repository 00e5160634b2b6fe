package io.talentplatform.standalone;

import io.talentplatform.platform.embedded.EmbeddedKafkaServer;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import io.talentplatform.platform.embedded.IncompatibleDataDirectory;
import io.talentplatform.standalone.backup.BaseBackup;
import io.talentplatform.standalone.backup.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The whole platform in one JVM on port 8080: the pages, the command service, the projections and the query service,
 * with an embedded PostgreSQL (data kept in {@code ./data/postgres}) and an embedded KRaft broker (its log in
 * {@code ./data/kafka}) unless {@code SPRING_DATASOURCE_URL} or {@code TALENT_KAFKA_BOOTSTRAP_SERVERS} point at real
 * ones. Everything listens on loopback unless {@code TALENT_BIND_ADDRESS} says otherwise ({@link StartSettings}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"io.talentplatform.command", "io.talentplatform.projections",
        "io.talentplatform.query", "io.talentplatform.web", "io.talentplatform.standalone"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class))
public class StandaloneApplication {

    private static final Logger log = LoggerFactory.getLogger(StandaloneApplication.class);

    public static void main(String[] args) throws InterruptedException {
        // One shutdown hook, in order: the platform first (processors release their tokens, publishers finish their
        // batch), then the broker and the database it needs for that. Separate hooks run all at once, and the
        // database was gone before the processors had let go of their segments.
        Deque<AutoCloseable> stopInOrder = new ConcurrentLinkedDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(stopInOrder), "talent-platform-stop"));
        try {
            start(args, stopInOrder);
        } catch (IncompatibleDataDirectory | StartRefused refused) {
            // A sentence the person starting the platform can act on, not a stack trace.
            log.error(refused.getMessage());
            System.exit(2);
        } catch (RuntimeException | Error failed) {
            // Stopped here, while every class can still be loaded: a failed start leaves no database or broker
            // running behind it (in a shutdown hook, after main has failed, the jar's class loader may be closed).
            stopAll(stopInOrder);
            throw failed;
        }
    }

    private static void start(String[] args, Deque<AutoCloseable> stopInOrder) throws InterruptedException {
        StartSettings settings = StartSettings.from(args, System.getenv());
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (settings.exposed()) {
            log.warn("Listening on {}, not only on this machine's loopback (talent.bind-address): anyone who can reach "
                    + "it can reach the platform's API, its broker and its database. The dev endpoints are off "
                    + "unless talent.dev.enabled-when-exposed=true.", settings.bindAddress());
        }
        boolean embeddedPostgres = settings.databaseOnly()
                || !configured("SPRING_DATASOURCE_URL", "spring.datasource.url", args);
        if (settings.backupTo().isPresent()) {
            backUp(settings, embeddedPostgres, settings.backupTo().get());
            return;
        }
        if (!embeddedPostgres && (settings.walArchive().isPresent() || settings.restoreFrom().isPresent())) {
            throw new StartRefused("talent.backup.wal-archive and talent.restore.from are for the embedded "
                    + "database; with SPRING_DATASOURCE_URL set, back up and restore your PostgreSQL with its own "
                    + "tools (docs/operations.md).");
        }
        if (settings.restoreUntil().isPresent() && settings.restoreFrom().isEmpty()) {
            throw new StartRefused("talent.restore.until needs talent.restore.from: the base backup to start from.");
        }
        if (settings.restoreFrom().isPresent() && settings.walArchive().isEmpty()) {
            throw new StartRefused("talent.restore.from needs talent.backup.wal-archive: the archive that holds "
                    + "every change since the backup.");
        }
        boolean embeddedKafka = !settings.databaseOnly()
                && !configured("TALENT_KAFKA_BOOTSTRAP_SERVERS", "spring.kafka.bootstrap-servers", args);
        // Both ports are checked before either server starts, so a taken one fails the start at once.
        if (embeddedPostgres) {
            ensureFree("PostgreSQL", settings.bindAddress(), settings.postgresPort(), "TALENT_POSTGRES_EMBEDDED_PORT");
        }
        if (embeddedKafka) {
            ensureFree("The Kafka broker", settings.bindAddress(), settings.kafkaPort(), "TALENT_KAFKA_EMBEDDED_PORT");
        }
        if (embeddedPostgres) {
            Path dataDirectory = settings.dataDirectory().resolve("postgres");
            Map<String, String> postgresSettings = Map.of();
            if (settings.restoreFrom().isPresent()) {
                try {
                    Restore.prepare(settings.restoreFrom().get(), dataDirectory);
                } catch (IllegalStateException refused) {
                    throw new StartRefused(refused.getMessage());
                }
                postgresSettings = settings.walArchive().get().recovery(settings.restoreUntil());
                log.info("Restoring {} into {}, replaying {} up to {}", settings.restoreFrom().get(), dataDirectory,
                        settings.walArchive().get().directory(), settings.restoreUntil()
                                .map(Object::toString).orElse("the last archived change"));
            } else if (settings.walArchive().isPresent()) {
                postgresSettings = settings.walArchive().get().ensureExists().archiving();
            }
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(dataDirectory,
                    settings.postgresPort(), settings.bindAddress(), false, postgresSettings);
            stopInOrder.push(postgres);
            log.info("Embedded PostgreSQL {} on {}:{} with its data in {}", EmbeddedPostgresServer.MAJOR_VERSION,
                    settings.bindAddress(), postgres.port(), dataDirectory);
            if (settings.databaseOnly()) {
                log.info("Database only (talent.database-only): the platform is not started. Connect as user "
                        + "postgres to database postgres, e.g. for a restore (docs/upgrading.md); stop with Ctrl-C.");
                Thread.currentThread().join();
            }
            arguments.add("--spring.datasource.url=" + postgres.jdbcUrl());
            arguments.add("--spring.datasource.username=" + postgres.username());
            arguments.add("--spring.datasource.password=");
        }
        if (embeddedKafka) {
            EmbeddedKafkaServer kafka = EmbeddedKafkaServer.persistent(settings.dataDirectory().resolve("kafka"),
                    settings.bindAddress(), settings.kafkaPort(), settings.kafkaAdvertisedHost());
            stopInOrder.push(kafka);
            log.info("Embedded Kafka broker at {}", kafka.bootstrapServers());
            arguments.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
        }
        arguments.add("--talent.bind-address=" + settings.bindAddress());
        SpringApplication application = new SpringApplication(StandaloneApplication.class);
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext platform = application.run(arguments.toArray(String[]::new));
        stopInOrder.push(platform);
        String host = settings.exposed() ? settings.bindAddress() : "localhost";
        log.info("The platform is up: open http://{}:{}/ for the pages (the API is under /api/v1, Swagger UI at "
                + "/swagger-ui.html)", host, platform.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Takes a base backup of the database of the build running on this data directory, and stops: an operator's cron
     * runs this beside the platform.
     */
    private static void backUp(StartSettings settings, boolean embeddedPostgres, Path target) {
        if (!embeddedPostgres) {
            throw new StartRefused("talent.backup.to backs up the embedded database; with SPRING_DATASOURCE_URL "
                    + "set, back up your PostgreSQL with its own tools (docs/operations.md).");
        }
        String host = settings.reachableAddress();
        String url = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + settings.postgresPort() + "/postgres?user=postgres";
        try {
            BaseBackup.Taken taken = BaseBackup.take(url, target);
            log.info("Base backup in {}: restorable to any moment from {} on, with the WAL archive (its segments "
                    + "before the backup's start, {}, are no longer needed by it)", taken.directory(),
                    taken.finished(), taken.startLsn());
        } catch (IllegalStateException | IllegalArgumentException failed) {
            throw new StartRefused(failed.getMessage());
        }
    }

    /** Fails the start with a sentence that names the setting, instead of a bind error deep in a server's log. */
    private static void ensureFree(String what, String address, int port, String setting) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StartRefused(what + " cannot listen on " + address + ":" + port
                    + ": the port is in use. Stop what holds it, or set " + setting + " to a free port.");
        }
    }

    /** A start that cannot go on, for a reason the person starting it can fix. */
    static final class StartRefused extends IllegalStateException {
        StartRefused(String message) {
            super(message);
        }
    }

    private static void stopAll(Deque<AutoCloseable> stopInOrder) {
        while (!stopInOrder.isEmpty()) {
            try {
                stopInOrder.pop().close();
            } catch (Exception | LinkageError e) {
                log.warn("could not stop cleanly: {}", e.toString());
            }
        }
    }

    private static boolean configured(String environmentVariable, String property, String[] args) {
        return System.getenv(environmentVariable) != null || System.getProperty(property) != null
                || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + property + "="));
    }
}
