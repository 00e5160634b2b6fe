package io.talentplatform.standalone;

import io.talentplatform.testkit.jvm.ChildJvm;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the standalone build as a service manager or Ctrl-C does (SIGTERM) stops the platform before the embedded
 * database and broker it needs: its processors release their segments and it leaves {@code projection_node}, so a
 * build started in its place on the same data claims every segment at once, not after the claim timeout. The build
 * runs in a JVM of its own, from its {@code main}, with its data in a temporary directory.
 */
class StandaloneShutdownTest {

    @TempDir
    Path directory;

    @Test
    void aStoppedStandaloneLetsGoOfItsSegmentsBeforeItsDatabaseStops() throws Exception {
        int port = freePort();
        Path log = directory.resolve("standalone.log");
        List<String> command = ChildJvm.command(StandaloneApplication.class.getName(), "-Xmx768m",
                "-XX:TieredStopAtLevel=1");
        command.add("--server.port=0");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TALENT_DATA_DIR", directory.resolve("data").toString());
        builder.environment().put("TALENT_POSTGRES_EMBEDDED_PORT", Integer.toString(port));
        builder.environment().put("TALENT_KAFKA_EMBEDDED_PORT", Integer.toString(freePort()));
        Process standalone = builder.start();
        try {
            JdbcClient running = JdbcClient.create(new DriverManagerDataSource(
                    "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres"));
            await("every segment claimed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().untilAsserted(() -> {
                        assertThat(standalone.isAlive()).as(ChildJvm.tail(log)).isTrue();
                        assertThat(count(running, "SELECT count(*) FROM tokenentry")).isPositive();
                        assertThat(count(running, "SELECT count(*) FROM tokenentry WHERE owner IS NULL")).isZero();
                        assertThat(count(running, "SELECT count(*) FROM projection_node")).isOne();
                    });

            standalone.destroy();
            assertThat(standalone.waitFor(90, TimeUnit.SECONDS)).as(ChildJvm.tail(log)).isTrue();
        } finally {
            standalone.destroyForcibly();
        }

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(
                directory.resolve("data").resolve("postgres"), port)) {
            JdbcClient stopped = JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl()));
            assertThat(count(stopped, "SELECT count(*) FROM tokenentry")).isPositive();
            assertThat(stopped.sql("SELECT processorname || '/' || segment || ' ' || owner FROM tokenentry "
                            + "WHERE owner IS NOT NULL").query(String.class).list())
                    .as("segments still claimed; %s", ChildJvm.tail(log)).isEmpty();
            assertThat(count(stopped, "SELECT count(*) FROM projection_node"))
                    .as("nodes still live; %s", ChildJvm.tail(log)).isZero();
        }
        assertThat(Files.readString(log)).doesNotContain("Failed to obtain JDBC Connection");
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static int freePort() {
        return LoopbackPorts.unused();
    }
}
