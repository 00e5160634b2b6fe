package io.talentplatform.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * The event store's storage: Axon's JDBC engine on PostgreSQL, wired as Axon's own auto-configuration would wire it
 * (which then steps aside), but reading timestamps once ({@link PostgresEventStorageEngine}). Gap settings are
 * Axon's defaults, stated here because the engine needs them too. An append notes the positions it was given
 * ({@link AppendedPositions}).
 */
@AutoConfiguration(after = {AxonAfterDataSource.class, EventSerialization.class},
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnBean(DataSource.class)
public class EventStorage {

    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final int GAP_TIMEOUT_MILLIS = 60_000;

    /**
     * {@code readBatch}: how many events a streaming processor reads from the store in one query (Axon's default is
     * 100). A processor that is behind, a publisher draining a backlog or a rebuild, asks once per thousand events
     * instead of ten times, which drains a backlog faster; a processor at the head still gets only what is new
     * (docs/decisions/003-event-store-read-batch-1000.md).
     */
    @Bean
    @ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 @Value("${talent.event-store.read-batch:1000}") int readBatch) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .appendEvents(new AppendedPositions())
                .batchSize(readBatch);
        return new PostgresEventStorageEngine(builder, LOWEST_GLOBAL_SEQUENCE, MAX_GAP_OFFSET, GAP_TIMEOUT_MILLIS);
    }
}
