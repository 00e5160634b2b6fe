package io.talentplatform.standalone;

import io.talentplatform.platform.embedded.EmbeddedKafkaServer;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The whole platform in one JVM on port 8080: the command service, the projections and the query service, with an
 * embedded PostgreSQL (data kept in {@code ./data/postgres}) and an embedded KRaft broker unless
 * {@code SPRING_DATASOURCE_URL} or {@code TALENT_KAFKA_BOOTSTRAP_SERVERS} point at real ones.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"io.talentplatform.command", "io.talentplatform.projections",
        "io.talentplatform.query", "io.talentplatform.standalone"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class))
public class StandaloneApplication {

    private static final Logger log = LoggerFactory.getLogger(StandaloneApplication.class);

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        // One shutdown hook, in order: the platform first (processors release their tokens, publishers finish their
        // batch), then the broker and the database it needs for that. Separate hooks run all at once, and the
        // database was gone before the processors had let go of their segments.
        Deque<AutoCloseable> stopInOrder = new ConcurrentLinkedDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(stopInOrder), "talent-platform-stop"));
        if (!configured("SPRING_DATASOURCE_URL", "spring.datasource.url", args)) {
            Path dataDirectory = Path.of(setting("TALENT_DATA_DIR", "data")).toAbsolutePath().resolve("postgres");
            int port = Integer.parseInt(setting("TALENT_POSTGRES_EMBEDDED_PORT", "54329"));
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistentUntilClosed(dataDirectory, port);
            stopInOrder.push(postgres);
            log.info("Embedded PostgreSQL on port {} with its data in {}", postgres.port(), dataDirectory);
            arguments.add("--spring.datasource.url=" + postgres.jdbcUrl());
            arguments.add("--spring.datasource.username=" + postgres.username());
            arguments.add("--spring.datasource.password=");
        }
        if (!configured("TALENT_KAFKA_BOOTSTRAP_SERVERS", "spring.kafka.bootstrap-servers", args)) {
            EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start();
            stopInOrder.push(kafka);
            log.info("Embedded Kafka broker at {}", kafka.bootstrapServers());
            arguments.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
        }
        SpringApplication application = new SpringApplication(StandaloneApplication.class);
        application.setRegisterShutdownHook(false);
        stopInOrder.push(application.run(arguments.toArray(String[]::new)));
    }

    private static void stopAll(Deque<AutoCloseable> stopInOrder) {
        while (!stopInOrder.isEmpty()) {
            try {
                stopInOrder.pop().close();
            } catch (Exception e) {
                log.warn("could not stop cleanly: {}", e.toString());
            }
        }
    }

    private static boolean configured(String environmentVariable, String property, String[] args) {
        return System.getenv(environmentVariable) != null || System.getProperty(property) != null
                || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + property + "="));
    }

    private static String setting(String environmentVariable, String fallback) {
        String value = System.getenv(environmentVariable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
