package io.talentplatform.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an append failed because the aggregate's sequence number was taken by a concurrent writer, so
 * that it reports a concurrency conflict (409) rather than a storage failure (500). Axon's default resolver does
 * not look inside the batch exceptions the PostgreSQL driver throws.
 */
public class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Throwable current = exception;
        while (current != null) {
            if (current instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }
}
