package io.talentplatform.projections.rebuild;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.projections.fold.Fold;
import io.talentplatform.projections.fold.Folds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Takes the rebuilds asked for through the admin API ({@link RebuildReadModel}, kept in V3_11's table) and carries
 * them out with every projections process. Each process stops the processors asked for when it sees the request,
 * which releases their segments. The process that then claims every segment of them resets their tables and marks
 * the requests done in one transaction (dropping the indexes only their queries use, {@link IndexesAfterLoad}), and
 * replays the log once for all of them ({@link OnePass}) while holding the claims, then builds those indexes. The
 * other processes start their processors as soon as the requests are taken; those wait for the claims, and carry on
 * live from where the pass left each segment. Commands keep being taken throughout: the pass runs to the
 * head of the log as it finds it, and the processors take the events after that.
 */
@Component
@EnableScheduling
class RebuildRequests {

    private static final Logger log = LoggerFactory.getLogger(RebuildRequests.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TransactionManager transactions;
    private final TokenStore tokens;
    private final OnePass pass;
    private final IndexesAfterLoad indexes;
    private final Folds folds;
    /** How long a rebuild request waits for others asked for with it. */
    private final Duration settle;
    /** Requests for which this process stopped its processor and must start it again. */
    private final Set<Long> stoppedHere = ConcurrentHashMap.newKeySet();
    /** Requests whose pass runs in this process. */
    private final Set<Long> passingHere = ConcurrentHashMap.newKeySet();
    /** The folds of the pass running here. */
    private volatile List<Fold> foldingHere = List.of();
    private final ExecutorService passes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    RebuildRequests(EventProcessingConfiguration processing, JdbcClient jdbc, TransactionManager transactions,
                    TokenStore tokens, EventStorageEngine log, Folds folds,
                    @Value("${talent.projections.rebuild-batch:2000}") int batchSize,
                    @Value("${talent.projections.rebuild-settle:2s}") Duration settle,
                    @Value("${talent.projections.rebuild-statistics-every:5000}") long statisticsEvery,
                    @Value("${talent.projections.rebuild-analyze-rows:500}") long analyzeRows) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tokens = tokens;
        PlannerStatistics statistics = new PlannerStatistics(jdbc, analyzeRows);
        this.pass = new OnePass(log, tokens, transactions, batchSize, statisticsEvery, statistics::refreshReadModels);
        this.indexes = new IndexesAfterLoad(jdbc, transactions);
        this.folds = folds;
        this.settle = settle;
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
        if (Processors.RECORDERS.contains(name)) {
            throw RuleViolation.conflict("recorder-not-replayed", name + " records what it saw in the log; a replay "
                    + "would record it again, so it is never rebuilt through the API.");
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
        if (!passingHere.isEmpty()) {
            showFolded(); // this process's processors stay stopped until its pass is over
            return;
        }
        buildIndexesLeftBehind();
        List<Request> open = jdbc.sql("""
                        SELECT request, processor, state,
                               requested_at > clock_timestamp() - ? * interval '1 millisecond' AS recent,
                               requested_at < clock_timestamp() - ? * interval '1 millisecond' AS overdue
                        FROM projection_rebuild
                        WHERE state = 'REQUESTED' OR request = ANY (?::bigint[])
                        ORDER BY request""")
                .params(settle.toMillis(), settle.toMillis() * 15, stoppedHere.toArray(Long[]::new))
                .query((rs, row) -> new Request(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .list();
        Map<Request, StreamingEventProcessor> waiting = new LinkedHashMap<>();
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
                waiting.put(request, processor);
            } else {
                // Taken by another process: its pass holds the segments, which this processor waits for.
                processor.start();
                stoppedHere.remove(request.id());
            }
        }
        // Rebuilds asked for together (an operator asking for every read model) go in one pass: each pass reads the
        // whole log, so a request is taken once no other has come for a moment, or once it has waited long enough.
        if (!waiting.isEmpty() && (waiting.keySet().stream().noneMatch(Request::recent)
                || waiting.keySet().stream().anyMatch(Request::overdue))) {
            take(waiting);
        }
    }

    /** Claims every segment, resets the tables and marks the requests taken, in one transaction; then the pass. */
    private void take(Map<Request, StreamingEventProcessor> waiting) {
        Map<String, EventHandlerInvoker> invokers = new LinkedHashMap<>();
        Map<String, int[]> segments = new LinkedHashMap<>();
        List<Long> ids = waiting.keySet().stream().map(Request::id).toList();
        try {
            transactions.executeInTransaction(() -> {
                for (Request request : waiting.keySet()) {
                    String name = request.processor();
                    int[] claimed = tokens.fetchSegments(name);
                    for (int segment : claimed) {
                        tokens.fetchToken(name, segment); // claims it, or fails while another process holds it
                    }
                    segments.put(name, claimed);
                    EventHandlerInvoker invoker = processing.eventProcessor(name, AbstractEventProcessor.class)
                            .orElseThrow().eventHandlerInvoker();
                    invoker.performReset();
                    indexes.dropForLoad(name);
                    for (int segment : claimed) {
                        tokens.storeToken(null, name, segment);
                    }
                    invokers.put(name, invoker);
                }
                int taken = jdbc.sql("""
                                UPDATE projection_rebuild SET state = 'RESET', reset_at = now(),
                                    reset_position = (SELECT coalesce(max(globalindex), 0) FROM domainevententry)
                                WHERE request = ANY (?::bigint[]) AND state = 'REQUESTED'""")
                        .param(ids.toArray(Long[]::new)).update();
                if (taken != ids.size()) {
                    throw new IllegalStateException("another process took " + (ids.size() - taken) + " of them");
                }
            });
        } catch (RuntimeException e) {
            // Another process still holds a segment (it stops the processor when it polls) or took the request.
            log.debug("Cannot rebuild {} yet: {}", invokers.keySet(), e.getMessage());
            return;
        }
        passingHere.addAll(ids);
        // The read models written by key alone keep their rows in memory for the pass and write each once
        // (docs/decisions/032-rebuild-folds-rows.md).
        Map<String, Fold> folding = new LinkedHashMap<>();
        for (String name : invokers.keySet()) {
            ReadModel.ofProcessor(name).filter(folds::folds)
                    .ifPresent(model -> folding.put(name, folds.begin(model, segments.get(name), transactions, tokens)));
        }
        foldingHere = List.copyOf(folding.values());
        List<Segment> parts = parts(segments);
        log.info("Rebuilding {} in one pass over {} part(s) of the sequences (requests {})", invokers.keySet(),
                parts.size(), ids);
        long started = System.nanoTime();
        CompletableFuture<?>[] running = parts.stream().map(part -> CompletableFuture.runAsync(() -> {
            long events = pass.run(invokers, segments, part, folding);
            log.info("Rebuilt {} of {}: {} events read in {} ms", part, invokers.keySet(), events,
                    (System.nanoTime() - started) / 1_000_000);
        }, passes)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(running).whenComplete((done, failed) -> {
            try {
                if (failed != null) {
                    // The tokens stand where the last whole batch of each part left them: the processors carry on
                    // from there.
                    log.error("The rebuild of {} stopped; its processors carry on from where it got",
                            invokers.keySet(), failed);
                }
                // Each read model folded writes its rows and moves its tokens in a transaction of its own, side by side.
                CompletableFuture.allOf(folding.values().stream()
                        .map(fold -> CompletableFuture.runAsync(() -> finish(fold), passes))
                        .toArray(CompletableFuture[]::new)).join();
            } finally {
                foldingHere = List.of();
                folding.values().forEach(this::unshowFolded);
                folding.values().forEach(folds::end);
                segments.keySet().forEach(this::buildIndexes);
                segments.forEach((name, claimed) -> {
                    for (int segment : claimed) {
                        try {
                            tokens.releaseClaim(name, segment);
                        } catch (RuntimeException e) {
                            log.warn("Could not release {} segment {}: {}", name, segment, e.getMessage());
                        }
                    }
                });
                waiting.forEach((request, processor) -> {
                    processor.start();
                    stoppedHere.remove(request.id());
                });
                passingHere.clear();
            }
        });
    }

    /**
     * For each read model the pass here keeps in memory, whose tokens move only at checkpoints: renews the pass's
     * claims on its segments, and shows how far the pass has folded it (the admin status reads it from the
     * rebuild's row while it is fresh).
     */
    private void showFolded() {
        for (Fold fold : foldingHere) {
            try {
                fold.extendClaims();
                long position = fold.position();
                if (position > 0) {
                    jdbc.sql("""
                                    UPDATE projection_rebuild SET folded_position = ?, folded_at = clock_timestamp()
                                    WHERE request = (SELECT max(request) FROM projection_rebuild WHERE processor = ?)
                                        AND state = 'RESET'""")
                            .params(position, fold.processor()).update();
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the claims or show the progress of {}: {}", fold.processor(),
                        e.getMessage());
            }
        }
    }

    private void unshowFolded(Fold fold) {
        try {
            jdbc.sql("""
                            UPDATE projection_rebuild SET folded_position = NULL, folded_at = NULL
                            WHERE processor = ? AND folded_position IS NOT NULL""")
                    .param(fold.processor()).update();
        } catch (RuntimeException e) {
            log.warn("Could not clear the folded progress of {}: {}", fold.processor(), e.getMessage());
        }
    }

    /** Writes what the fold holds since its last checkpoint, unless a batch failed: then it stays at that one. */
    private void finish(Fold fold) {
        if (fold.failed()) {
            log.warn("{} carries on from its rebuild's last checkpoint", fold.processor());
            return;
        }
        try {
            long started = System.nanoTime();
            long rows = fold.checkpoint();
            log.info("Wrote the last {} folded row(s) of {} in {} ms", rows, fold.processor(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Could not write the folded rows of {}; it carries on from its rebuild's last checkpoint",
                    fold.processor(), e);
        }
    }

    /**
     * A rebuild killed before it built its read models' query indexes again left their definitions behind; a
     * processor running live here holds a segment, so no pass runs for it anywhere, and its indexes are built now.
     */
    private void buildIndexesLeftBehind() {
        for (String name : indexes.processorsWaiting()) {
            processing.eventProcessor(name, StreamingEventProcessor.class)
                    .filter(processor -> processor.isRunning() && !processor.processingStatus().isEmpty())
                    .ifPresent(processor -> buildIndexes(name));
        }
    }

    private void buildIndexes(String name) {
        try {
            long started = System.nanoTime();
            int built = indexes.build(name);
            if (built > 0) {
                log.info("Built {} query index(es) of {} after its load in {} ms", built, name,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // Another process builds them at the same moment, or the database is away: the next poll tries again.
            log.warn("Could not build the query indexes of {} yet: {}", name, e.getMessage());
        }
    }

    /**
     * The processors' segments, as parts of the sequences a pass each can replay side by side, when every processor
     * rebuilt splits them the same way (each part then reads the log once, and PostgreSQL writes on as many
     * connections); one part, the whole, otherwise.
     */
    private static List<Segment> parts(Map<String, int[]> segments) {
        int[] first = segments.values().iterator().next();
        boolean alike = segments.values().stream().allMatch(ids -> Arrays.equals(ids, first));
        if (!alike || first.length < 2) {
            return List.of(Segment.ROOT_SEGMENT);
        }
        return Arrays.stream(first).mapToObj(id -> Segment.computeSegment(id, first)).toList();
    }

    private record Request(long id, String processor, String state, boolean recent, boolean overdue) {
    }
}
