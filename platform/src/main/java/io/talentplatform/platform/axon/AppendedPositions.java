package io.talentplatform.platform.axon;

import io.talentplatform.platform.transaction.TransactionEnd;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The global positions the event store gave the events appended in the current transaction, taken from the insert
 * itself ({@code RETURNING globalindex}) rather than looked up again after it. A command's HTTP answer reports the
 * newest in its {@code Talent-Event-Position} header.
 *
 * <p>The statement is Axon's own append ({@link JdbcEventStorageEngineStatements#appendEvents}), prepared so that
 * PostgreSQL returns the generated column; nothing else about the append changes.
 */
public final class AppendedPositions implements AppendEventsStatementBuilder {

    private static final Object RESOURCE = AppendedPositions.class;

    /** The newest position appended in the current transaction, if it appended any. */
    public static OptionalLong newest() {
        Newest newest = (Newest) TransactionSynchronizationManager.getResource(RESOURCE);
        return newest == null ? OptionalLong.empty() : OptionalLong.of(newest.position);
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        Connection returning = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                        // The driver quotes the name it returns: PostgreSQL folded the unquoted one to lower case.
                        return recording(connection.prepareStatement((String) args[0],
                                new String[] {schema.globalIndexColumn().toLowerCase(Locale.ROOT)}));
                    }
                    return invoke(connection, method, args);
                });
        return JdbcEventStorageEngineStatements.appendEvents(returning, schema, dataType, events, serializer,
                timestampWriter);
    }

    /** The statement, noting the largest generated position after each batch it executes. */
    private static PreparedStatement recording(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(AppendedPositions.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    Object result = invoke(statement, method, args);
                    if (method.getName().equals("executeBatch")) {
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            while (keys.next()) {
                                note(keys.getLong(1));
                            }
                        }
                    }
                    return result;
                });
    }

    private static void note(long position) {
        Newest newest = (Newest) TransactionSynchronizationManager.getResource(RESOURCE);
        if (newest == null) {
            if (!TransactionEnd.then(status -> TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE))) {
                return;
            }
            newest = new Newest();
            TransactionSynchronizationManager.bindResource(RESOURCE, newest);
        }
        newest.position = Math.max(newest.position, position);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final class Newest {
        private long position;
    }
}
