package io.talentplatform.bench.append;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Baseline (d) of the append benchmark: Axon's bare append. A minimal event-sourced aggregate behind Axon's command
 * gateway, with Axon's defaults (a simple command bus, no cache, no snapshots), its JDBC engine storing the events in
 * PostgreSQL in one transaction per command as the platform does, and no processor reading them: the price of
 * Axon's append and nothing else. It has a configuration, a connection pool and tables of its own, so that the
 * platform's processors never see its events.
 *
 * <p>Each aggregate takes {@link #EVENTS_PER_AGGREGATE} events and then the thread goes on with a new one, so a load
 * replays a few events as the platform's people (snapshotted every 100) replay a few dozen: the bare figure is not
 * slowed by ever longer streams.
 */
final class BareAxonAppend implements AutoCloseable {

    static final int EVENTS_PER_AGGREGATE = 10;

    private final HikariDataSource dataSource;
    private final Configuration axon;
    private volatile int figure;

    BareAxonAppend(String url, String user, int threads) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setMaximumPoolSize(threads + 2);
        pool.setAutoCommit(false);
        pool.setPoolName("bare-axon-append");
        dataSource = new HikariDataSource(pool);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        SpringTransactionManager transactions = new SpringTransactionManager(
                new DataSourceTransactionManager(dataSource));
        axon = DefaultConfigurer.defaultConfiguration()
                .configureTransactionManager(c -> transactions)
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(EventSchema.builder().eventTable("bench_bare_event")
                                .snapshotTable("bench_bare_snapshot").build())
                        .build())
                .configureAggregate(Counter.class)
                .buildConfiguration();
        axon.start();
    }

    /** The {@code i}-th command of client thread {@code thread}: one event on that thread's current aggregate. */
    void append(int thread, long i) {
        axon.commandGateway().sendAndWait(new Count("bare-" + figure + "-" + thread + "-"
                + i / EVENTS_PER_AGGREGATE));
    }

    /** Empties the tables and writes their dirty pages out, as the raw baseline does between figures. */
    void clearAway() throws SQLException {
        figure++;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("TRUNCATE bench_bare_event, bench_bare_snapshot");
            statement.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() {
        axon.shutdown();
        dataSource.close();
    }

    record Count(@TargetAggregateIdentifier String counterId) {
    }

    record Counted(String counterId, long count) {
    }

    /** The minimal aggregate: a counter whose only rule is to count. */
    static final class Counter {

        @AggregateIdentifier
        private String counterId;
        private long count;

        Counter() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(Count command) {
            apply(new Counted(command.counterId(), count + 1));
        }

        @EventSourcingHandler
        void on(Counted event) {
            counterId = event.counterId();
            count = event.count();
        }
    }
}
