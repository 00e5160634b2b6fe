package io.talentplatform.command.loading;

import org.axonframework.common.lock.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cached aggregate and its lock follow the transaction around the command, not only its unit of work: an aggregate
 * used in a transaction that rolls back leaves the cache, and its lock is held until that transaction has ended.
 */
class TransactionBoundLoadingTest {

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clear();
        }
    }

    @Test
    void anAggregateUsedInATransactionThatRollsBackLeavesTheCache() {
        TransactionBoundCache cache = new TransactionBoundCache(10);
        cache.put("E-1", "loaded before");

        end(inTransaction(() -> cache.get("E-1")), TransactionSynchronization.STATUS_COMMITTED);
        assertThat(cache.containsKey("E-1")).as("used in a transaction that committed").isTrue();

        end(inTransaction(() -> cache.get("E-1")), TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(cache.containsKey("E-1")).as("used in a transaction that rolled back").isFalse();

        end(inTransaction(() -> cache.put("E-2", "new")), TransactionSynchronization.STATUS_UNKNOWN);
        assertThat(cache.containsKey("E-2")).as("put in a transaction whose outcome is unknown").isFalse();
    }

    @Test
    void theCacheKeepsAtMostItsSize() {
        TransactionBoundCache cache = new TransactionBoundCache(100);
        for (int i = 0; i < 1_000; i++) {
            cache.put("E-" + i, i);
        }
        long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> cache.containsKey("E-" + i)).count();
        assertThat(kept).isLessThanOrEqualTo(100).isGreaterThan(0);
        cache.removeAll();
        assertThat(cache.containsKey("E-999")).isFalse();
    }

    @Test
    void aLockReleasedInsideATransactionIsHeldUntilTheTransactionEnds() throws Exception {
        TransactionBoundLocks locks = new TransactionBoundLocks();
        List<TransactionSynchronization> pending = inTransaction(() -> {
            Lock lock = locks.obtainLock("E-1");
            lock.release();
            assertThat(lock.isHeld()).as("released by Axon's unit of work, inside the transaction").isTrue();
        });
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
            Lock lock = locks.obtainLock("E-1");
            lock.release();
            return true;
        });
        assertThatThrownBy(() -> other.get(300, TimeUnit.MILLISECONDS))
                .as("another command on the same aggregate waits").isInstanceOf(TimeoutException.class);
        end(pending, TransactionSynchronization.STATUS_COMMITTED);
        assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void outsideATransactionALockIsReleasedAtOnce() throws Exception {
        TransactionBoundLocks locks = new TransactionBoundLocks();
        Lock lock = locks.obtainLock("E-2");
        lock.release();
        assertThat(lock.isHeld()).isFalse();
        assertThat(CompletableFuture.supplyAsync(() -> locks.obtainLock("E-2").isHeld()).get(10, TimeUnit.SECONDS))
                .isTrue();
    }

    /** Runs {@code work} as if in a transaction, and returns what is to happen when that transaction ends. */
    private static List<TransactionSynchronization> inTransaction(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        work.run();
        List<TransactionSynchronization> pending = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clear();
        return pending;
    }

    private static void end(List<TransactionSynchronization> pending, int status) {
        TransactionSynchronizationUtils.invokeAfterCompletion(pending, status);
    }
}
