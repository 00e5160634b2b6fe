package io.talentplatform.platform.embedded;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** An in-process single-node KRaft broker, for the standalone build and the tests. */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /**
     * Starts a broker on a free port, which {@link #bootstrapServers()} tells. The KRaft test kit binds its listeners
     * itself: a fixed port cannot be asked for.
     */
    public static EmbeddedKafkaServer start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("log.cleaner.enable", "true");
        broker.afterPropertiesSet();
        return new EmbeddedKafkaServer(broker);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
