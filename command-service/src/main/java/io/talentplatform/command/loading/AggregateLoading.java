package io.talentplatform.command.loading;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How the command side loads aggregates: from a bounded cache when it can, from the newest snapshot and the events
 * after it when it must, and with snapshots taken on a thread of their own so that no command waits for one
 * (docs/decisions/021-cached-aggregates-and-off-thread-snapshots.md).
 *
 * <p>A cache is only right while this process is the only one that appends to its aggregates: one command service,
 * as the compose topology and the standalone run it. A deployment with several must route each aggregate's commands
 * to one process, or set {@code talent.aggregates.cached} to 0.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateLoading {

    public static final String EMPLOYEES = "employeeCache";
    public static final String CONVERSATIONS = "conversationCache";
    public static final String CONTRACTS = "contractCache";
    public static final String ROLES = "roleCache";
    public static final String OPENINGS = "openingCache";
    public static final String CATALOGUE = "catalogueCache";
    /** One lock per aggregate, held to the end of the transaction around its command. */
    public static final String LOCKS = "transactionBoundLocks";

    private final long cached;

    public AggregateLoading(@Value("${talent.aggregates.cached:10000}") long cached) {
        this.cached = cached;
    }

    @Bean(EMPLOYEES)
    Cache employeeCache() {
        return cache();
    }

    @Bean(CONVERSATIONS)
    Cache conversationCache() {
        return cache();
    }

    @Bean(CONTRACTS)
    Cache contractCache() {
        return cache();
    }

    @Bean(ROLES)
    Cache roleCache() {
        return cache();
    }

    @Bean(OPENINGS)
    Cache openingCache() {
        return cache();
    }

    @Bean(CATALOGUE)
    Cache catalogueCache() {
        return cache();
    }

    @Bean(LOCKS)
    LockFactory transactionBoundLocks() {
        return new TransactionBoundLocks();
    }

    /**
     * One thread that takes the snapshots, stopped with the application. Its queue has no bound of its own: Axon's
     * snapshotter schedules at most one snapshot per aggregate at a time, and a request dropped by the executor would
     * leave that aggregate marked as in progress, never to be snapshotted again by this process.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aggregate-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Axon's snapshotter as its auto-configuration builds it (which then steps aside), on its own thread. */
    @Bean
    SpringAggregateSnapshotter offThreadSnapshotter(org.axonframework.config.Configuration configuration,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory,
                                                    ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }

    @Bean
    ErasureEmptiesCaches erasureEmptiesCaches(java.util.List<Cache> caches) {
        return new ErasureEmptiesCaches(caches);
    }

    private Cache cache() {
        return cached <= 0 ? org.axonframework.common.caching.NoCache.INSTANCE : new TransactionBoundCache(cached);
    }
}
