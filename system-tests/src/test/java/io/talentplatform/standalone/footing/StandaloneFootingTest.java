package io.talentplatform.standalone.footing;

import io.talentplatform.platform.embedded.LoopbackPorts;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.testkit.jvm.ChildJvm;
import io.talentplatform.standalone.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The standalone build as a newcomer starts it ({@code main}, in a JVM of its own, data in a temporary directory):
 * its database keeps data durably, it listens on loopback only unless told otherwise, its broker answers on the port
 * {@code TALENT_KAFKA_EMBEDDED_PORT} names, and a start it cannot make safely stops with a sentence, touching nothing.
 * Every request goes to loopback; listening addresses are read from the kernel's socket tables.
 */
class StandaloneFootingTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void byDefaultItKeepsItsDataDurablyListensOnLoopbackOnlyAndServesTheBrokerOnTheConfiguredPort() throws Exception {
        Ports ports = Ports.free();
        Process standalone = start(ports, Map.of());
        try {
            awaitUp(standalone, ports);

            JdbcClient database = JdbcClient.create(new DriverManagerDataSource(
                    "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres?user=postgres"));
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(database.sql("SHOW " + setting).query(String.class).single()).as(setting).isEqualTo("on");
            }
            for (int port : List.of(ports.http(), ports.postgres(), ports.kafka())) {
                assertThat(ListeningSockets.on(port)).as("listening on port %d", port).isNotEmpty()
                        .allMatch(InetAddress::isLoopbackAddress);
            }

