package io.talentplatform.bench.platform;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.OrganisationGenerator;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthetic organisation's history in the platform's event store, appended with every streaming processor
 * stopped (the contract policies would send commands to streams still being written), or the history a kept data
 * directory already holds.
 *
 * @param reused the log held events already; nothing was appended
 * @param seconds how long generating and appending took
 */
public record HistoryLoad(boolean reused, double seconds) {

    /**
     * The generated history's rows: the starter capability catalogue is appended at every first start, so a log
     * holding only it holds no history yet.
     */
    public static final String HISTORY = "domainevententry WHERE type <> 'CapabilityCatalogue'";

    /** Stops every streaming processor, then appends the history unless the log already holds one. */
    public static HistoryLoad stopProcessorsAndLoad(PlatformUnderTest platform, OrganisationSpec spec) {
        return stopProcessorsAndLoad(platform.beans(), platform.jdbc(), spec);
    }

    /**
     * As {@link #stopProcessorsAndLoad(PlatformUnderTest, OrganisationSpec)} for any service that has an event store:
     * its streaming processors are stopped, and stay stopped, until the caller starts them.
     */
    public static HistoryLoad stopProcessorsAndLoad(BeanFactory service, JdbcClient jdbc, OrganisationSpec spec) {
        service.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(StreamingEventProcessor::shutDown);
        boolean reused = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + HISTORY + ")").query(Boolean.class).single();
        long started = System.nanoTime();
        if (reused) {
            System.out.println("reusing the history already in the data directory");
            return new HistoryLoad(true, 0);
        }
        HistoryAppender appender = new HistoryAppender(service.getBean(EventStore.class),
                service.getBean(TransactionManager.class), HistoryAppender.DEFAULT_BATCH);
        long[] reported = {0};
        OrganisationGenerator.generate(spec, event -> {
            appender.accept(event);
            if (appender.appended() - reported[0] >= 200_000) {
                reported[0] = appender.appended();
                System.out.printf("  appended %,d events (%.0f s)%n", appender.appended(),
                        (System.nanoTime() - started) / 1e9);
            }
        });
        appender.flush();
        return new HistoryLoad(false, (System.nanoTime() - started) / 1e9);
    }

    /** Starts the read models' processors again (the publishers stay stopped) to replay the loaded history. */
    public static void startReadModels(PlatformUnderTest platform) {
        EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
        for (String readModel : Processors.READ_MODELS) {
            processing.eventProcessor(readModel, StreamingEventProcessor.class).orElseThrow().start();
        }
    }
}
