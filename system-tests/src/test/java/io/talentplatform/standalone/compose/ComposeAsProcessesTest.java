package io.talentplatform.standalone.compose;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.SeparateServices;
import io.talentplatform.testkit.jvm.ChildJvm;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docker-compose.yml's three services as the file starts them, without a container engine: each service's image
 * command (its Dockerfile's entry point, with the built jar) as a process of its own, with exactly the environment the
 * file and the image give it, interpolated from an empty shell (a first start sets nothing), in the order the file's
 * health conditions allow. The containers' names resolve to loopback: {@code postgres} to the test's PostgreSQL (with
 * the role and database the postgres service's environment creates), {@code kafka} to its broker, {@code keycloak} to
 * a stand-in serving the realm's JWK set; a named volume is a directory; and, the one addition, each process listens
 * on loopback only, where a container would listen inside its own network. A compose file that drifts from the code
 * (a setting renamed, a key nobody creates, a token claim the services do not read) fails here.
 */
class ComposeAsProcessesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOGS = Path.of("target", "compose-as-processes");
    private static final List<String> SERVICES = List.of("command-service", "projections", "query-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final Map<String, String> FOLLOWING_A_REQUEST = Map.of(
            "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
            // Environment variables name packages (Spring Boot lowercases them): the classes' packages.
            "LOGGING_LEVEL_IO_TALENTPLATFORM_COMMAND_HTTP", "DEBUG",
            "LOGGING_LEVEL_IO_TALENTPLATFORM_PROJECTIONS_PUBLISHING", "DEBUG");
    /** The names in PromQL that are metrics: the platform's own, Axon's, and those Spring Boot binds. */
    private static final Pattern METRIC = Pattern.compile(
            "\\b(?:talent_|eventProcessor_|commandBus_|eventStore_|queryBus_|http_server_|jvm_|hikaricp_|process_)"
                    + "[A-Za-z0-9_]*");

    private static final Map<String, Process> running = new LinkedHashMap<>();
    private static final Map<String, Integer> ports = new HashMap<>();
    private static final Map<String, Path> volumes = new HashMap<>();
    private static KeycloakStandIn keycloak;

    @BeforeAll
    static void startTheServicesAsComposeWould() throws IOException {
        ComposeFile compose = ComposeFile.read(ROOT.resolve("docker-compose.yml"), Map.of());
        keycloak = KeycloakStandIn.start();
        Map<String, String> network = Map.of(
                "postgres:5432", "127.0.0.1:" + TestInfrastructure.postgres().port(),
                "kafka:9092", TestInfrastructure.kafka().bootstrapServers(),
                "keycloak:8080", keycloak.address());
        createTheDatabase(compose.service("postgres").environment());
        Files.createDirectories(LOGS);
        Runtime.getRuntime().addShutdownHook(new Thread(ComposeAsProcessesTest::stopThem));
        for (String name : startOrder(compose)) {
            ComposeFile.Service service = compose.service(name);
            Dockerfile image = Dockerfile.read(ROOT.resolve(service.build()));
            Map<String, String> environment = new LinkedHashMap<>(image.environment());
            service.environment().forEach((key, value) -> environment.put(key, resolve(value, network, service)));
            environment.put("SERVER_ADDRESS", "127.0.0.1");
            // What an operator asks for to follow a request: JSON logs, and the two lines a command and a
            // publication write at DEBUG (docs/operations.md, "Following a request").
            environment.putAll(FOLLOWING_A_REQUEST);
            ProcessBuilder builder = new ProcessBuilder(image.command(ChildJvm.java()))
                    .directory(Files.createTempDirectory("compose-" + name).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOGS.resolve(name + ".log").toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            running.put(name, builder.start());
            ports.put(name, image.port());
            awaitHealthy(name, image.port());
        }
    }

    @AfterAll
    static void stopThem() {
        running.values().forEach(Process::destroy);
        running.values().forEach(process -> {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aWriteOnTheCommandServiceIsReadOnTheQueryServiceAndPublishedOnKafka() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String manager = "M-" + suffix;
        String employee = "E-" + suffix;
        Http hr = as("command-service", "HR-1", "HR");
        assertThat(hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Grace","jobTitle":"EM","level":"M1","function":"Engineering"}"""
                .formatted(manager)).status()).isEqualTo(201);
        assertThat(hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Ada","jobTitle":"Engineer","level":"L5","function":"Engineering",
                 "managerId":"%s"}""".formatted(employee, manager)).status()).isEqualTo(201);
        assertThat(as("command-service", employee, "EMPLOYEE").put("/api/v1/employees/" + employee + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}")
                .status()).isEqualTo(200);
        Catalogue.ensure(hr, "compose-mentoring");

        Answer recorded = as("command-service", manager, "MANAGER").post(
                "/api/v1/employees/" + employee + "/capabilities", SeparateServices.capability("compose-mentoring", 3));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        Answer profile = as("query-service", manager, "MANAGER")
                .get("/api/v1/employees/" + employee + "/career-capital?minPosition=" + recorded.position());
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().get("capabilities").get(0).get("capability").asString())
                .isEqualTo("compose-mentoring");
        assertThat(profile.json().get("employeeId").asString()).isEqualTo(employee);
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readKey("talent.events.v1", employee), list -> list.stream()
                        .anyMatch(record -> JSON.readTree(record.value()).get("type").asString()
                                .equals("talent.capability.evidenced.v1")));
        JsonNode event = records.stream().map(record -> JSON.readTree(record.value()))
                .filter(node -> node.get("type").asString().equals("talent.capability.evidenced.v1"))
                .findFirst().orElseThrow();
        assertThat(event.get("data").get("capability").asString()).isEqualTo("compose-mentoring");
    }

    @Test
    void oneTraceRunsFromTheHttpCommandIntoTheEventTheKafkaHeaderAndTheLogsOfBothSides() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String employee = "E-" + suffix;
        Http hr = as("command-service", "HR-1", "HR");
        assertThat(hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Ada","jobTitle":"Engineer","level":"L5","function":"Engineering"}"""
                .formatted(employee)).status()).isEqualTo(201);
        assertThat(as("command-service", employee, "EMPLOYEE").put("/api/v1/employees/" + employee + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}")
                .status()).isEqualTo(200);
        Catalogue.ensure(hr, "compose-tracing");

        String traceId = UUID.randomUUID().toString().replace("-", "");
        Answer recorded = as("command-service", employee, "EMPLOYEE")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post("/api/v1/employees/" + employee + "/capabilities", """
                        {"capability":"compose-tracing","level":2,"evidence":"traced","source":"SELF",
                         "observedOn":"2026-12-01"}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.header("X-Request-Id")).isNotBlank();

        String metadata = database().sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                        + "WHERE globalindex = ?").param(recorded.position()).query(String.class).single();
        assertThat(JSON.readTree(metadata).get("traceparent").asString()).as("the event's metadata")
                .startsWith("00-" + traceId + "-");
        ConsumerRecord<String, byte[]> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readKey("talent.events.v1", employee).stream()
                        .filter(record -> JSON.readTree(record.value()).get("type").asString()
                                .equals("talent.capability.evidenced.v1"))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(published.headers().lastHeader("traceparent")).as("the Kafka record's header").isNotNull();
        assertThat(new String(published.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-");

        for (String side : List.of("command-service", "projections")) {
            List<JsonNode> lines = await().atMost(Duration.ofSeconds(10)).until(() -> jsonLines(side).stream()
                    .filter(line -> line.toString().contains(traceId)).toList(), found -> !found.isEmpty());
            assertThat(lines).as(side + "'s log lines of the trace")
                    .anyMatch(line -> line.path("message").asString().contains(side.equals("command-service")
                            ? "RecordCapabilityEvidence handled" : "talent.capability.evidenced.v1"));
        }
        assertThat(jsonLines("command-service")).as("the request id in the command's log line")
                .anyMatch(line -> line.toString().contains(recorded.header("X-Request-Id")));
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsNameIsServed() throws IOException {
        Set<String> served = new TreeSet<>();
        for (String name : SERVICES) {
            String scrape = get(name, "/actuator/prometheus");
            assertThat(scrape).as(name + "'s /actuator/prometheus").contains("jvm_memory_used_bytes");
            scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(served::add);
        }
        Set<String> named = new TreeSet<>();
        JsonNode dashboard = JSON.readTree(Files.readString(ROOT.resolve("deploy/grafana/dashboards/talent-platform.json")));
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(target ->
                named.addAll(metricsIn(target.get("expr").asString()))));
        Map<String, Object> alerts = new org.yaml.snakeyaml.Yaml().load(
                Files.readString(ROOT.resolve("deploy/prometheus/alerts.yml")));
        for (Object group : (List<?>) alerts.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                named.addAll(metricsIn((String) ((Map<?, ?>) rule).get("expr")));
            }
        }
        assertThat(named).as("the platform's own metrics are on the dashboard").contains(
                "talent_processor_lag_events", "talent_publisher_lag_events", "talent_conversations_held_total",
                "talent_commitments_overdue", "talent_erasures_total", "eventProcessor_successCounter_total",
                "commandBus_failureCounter_total");
        assertThat(served).as("served by command-service, projections or query-service").containsAll(named);
    }

    private static Set<String> metricsIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher metric = METRIC.matcher(expression);
        while (metric.find()) {
            names.add(metric.group());
        }
        return names;
    }

    /** The service's log lines that are JSON (Spring Boot's ECS format), parsed. */
    private static List<JsonNode> jsonLines(String service) throws IOException {
        return Files.readAllLines(LOGS.resolve(service + ".log")).stream().filter(line -> line.startsWith("{"))
                .map(line -> (JsonNode) JSON.readTree(line)).toList();
    }

    private static JdbcClient database() {
        var server = TestInfrastructure.postgres();
        return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl().replace("/postgres?", "/talent?"),
                server.username(), ""));
    }

    @Test
    void theMasterKeyIsCreatedOnceInItsVolumeAndReadByEveryService() throws IOException {
        Path key = volumes.get("talent-keys").resolve("master-key");
        assertThat(key).exists();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // The services only start when it is there and the same for all: a person's data sealed by the command
        // service was read above by the projections and the query service.
        assertThat(Files.readString(key).trim()).hasSize(44);
    }

    @Test
    void noServiceIgnoresASettingTheFileGivesIt() throws IOException {
        for (String name : SERVICES) {
            String log = Files.readString(LOGS.resolve(name + ".log"));
            assertThat(log).as(name + "'s log").doesNotContain("Unknown setting").contains("Started");
        }
    }

    /**
     * The gateway (deploy/gateway/nginx.conf) routes by path prefix and, for the API, by method: each path of each
     * service's own OpenAPI document, with each of its methods, must be routed to that service by the configuration
     * as written (its locations, its method map and its upstreams).
     */
    @Test
    void theGatewayRoutesEveryPathOfEachServiceToThatService() throws IOException {
        Gateway gateway = Gateway.read(ROOT.resolve("deploy/gateway/nginx.conf"));
        int routed = 0;
        for (String name : SERVICES) {
            JsonNode paths = apiDocument(name).get("paths");
            assertThat(paths.size()).as(name + "'s paths").isPositive();
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (String method : path.getValue().propertyNames()) {
                    assertThat(gateway.route(method.toUpperCase(), path.getKey()))
                            .as(method.toUpperCase() + " " + path.getKey()).isEqualTo(name);
                    routed++;
                }
            }
        }
        assertThat(routed).isGreaterThan(90);
        assertThat(gateway.route("GET", "/team")).as("a page").isEqualTo("web");
    }

    /** What nginx.conf says about where a request goes: prefix locations, the method map, the upstreams. */
    private record Gateway(Map<String, String> locations, Map<String, String> methods, Map<String, String> upstreams) {

        static Gateway read(Path file) throws IOException {
            String conf = Files.readString(file);
            Map<String, String> locations = new HashMap<>();
            java.util.regex.Matcher location = java.util.regex.Pattern
                    .compile("location\\s+(\\S+)\\s*\\{\\s*proxy_pass\\s+http://(\\$?\\w+);").matcher(conf);
            while (location.find()) {
                locations.put(location.group(1), location.group(2));
            }
            Map<String, String> methods = new HashMap<>();
            java.util.regex.Matcher map = java.util.regex.Pattern
                    .compile("map\\s+\\$request_method\\s+\\$api\\s*\\{([^}]*)}").matcher(conf);
            assertThat(map.find()).as("the gateway's method map").isTrue();
            for (String entry : map.group(1).split(";")) {
                String[] pair = entry.trim().split("\\s+");
                if (pair.length == 2) {
                    methods.put(pair[0], pair[1]);
                }
            }
            Map<String, String> upstreams = new HashMap<>();
            java.util.regex.Matcher upstream = java.util.regex.Pattern
                    .compile("upstream\\s+(\\w+)\\s*\\{[^}]*?server\\s+([\\w-]+):\\d+").matcher(conf);
            while (upstream.find()) {
                upstreams.put(upstream.group(1), upstream.group(2));
            }
            return new Gateway(locations, methods, upstreams);
        }

        /** The compose service a request reaches: the longest matching prefix, then the method map for the API. */
        String route(String method, String path) {
            String prefix = locations.keySet().stream().filter(path::startsWith)
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            String target = locations.get(prefix);
            if (target.startsWith("$")) {
                target = methods.getOrDefault(method, methods.get("default"));
            }
            return upstreams.get(target);
        }
    }

    /**
     * docs/openapi/{service}.json is exactly what each service serves at /v3/api-docs, so that CI lints the
     * document the services publish (Spectral, .ci/run). With TALENT_WRITE_CONTRACTS=true the files are written
     * instead, after a change of the API.
     */
    @Test
    void eachServicesOpenApiDocumentIsTheOneInDocs() throws IOException {
        boolean write = "true".equals(System.getenv("TALENT_WRITE_CONTRACTS"));
        for (String name : SERVICES) {
            JsonNode served = apiDocument(name);
            assertThat(served.path("components").path("securitySchemes").has("bearer")).as(name).isTrue();
            String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
            Path committed = ROOT.resolve("docs/openapi/" + name + ".json");
            if (write) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, pretty);
            }
            assertThat(committed).as("run with TALENT_WRITE_CONTRACTS=true to write it").exists();
            assertThat(Files.readString(committed)).as(committed + " is what " + name
                    + " serves; run with TALENT_WRITE_CONTRACTS=true after a change of its API").isEqualTo(pretty);
        }
    }

    private static Http as(String service, String employeeId, String... roles) {
        return Http.at(ports.get(service)).header("Authorization", "Bearer " + keycloak.token(employeeId, roles));
    }

    /** The services in an order the file's depends_on allows (each after what it waits for). */
    private static List<String> startOrder(ComposeFile compose) {
        List<String> order = new ArrayList<>();
        while (order.size() < SERVICES.size()) {
            int before = order.size();
            for (String name : SERVICES) {
                if (!order.contains(name) && compose.service(name).dependsOn().stream()
                        .filter(SERVICES::contains).allMatch(order::contains)) {
                    order.add(name);
                }
            }
            assertThat(order.size()).as("depends_on among " + SERVICES + " has no cycle").isGreaterThan(before);
        }
        return order;
    }

    /** A value as the process sees it: container names resolved to loopback, volume paths to their directories. */
    private static String resolve(String value, Map<String, String> network, ComposeFile.Service service) {
        String resolved = value;
        for (Map.Entry<String, String> host : network.entrySet()) {
            resolved = resolved.replace("//" + host.getKey(), "//" + host.getValue())
                    .replace(host.getKey(), host.getValue());
        }
        for (ComposeFile.Mount mount : service.mounts()) {
            if (mount.namedVolume() && (resolved.equals(mount.target()) || resolved.startsWith(mount.target() + "/"))) {
                Path directory = volumes.computeIfAbsent(mount.source(), ComposeAsProcessesTest::volume);
                resolved = directory + resolved.substring(mount.target().length());
            }
        }
        return resolved;
    }

    private static Path volume(String name) {
        try {
            return Files.createTempDirectory("compose-volume-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the postgres image does with POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB on its first start. */
    private static void createTheDatabase(Map<String, String> postgres) {
        var server = TestInfrastructure.postgres();
        SingleConnectionDataSource admin = new SingleConnectionDataSource(server.jdbcUrl(), server.username(), "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(admin);
            String user = postgres.get("POSTGRES_USER");
            String database = postgres.get("POSTGRES_DB");
            if (jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?").param(user).query(Integer.class).single() == 0) {
                jdbc.sql("CREATE ROLE \"" + user + "\" LOGIN PASSWORD '" + postgres.get("POSTGRES_PASSWORD").replace("'", "''")
                        + "'").update();
            }
            if (jdbc.sql("SELECT count(*) FROM pg_database WHERE datname = ?").param(database).query(Integer.class)
                    .single() == 0) {
                jdbc.sql("CREATE DATABASE \"" + database + "\" OWNER \"" + user + "\"").update();
            }
        } finally {
            admin.destroy();
        }
    }

    private static void awaitHealthy(String name, int port) {
        Process process = running.get(name);
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " ended with " + process.exitValue() + ":\n"
                            + ChildJvm.tail(LOGS.resolve(name + ".log")));
                }
                return get(name, port, "/actuator/health").contains("\"status\":\"UP\"");
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " did not become healthy:\n" + ChildJvm.tail(LOGS.resolve(name + ".log")), e);
        }
    }

    /**
     * The OpenAPI document {@code name} serves. Its first request builds it from every controller and its Javadoc,
     * which took over five seconds when the suite's classes ran two at a time: it gets a minute, and an answer that is
     * not the document fails with what came instead.
     */
    private static JsonNode apiDocument(String name) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + ports.get(name) + "/v3/api-docs"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(name + "'s /v3/api-docs: " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(name + "'s /v3/api-docs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String get(String name, String path) {
        return get(name, ports.get(name), path);
    }

    private static String get(String name, int port, String path) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
