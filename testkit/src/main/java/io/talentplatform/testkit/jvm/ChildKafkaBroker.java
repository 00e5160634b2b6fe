package io.talentplatform.testkit.jvm;

import io.talentplatform.platform.embedded.LoopbackPorts;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node KRaft broker (broker and controller in one process) in a JVM of its own, on ports and a log
 * directory fixed for its whole life, so that a test can kill it and start it again where its clients expect it.
 * The in-process test kit cannot do that: it chooses new ports on every start, and a producer's bootstrap address
 * is fixed when the producer is made. The child runs the server jars the test already has on its class path.
 */
public final class ChildKafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Kafka logs at DEBUG without a configuration; that alone makes a start several times slower. */
    private static final String LOGGING = "child-kafka-broker-logback.xml";

    private final Path directory;
    private final Ports ports;
    private Process process;

    private ChildKafkaBroker(Path directory, Ports ports) {
        this.directory = directory;
        this.ports = ports;
    }

    /** The two listeners' ports, chosen once, free when chosen. */
    private record Ports(int client, int controller) {

        static Ports free() {
            int[] ports = LoopbackPorts.unused(2);
            return new Ports(ports[0], ports[1]);
        }
    }

    /**
     * Formats a new log directory under {@code directory} and starts the broker on it, returning once it answers
     * a client. Kafka 4 refuses to start on an unformatted directory; formatting with a static voter set (the node
     * itself) is what the broker's own configuration needs, no dynamic quorum.
     */
    public static ChildKafkaBroker startIn(Path directory) {
        ChildKafkaBroker broker = new ChildKafkaBroker(directory, Ports.free());
        broker.writeConfiguration();
        broker.run("kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", broker.configuration().toString());
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + ports.client();
    }

    /** Starts the broker again on the same ports and log directory; returns once it answers a client. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker is already running");
        }
        process = launch(ChildKafkaBroker.class.getName(), configuration().toString());
        awaitReady();
    }

    /** Kill -9: no controlled shutdown, no flush, the process is simply gone, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A graceful stop (SIGTERM, the broker's controlled shutdown), forced if it takes too long. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * The child's entry point: the broker itself, which ends with the JVM that started it. A test JVM killed or
     * timed out by its build never runs {@link #close()}; without this, the broker would outlive it, holding its
     * ports and its directory.
     */
    public static void main(String[] args) {
        ChildJvm.endWithParent();
        kafka.Kafka.main(args);
    }

    private Path configuration() {
        return directory.resolve("server.properties");
    }

    private Path log() {
        return directory.resolve("broker.log");
    }

    private void writeConfiguration() {
        String host = "127.0.0.1";
        List<String> lines = List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + ports.controller(),
                "controller.listener.names=CONTROLLER",
                "listeners=PLAINTEXT://" + host + ":" + ports.client() + ",CONTROLLER://" + host + ":"
                        + ports.controller(),
                "advertised.listeners=PLAINTEXT://" + host + ":" + ports.client(),
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                // One node: the internal topics cannot have more replicas than that.
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // A broker killed without deregistering holds its registration until this session expires; its
                // successor is refused until then. 9 s by default, most of a restart.
                "broker.session.timeout.ms=4000",
                "broker.heartbeat.interval.ms=1000");
        try {
            Files.createDirectories(directory);
            Files.write(configuration(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a Kafka tool to its end in a child JVM; fails with its output if it fails. */
    private void run(String mainClass, String... args) {
        Process tool = launch(mainClass, args);
        try {
            if (!tool.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                tool.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not finish\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tool.destroyForcibly();
            throw new IllegalStateException(e);
        }
        if (tool.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " exited with " + tool.exitValue() + "\n" + tail());
        }
    }

    private Process launch(String mainClass, String... args) {
        List<String> command = ChildJvm.command(mainClass, "-Xmx512m",
                // A short-lived test broker: a quick start matters more than peak throughput, and the machine's
                // cores are shared with the test JVM.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=" + LOGGING);
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + mainClass, e);
        }
    }

    /** Until the broker answers a client: an admin client's view of the cluster has the node in it. */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited with " + process.exitValue() + "\n" + tail());
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
                            .get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // not listening yet, or listening but not yet registered with its controller
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the broker did not answer within " + START_TIMEOUT + "\n" + tail());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the broker did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The end of the child's output, for a failure message. */
    private String tail() {
        return ChildJvm.tail(log());
    }
}
