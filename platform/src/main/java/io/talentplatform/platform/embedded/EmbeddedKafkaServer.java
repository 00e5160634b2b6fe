package io.talentplatform.platform.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A single-node KRaft broker (broker and controller in one) in this JVM, from Kafka's own server artifacts: for the
 * standalone build, on a fixed port with its log in the data directory so topics survive a restart, and for the
 * tests, on a free port with a throwaway log. The controller listens on loopback only, whatever the broker does.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path throwawayDirectory;

    private EmbeddedKafkaServer(KafkaRaftServer server, String bootstrapServers, Path throwawayDirectory) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.throwawayDirectory = throwawayDirectory;
    }

    /** A broker on a free loopback port whose log is deleted when it stops: for tests. */
    public static EmbeddedKafkaServer temporary() {
        try {
            Path directory = Files.createTempDirectory("talent-kafka");
            return start(directory, "127.0.0.1", LoopbackPorts.unused(), "127.0.0.1", directory);
        } catch (IOException e) {
            throw new UncheckedIOException("no directory for the embedded broker", e);
        }
    }

    /**
     * A broker listening on {@code address:port}, keeping its log in {@code logDirectory} (formatted on first use).
     *
     * @param advertisedHost the host name clients are told to connect to
     */
    public static EmbeddedKafkaServer persistent(Path logDirectory, String address, int port, String advertisedHost) {
        return start(logDirectory, address, port, advertisedHost, null);
    }

    private static EmbeddedKafkaServer start(Path logDirectory, String address, int port, String advertisedHost,
                                             Path throwawayDirectory) {
        KafkaConfig config = new KafkaConfig(properties(logDirectory, address, port, advertisedHost), false);
        formatIfNew(config);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new EmbeddedKafkaServer(server, advertisedHost + ":" + port, throwawayDirectory);
    }

    private static Map<String, Object> properties(Path logDirectory, String address, int port, String advertisedHost) {
        // The controller's port may change from start to start: a static quorum does not store it.
        String controller = "127.0.0.1:" + LoopbackPorts.unused();
        Map<String, Object> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("listeners", "PLAINTEXT://" + address + ":" + port + ",CONTROLLER://" + controller);
        properties.put("advertised.listeners", "PLAINTEXT://" + advertisedHost + ":" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("controller.quorum.voters", "1@" + controller);
        properties.put("log.dirs", logDirectory.toAbsolutePath().toString());
        properties.put("auto.create.topics.enable", "true");
        properties.put("log.cleaner.enable", "true");
        properties.put("num.partitions", "1");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // One machine's broker, sharing its cores with the platform.
        properties.put("num.network.threads", "2");
        properties.put("num.io.threads", "2");
        properties.put("background.threads", "2");
        return properties;
    }

    /** Formats the log directory the first time; a formatted one keeps its cluster id and its topics. */
    private static void formatIfNew(KafkaConfig config) {
        List<String> directories = List.of(config.metadataLogDir());
        try {
            Files.createDirectories(Path.of(config.metadataLogDir()));
            MetaPropertiesEnsemble existing = new MetaPropertiesEnsemble.Loader()
                    .addLogDirs(directories).addMetadataLogDir(config.metadataLogDir()).load();
            if (existing.emptyLogDirs().isEmpty()) {
                return;
            }
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(config.nodeId())
                    .setClusterId(existing.clusterId().orElseGet(() -> Uuid.randomUuid().toString()))
                    .setDirectories(directories)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(config.controllerListenerNames().get(0))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setHasDynamicQuorum(false)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the broker's log directory " + config.metadataLogDir(), e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (throwawayDirectory != null) {
            try (Stream<Path> files = Files.walk(throwawayDirectory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A temporary directory the system cleans up anyway.
            }
        }
    }
}
