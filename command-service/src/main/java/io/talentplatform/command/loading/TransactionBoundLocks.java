package io.talentplatform.command.loading;

import io.talentplatform.platform.transaction.TransactionEnd;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's per-aggregate locks, held until the transaction around the command ends rather than until its unit of work
 * does. Axon releases an aggregate's lock when the command's unit of work is cleaned up; inside the HTTP request's
 * transaction that is before the events commit. With aggregates cached, a second command on the same aggregate could
 * then start from the first one's uncommitted events, and append after them even if they are later rolled back.
 * Holding the lock to the end of the transaction makes the next command wait for the outcome, as it would if it read
 * the aggregate from the log.
 */
final class TransactionBoundLocks implements LockFactory {

    private final LockFactory locks = PessimisticLockFactory.usingDefaults();

    @Override
    public Lock obtainLock(String identifier) {
        return new TransactionBoundLock(locks.obtainLock(identifier));
    }

    private record TransactionBoundLock(Lock lock) implements Lock {

        @Override
        public void release() {
            if (!TransactionSynchronizationManager.isActualTransactionActive()
                    || !TransactionEnd.then(status -> lock.release())) {
                lock.release();
            }
        }

        @Override
        public boolean isHeld() {
            return lock.isHeld();
        }
    }
}
