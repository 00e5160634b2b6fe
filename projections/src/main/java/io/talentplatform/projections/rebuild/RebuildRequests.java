package io.talentplatform.projections.rebuild;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the rebuilds asked for through the admin API ({@link RebuildReadModel}, kept in V3_11's table) and carries
 * them out, in every projections process at once: a reset
 * needs every segment of the processor released, so each process stops the processor when it sees the request,
 * and whichever then manages to reset the tokens (Axon claims every segment to do it; the processor's reset handler
 * empties its tables in the same transaction) marks the request done. Each process starts its processor again when
 * the request is no longer waiting. Commands keep being taken throughout: the replay runs to the head of the log
 * and goes on with new events, as a fresh replay would.
 */
@Component
@EnableScheduling
class RebuildRequests {

    private static final Logger log = LoggerFactory.getLogger(RebuildRequests.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** Requests for which this process stopped its processor and must start it again. */
    private final Set<Long> stoppedHere = new HashSet<>();

    RebuildRequests(EventProcessingConfiguration processing, JdbcClient jdbc, TransactionTemplate transactions) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Publishers are never replayed this way: a replay would send every event to the marketplace again. Asking again
     * while a request waits is the same request (one waiting row per processor).
     */
    @CommandHandler
    void handle(RebuildReadModel command) {
        String name = command.readModel();
        if (Processors.PUBLISHERS.contains(name)) {
            throw RuleViolation.conflict("publisher-not-replayed", name + " publishes to the marketplace; a replay "
                    + "would send every event again, so it is never rebuilt through the API.");
        }
        if (!Processors.READ_MODELS.contains(name)) {
            throw RuleViolation.notFound("unknown-projection", "There is no read model " + name + "; they are "
                    + String.join(", ", Processors.READ_MODELS) + ".");
        }
        jdbc.sql("""
                        INSERT INTO projection_rebuild (processor, requested_by) VALUES (?, ?)
                        ON CONFLICT (processor) WHERE state = 'REQUESTED' DO NOTHING""")
                .params(name, command.requestedBy()).update();
    }

    @Scheduled(fixedDelayString = "${talent.projections.rebuild-poll:500ms}")
    void carryOut() {
        List<Request> open = jdbc.sql("""
                        SELECT request, processor, state FROM projection_rebuild
                        WHERE state = 'REQUESTED' OR request = ANY (?::bigint[])
                        ORDER BY request""")
                .param(stoppedHere.toArray(Long[]::new))
                .query((rs, row) -> new Request(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Request request : open) {
            Optional<StreamingEventProcessor> found =
                    processing.eventProcessor(request.processor(), StreamingEventProcessor.class);
            if (found.isEmpty()) {
                continue; // not a processor of this process
            }
            StreamingEventProcessor processor = found.get();
            if ("REQUESTED".equals(request.state())) {
                if (processor.isRunning()) {
                    processor.shutDown();
                }
                stoppedHere.add(request.id());
                reset(request, processor);
            }
            if (!waiting(request.id())) {
                processor.start();
                stoppedHere.remove(request.id());
            }
        }
    }

    private void reset(Request request, StreamingEventProcessor processor) {
        try {
            transactions.executeWithoutResult(status -> {
                int taken = jdbc.sql("""
                                UPDATE projection_rebuild SET state = 'RESET', reset_at = clock_timestamp(),
                                    reset_position = (SELECT coalesce(max(globalindex), 0) FROM domainevententry)
                                WHERE request = ? AND state = 'REQUESTED'""")
                        .param(request.id()).update();
                if (taken == 1) {
                    processor.resetTokens();
                }
            });
            log.info("Rebuilding {} (request {})", request.processor(), request.id());
        } catch (RuntimeException e) {
            // Another process still holds a segment; it stops the processor when it polls, and the reset is retried.
            log.debug("Cannot reset {} yet: {}", request.processor(), e.getMessage());
        }
    }

    private boolean waiting(long request) {
        return jdbc.sql("SELECT state = 'REQUESTED' FROM projection_rebuild WHERE request = ?").param(request)
                .query(Boolean.class).single();
    }

    private record Request(long id, String processor, String state) {
    }
}
