package io.talentplatform.standalone.operations;

import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.embedded.EmbeddedPostgresServer;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.testing.ReadModelDigests;
import io.talentplatform.standalone.StandaloneApplication;
import io.talentplatform.standalone.backup.BaseBackup;
import io.talentplatform.testkit.jvm.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * docs/operations.md's backup and restore, as an operator runs them on the standalone build: it runs with a WAL
 * archive; while it takes commands a base backup is taken beside it; more commands follow, then a disaster. A new
 * data directory restored from the backup and the archive to a moment between two teams' registrations holds exactly
 * the events committed before that moment, personal data readable with the master key kept apart, and its read models
 * rebuilt from the restored log equal the ones restored with it.
 */
class BackupRestoreTest {

    @TempDir
    Path directory;

    @Test
    void aBaseBackupAndTheArchiveRestoreTheLogToAChosenMomentAndTheReadModelsRebuildFromIt() throws Exception {
        Path archive = directory.resolve("wal-archive");
        Path publicKey = directory.resolve("jwt.pem");
        Files.writeString(publicKey, TestInfrastructure.tokens().publicKeyPem());
        Ports ports = new Ports(freePort(), freePort(), freePort());
        Map<String, String> environment = Map.of("TALENT_BACKUP_WAL_ARCHIVE", archive.toString());

        TestTeam before;
        TestTeam between;
        TestTeam after;
        Instant until;
        long[] earliest;
        long[] latest;
        Process running = start("original", directory.resolve("data"), ports, publicKey, environment);
        try {
            awaitUp(running, ports, "original");
            before = TestTeam.register(ports.http());
            before.heldConversation();

            Process backup = standalone("backup", directory.resolve("data"), ports, publicKey, environment,
                    "--talent.backup.to=" + directory.resolve("base-1"));
            assertThat(backup.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(backup.exitValue()).as(ChildJvm.tail(log("backup"))).isZero();
            assertThat(directory.resolve("base-1/backup.properties")).content().contains("stop-lsn=");
            assertThat(directory.resolve("base-1/data/backup_label")).exists();
            assertThat(directory.resolve("base-1/data/postmaster.pid")).doesNotExist();

            between = TestTeam.register(ports.http());
            between.openContract();
            Thread.sleep(300);
            // The policies may still react to the teams' events: what the moment holds lies between two counts.
            JdbcClient original = database(ports);
            earliest = new long[]{countOf(original, before), countOf(original, between)};
            until = Instant.now();
            latest = new long[]{countOf(original, before), countOf(original, between)};
            Thread.sleep(300);
            after = TestTeam.register(ports.http());

            // The operator's disaster strikes once the last segment with the later team is archived.
            String segment = original.sql("SELECT pg_walfile_name(pg_switch_wal())").query(String.class).single();
            await("the last segment archived").atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(
                    original.sql("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")
                            .query(String.class).single()).isGreaterThanOrEqualTo(segment));
            assertThat(countOf(original, after)).isPositive();
        } finally {
            stop(running);
        }

        // Restored elsewhere: the master key comes from where the operator keeps it, not from the backup.
        Path restored = directory.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(directory.resolve("data/master.key"), restored.resolve("master.key"));
        Process again = start("restored", restored, ports, publicKey, Map.of(
                "TALENT_BACKUP_WAL_ARCHIVE", archive.toString(),
                "TALENT_RESTORE_FROM", directory.resolve("base-1").toString(),
                "TALENT_RESTORE_UNTIL", until.toString()));
        try {
            awaitUp(again, ports, "restored");
            JdbcClient database = database(ports);
            assertThat(countOf(database, before)).as("registered before the backup")
                    .isPositive().isBetween(earliest[0], latest[0]);
            assertThat(countOf(database, between)).as("registered after the backup, before the moment")
                    .isPositive().isBetween(earliest[1], latest[1]);
            assertThat(countOf(database, after)).as("registered after the moment").isZero();
            assertThat(database.sql("SELECT substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8)")
                    .query(String.class).single())
                    .as("a restored database continues on a timeline of its own").isNotEqualTo("00000001");

            Http hr = Http.at(ports.http()).as("HR-1", "HR");
            // The read models were restored as they stood at the moment, perhaps a little behind the log: they
            // catch up from there.
            Answer contract = await("the restored contract read").atMost(Duration.ofMinutes(1))
                    .until(() -> between.asEmployee().get("/api/v1/employees/" + between.employee() + "/contract"),
                            answer -> answer.status() == 200);
            assertThat(contract.body()).as("sealed text, opened with the master key kept apart")
                    .contains("lead cross-team initiatives");
            Answer unknown = after.asEmployee().get("/api/v1/employees/" + after.employee() + "/career-capital");
            assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);

            // It takes commands again, and a new team's events follow the restored ones.
            TestTeam afterRestore = TestTeam.register(ports.http());
            afterRestore.openContract();

            Map<String, String> restoredRows = quietDigests(hr, database);
            for (String readModel : ReadModel.processors()) {
                Answer asked = hr.post("/api/v1/admin/projections/" + readModel + "/rebuild", null);
                assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
            }
            await("every read model rebuilt").atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                for (JsonNode processor : hr.get("/api/v1/admin/projections").json().get("processors")) {
                    if (processor.get("kind").asString().equals("READ_MODEL")) {
                        assertThat(processor.get("rebuild").get("state").asString()).as(processor.toString())
                                .isEqualTo("RESET");
                        assertThat(processor.get("rebuild").get("percent").asDouble()).isEqualTo(100.0);
                        assertThat(processor.get("rebuilding").asBoolean()).isFalse();
                    }
                }
            });
            assertThat(quietDigests(hr, database)).as("the read models rebuilt from the restored log")
                    .isEqualTo(restoredRows);
        } finally {
            stop(again);
        }
        assertThat(Files.readString(log("restored"))).contains("Restoring");
    }

    @Test
    void aRestoreNeverOverwritesADatabaseAndABackupNeedsTheArchive() throws Exception {
        Path publicKey = directory.resolve("jwt.pem");
        Files.writeString(publicKey, TestInfrastructure.tokens().publicKeyPem());
        Ports ports = new Ports(freePort(), freePort(), freePort());
        Path data = directory.resolve("data");
        Files.createDirectories(data.resolve("postgres"));
        Files.writeString(data.resolve("postgres/PG_VERSION"), "17\n");
        Path notABackup = Files.createDirectories(directory.resolve("base-0/data"));

        Process restore = standalone("refused-restore", data, ports, publicKey, Map.of(
                "TALENT_BACKUP_WAL_ARCHIVE", directory.resolve("wal").toString(),
                "TALENT_RESTORE_FROM", notABackup.getParent().toString()));
        assertThat(restore.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(restore.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log("refused-restore"))).contains("is not a finished base backup");

        Files.writeString(notABackup.resolve("backup_label"), "START WAL LOCATION: 0/2000028\n");
        Files.writeString(notABackup.getParent().resolve("backup.properties"), "stop-lsn=0/2000100\n");
        Process overwrite = standalone("refused-overwrite", data, ports, publicKey, Map.of(
                "TALENT_BACKUP_WAL_ARCHIVE", directory.resolve("wal").toString(),
                "TALENT_RESTORE_FROM", notABackup.getParent().toString()));
        assertThat(overwrite.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(overwrite.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log("refused-overwrite"))).contains("is not empty. A restore never overwrites");
        assertThat(data.resolve("postgres/PG_VERSION")).hasContent("17");

        Process notAMoment = standalone("refused-moment", data, ports, publicKey, Map.of(
                "TALENT_RESTORE_UNTIL", "yesterday"));
        assertThat(notAMoment.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(notAMoment.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log("refused-moment"))).contains("talent.restore.until must be a moment");

        Process untilAlone = standalone("refused-until", data, ports, publicKey, Map.of(
                "TALENT_RESTORE_UNTIL", "2026-12-07T09:30:00Z"));
        assertThat(untilAlone.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(untilAlone.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log("refused-until"))).contains("talent.restore.until needs talent.restore.from");

        // A database that does not archive its log cannot be restored from a copy: no backup is taken of it.
        try (EmbeddedPostgresServer unarchived = EmbeddedPostgresServer.temporary()) {
            Path target = directory.resolve("base-unarchived");
            assertThatThrownBy(() -> BaseBackup.take(unarchived.jdbcUrl(), target))
                    .hasMessageContaining("does not archive its write-ahead log");
            assertThat(target).doesNotExist();
        }
    }

    /** The events of a team's people: their own streams and those naming them. */
    private static long countOf(JdbcClient database, TestTeam team) {
        return database.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = ANY (?)
                           OR convert_from(payload, 'UTF8')::jsonb ->> 'employeeId' = ANY (?)""")
                .params(new String[]{team.manager(), team.employee(), team.otherManager(), team.otherEmployee()},
                        new String[]{team.employee()})
                .query(Long.class).single();
    }

    /** Every read model's rows, once every processor has caught up with a log that stopped growing. */
    private static Map<String, String> quietDigests(Http hr, JdbcClient database) {
        long[] head = {-1};
        await("the read models caught up").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    long now = database.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class)
                            .single();
                    boolean caughtUp = hr.get("/api/v1/admin/projections").json().get("processors").valueStream()
                            .filter(processor -> processor.get("kind").asString().equals("READ_MODEL"))
                            .allMatch(processor -> processor.get("lag").asLong() == 0);
                    boolean still = now == head[0];
                    head[0] = now;
                    return caughtUp && still;
                });
        return ReadModelDigests.of(database);
    }

    private Process start(String name, Path data, Ports ports, Path publicKey, Map<String, String> environment)
            throws IOException {
        return standalone(name, data, ports, publicKey, environment, "--server.port=" + ports.http());
    }

    private Process standalone(String name, Path data, Ports ports, Path publicKey, Map<String, String> environment,
                               String... arguments) throws IOException {
        List<String> command = new ArrayList<>(ChildJvm.command(StandaloneApplication.class.getName(), "-Xmx768m",
                "-XX:TieredStopAtLevel=1"));
        command.add("--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        builder.environment().put("TALENT_DATA_DIR", data.toString());
        builder.environment().put("TALENT_POSTGRES_EMBEDDED_PORT", Integer.toString(ports.postgres()));
        builder.environment().put("TALENT_KAFKA_EMBEDDED_PORT", Integer.toString(ports.kafka()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitUp(Process process, Ports ports, String name) {
        await(name + " up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(process.isAlive()).as(ChildJvm.tail(log(name))).isTrue();
                    assertThat(Http.at(ports.http()).get("/actuator/health").status()).isEqualTo(200);
                });
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static JdbcClient database(Ports ports) {
        return JdbcClient.create(new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres?user=postgres"));
    }

    private Path log(String name) {
        return directory.resolve(name + ".log");
    }

    private static int freePort() {
        return LoopbackPorts.unused();
    }

    private record Ports(int http, int postgres, int kafka) {
    }
}
