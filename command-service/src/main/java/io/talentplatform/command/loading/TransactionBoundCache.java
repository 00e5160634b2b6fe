package io.talentplatform.command.loading;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.talentplatform.platform.transaction.TransactionEnd;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Loaded aggregates kept between commands for Axon's caching repository, at most {@code size} of them, the least
 * recently used leaving first.
 *
 * <p>A cached aggregate is the very object a command changes. Axon removes it when its unit of work rolls back, but
 * here the unit of work may sit inside a longer transaction (the HTTP request's, which also stores the idempotent
 * answer): if that transaction rolls back after the command's unit of work completed, the cached aggregate would hold
 * events the log does not. So every aggregate read from or put into the cache inside a transaction is removed again
 * if that transaction does not commit.
 */
final class TransactionBoundCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    TransactionBoundCache(long size) {
        // Evicting on the writing thread keeps the bound exact and needs no pool of Caffeine's own.
        this.entries = Caffeine.newBuilder().maximumSize(size).executor(Runnable::run).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.getIfPresent(key);
        if (value != null) {
            forgetUnlessCommitted(key);
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        forgetUnlessCommitted(key);
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        forgetUnlessCommitted(key);
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        forgetUnlessCommitted(key);
        return (T) entries.get(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        forgetUnlessCommitted(key);
        entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    /** The repositories register none; an entry's life here is the cache's business alone. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate caches take no entry listeners");
    }

    private void forgetUnlessCommitted(Object key) {
        TransactionEnd.then(status -> {
            if (status != TransactionSynchronization.STATUS_COMMITTED) {
                entries.invalidate(key);
            }
        });
    }
}
