package io.talentplatform.platform.transaction;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.IntConsumer;

/** Work for the end of the current Spring transaction, on its thread, whatever its outcome. */
public final class TransactionEnd {

    private TransactionEnd() {
    }

    /**
     * Runs {@code action} with the transaction's outcome ({@link TransactionSynchronization#STATUS_COMMITTED} and the
     * others) once it has ended; returns {@code false}, running nothing, when no transaction synchronization is active.
     */
    public static boolean then(IntConsumer action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
        return true;
    }
}
