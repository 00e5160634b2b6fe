package io.talentplatform.command.http;

import io.talentplatform.platform.axon.AppendedPositions;
import io.talentplatform.platform.axon.EventSerialization;
import io.talentplatform.platform.observability.Tracing;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends a command on behalf of the caller and reports the global position of the last event it appended.
 *
 * <p>Runs inside the request's transaction (see {@link IdempotencyFilter}), so the positions noted are this command's,
 * and the answer and the events commit, or fail, together.
 */
@Component
public class CommandDispatch {

    /** The answer header that lets a client read its own writes with {@code ?minPosition=}. */
    public static final String POSITION_HEADER = "Talent-Event-Position";

    private static final Logger log = LoggerFactory.getLogger(CommandDispatch.class);

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Tracing.TraceParents traceParents;

    public CommandDispatch(CommandGateway commands, JdbcClient jdbc, Tracing.TraceParents traceParents) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.traceParents = traceParents;
    }

    /**
     * Sends the command and returns the position of the newest event it appended (with the policies it set off, in
     * the same transaction), as the insert returned it; or, if it appended none, that of {@code aggregateId}'s newest.
     */
    public long send(Object command, String aggregateId, Caller caller, HttpServletRequest request) {
        commands.sendAndWait(command, metadata(caller, request));
        return sent(command, AppendedPositions.newest().orElseGet(() -> newestPosition(aggregateId)));
    }

    /** What a command answered, and the position {@link #send} would have returned. */
    public record Sent<R>(R result, long position) {
    }

    /** As {@link #send}, keeping what the command handler answered. */
    public <R> Sent<R> sendForResult(Object command, String aggregateId, Caller caller, HttpServletRequest request) {
        R result = commands.sendAndWait(command, metadata(caller, request));
        return new Sent<>(result, sent(command, AppendedPositions.newest()
                .orElseGet(() -> newestPosition(aggregateId))));
    }

    /** One line a command, for whoever follows a request through the logs (its trace and request ids ride along). */
    private static long sent(Object command, long position) {
        log.debug("{} handled, events up to position {}", command.getClass().getSimpleName(), position);
        return position;
    }

    /** The global position of the newest event of {@code aggregateId}, in this transaction; 0 if it has none. */
    private long newestPosition(String aggregateId) {
        // The newest by sequence number is the newest by position (an aggregate's events are appended in order),
        // and the (aggregate, sequence) key finds it in one index step however long the person's history is.
        return jdbc.sql("""
                        SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?
                        ORDER BY sequencenumber DESC LIMIT 1""")
                .param(aggregateId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private MetaData metadata(Caller caller, HttpServletRequest request) {
        String requestId = request.getHeader(IdempotencyFilter.HEADER);
        String correlation = request.getHeader("X-Correlation-Id");
        Map<String, String> metadata = new HashMap<>(traceParents.current());
        metadata.put(EventSerialization.ACTOR, caller.employeeId());
        metadata.put(EventSerialization.ACTOR_ROLES, caller.roles().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
        metadata.put(EventSerialization.REQUEST_ID, requestId == null ? "" : requestId);
        metadata.put(EventSerialization.CORRELATION, correlation == null ? UUID.randomUUID().toString() : correlation);
        return MetaData.from(metadata);
    }
}