            String person = "E-footing";
            String hr = token(ports, "HR-1", "HR");
            String ada = token(ports, person, "EMPLOYEE");
            assertThat(post(ports, "/api/v1/employees", hr, """
                    {"employeeId":"%s","displayName":"Ada","jobTitle":"Engineer","level":"L5",
                     "function":"Engineering"}""".formatted(person)).statusCode()).isEqualTo(201);
            assertThat(send(ports, "PUT", "/api/v1/employees/" + person + "/consent", ada, """
                    {"marketplaceVisible":true,"successionDiscoverable":true,"share":["CAPABILITIES"]}""")
                    .statusCode()).isEqualTo(200);
            await("the capability on talent.events.v1 at 127.0.0.1:" + ports.kafka()).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() ->
                            assertThat(TopicReader.readAll("127.0.0.1:" + ports.kafka(), "talent.events.v1"))
                                    .anyMatch(record -> person.equals(record.key())));
        } finally {
            stop(standalone);
        }
    }

    @Test
    void exposedItListensWhereItIsToldAndTheDevEndpointsAreOff() throws Exception {
        Ports ports = Ports.free();
        Process standalone = start(ports, Map.of("TALENT_BIND_ADDRESS", "0.0.0.0"));
        try {
            awaitUp(standalone, ports);

            for (int port : List.of(ports.http(), ports.postgres(), ports.kafka())) {
                assertThat(ListeningSockets.on(port)).as("listening on port %d", port).isNotEmpty()
                        .allMatch(InetAddress::isAnyLocalAddress);
            }
            HttpResponse<String> mint = post(ports, "/api/v1/dev/tokens", null,
                    "{\"sub\":\"HR-1\",\"roles\":[\"HR\"]}");
            assertThat(mint.statusCode()).as(mint.body()).isEqualTo(404);
            assertThat(Files.readString(log())).contains("not only on this machine's loopback");
        } finally {
            stop(standalone);
        }
    }

    @Test
    void aDatabaseOfAnOlderPostgresIsRefusedWithTheWayForwardAndLeftAsItWas() throws Exception {
        Path old = directory.resolve("data").resolve("postgres");
        Files.createDirectories(old.resolve("base").resolve("1"));
        Files.writeString(old.resolve("PG_VERSION"), "14\n");
        Files.writeString(old.resolve("base").resolve("1").resolve("16384"), "eight years of career conversations");
        Map<String, String> before = contents(old);

        Process standalone = start(Ports.free(), Map.of());

        assertThat(standalone.waitFor(60, TimeUnit.SECONDS)).as(ChildJvm.tail(log())).isTrue();
        assertThat(standalone.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log())).contains("written by PostgreSQL 14").contains("docs/upgrading.md")
                .contains("no file was changed");
        assertThat(contents(old)).isEqualTo(before);
    }

    @Test
    void databaseOnlyStartsThePostgresOfThisBuildAndNothingElse() throws Exception {
        Ports ports = Ports.free();
        Process standalone = start(ports, Map.of("TALENT_DATABASE_ONLY", "true"));
        try {
            JdbcClient database = JdbcClient.create(new DriverManagerDataSource(
                    "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres?user=postgres"));
            await("the database up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().untilAsserted(() -> assertThat(database.sql("SHOW server_version_num")
                            .query(String.class).single()).startsWith("17"));

            assertThat(database.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
                    .query(Long.class).single()).as("tables made by a platform that never started").isZero();
            assertThat(ListeningSockets.on(ports.http())).isEmpty();
            assertThat(ListeningSockets.on(ports.kafka())).isEmpty();
        } finally {
            stop(standalone);
        }
    }

    @Test
    void aTakenBrokerPortStopsTheStartWithASentenceThatNamesTheSetting() throws Exception {
        Ports ports = Ports.free();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.kafka()));

            Process standalone = start(ports, Map.of());

            assertThat(standalone.waitFor(60, TimeUnit.SECONDS)).as(ChildJvm.tail(log())).isTrue();
            assertThat(standalone.exitValue()).isEqualTo(2);
            assertThat(Files.readString(log())).contains("port is in use").contains("TALENT_KAFKA_EMBEDDED_PORT");
        }
    }

    private record Ports(int http, int postgres, int kafka) {

        static Ports free() {
            int[] ports = LoopbackPorts.unused(3);
            return new Ports(ports[0], ports[1], ports[2]);
        }
    }

    private Process start(Ports ports, Map<String, String> environment) throws IOException {
        List<String> command = ChildJvm.command(StandaloneApplication.class.getName(), "-Xmx768m",
                "-XX:TieredStopAtLevel=1");
        command.add("--server.port=" + ports.http());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("TALENT_DATA_DIR", directory.resolve("data").toString());
        builder.environment().put("TALENT_POSTGRES_EMBEDDED_PORT", Integer.toString(ports.postgres()));
        builder.environment().put("TALENT_KAFKA_EMBEDDED_PORT", Integer.toString(ports.kafka()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitUp(Process standalone, Ports ports) {
        await("the standalone build up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().untilAsserted(() -> {
                    assertThat(standalone.isAlive()).as(ChildJvm.tail(log())).isTrue();
                    HttpResponse<String> health = send(ports, "GET", "/actuator/health", null, null);
                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(health.body()).contains("\"UP\"");
                });
    }

    private void stop(Process standalone) throws InterruptedException {
        standalone.destroy();
        if (!standalone.waitFor(60, TimeUnit.SECONDS)) {
            standalone.destroyForcibly();
        }
    }

    private Path log() {
        return directory.resolve("standalone.log");
    }

    private static String token(Ports ports, String subject, String role) {
        HttpResponse<String> answer = post(ports, "/api/v1/dev/tokens", null,
                "{\"sub\":\"%s\",\"roles\":[\"%s\"]}".formatted(subject, role));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("token").asString();
    }

    private static HttpResponse<String> post(Ports ports, String path, String token, String json) {
        return send(ports, "POST", path, token, json);
    }

    private static HttpResponse<String> send(Ports ports, String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.http() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file under a directory, with its bytes and modification time. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(),
                        Files.readString(file) + " @" + Files.getLastModifiedTime(file));
            }
        }
        return contents;
    }
}
