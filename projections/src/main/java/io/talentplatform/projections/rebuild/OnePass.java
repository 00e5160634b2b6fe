package io.talentplatform.projections.rebuild;

import io.talentplatform.projections.fold.Fold;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Replays the log once into several read models: each event is read and decoded once (its payload is deserialized,
 * and its personal fields opened, the first time a handler asks, then kept on the message) and handed to each read
 * model's own handlers, the {@link EventHandlerInvoker} its processor runs live, so live and rebuilt rows cannot
 * drift. A batch of events is one unit of work and one transaction: the handlers' writes go out together
 * (BatchedWrites), and every segment's token of every processor rebuilt moves to the batch's last event in the same
 * transaction. A pass stopped halfway (the process killed) therefore leaves each processor at a position its tables
 * agree with, and the processors carry on from there as they would after any restart.
 *
 * <p>The caller holds every segment's claim of the processors rebuilt (so no processor runs them meanwhile) and has
 * reset their tables; the pass ends at the head of the log as it finds it, and the processors go on live from there.
 */
final class OnePass {

    private static final Logger logger = LoggerFactory.getLogger(OnePass.class);

    private final EventStorageEngine log;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final int batchSize;
    private final long statisticsEvery;
    private final Consumer<Set<String>> refreshStatistics;

    /**
     * @param statisticsEvery   events replayed between two looks at the planner's statistics of the tables filled
     * @param refreshStatistics brings PostgreSQL's statistics of the named processors' tables up to date where they
     *                          fell behind ({@link PlannerStatistics})
     */
    OnePass(EventStorageEngine log, TokenStore tokens, TransactionManager transactions, int batchSize,
            long statisticsEvery, Consumer<Set<String>> refreshStatistics) {
        this.log = log;
        this.tokens = tokens;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.statisticsEvery = statisticsEvery;
        this.refreshStatistics = refreshStatistics;
    }

    /**
     * Replays from the first event to the head into every processor of
     * {@code invokers} (by processor name), the events of {@code part} of the sequences only (the processors'
     * segments split them the same way, each a sequence of its own, so parts may run side by side), storing the
     * tokens of the processors' segments in that part as it goes; returns how many events it read. The processors in
     * {@code folds} keep their rows in memory ({@link Fold}): their tokens move with the fold's checkpoints, which a
     * part takes between two of its batches when one is due.
     */
    long run(Map<String, EventHandlerInvoker> invokers, Map<String, int[]> segments,
             Segment part, Map<String, Fold> folds) {
        Map<String, int[]> stored = new LinkedHashMap<>();
        Map<Fold, int[]> folded = new LinkedHashMap<>();
        segments.forEach((processor, ids) -> {
            int[] here = Arrays.stream(ids).filter(id -> part.getMask() == 0 || id == part.getSegmentId()).toArray();
            if (folds.containsKey(processor)) {
                folded.put(folds.get(processor), here); // its tokens move at its checkpoints
            } else {
                stored.put(processor, here);
            }
        });
        long replayed = 0;
        // The tables start empty and grow a thousandfold. The handlers' statements are prepared once and PostgreSQL
        // keeps their plans, made from the statistics of the moment, until the table is analyzed again: a
        // follow-through replay once ran at about 200 events/s for a minute, then at thousands from the moment
        // autovacuum analyzed its tables. The first part looks at the statistics every so many events, and the
        // tables that outgrew theirs are analyzed (for every part: the statistics are the table's).
        long statisticsAt = part.getSegmentId() == 0 ? statisticsEvery : Long.MAX_VALUE;
        // Which read models handle a type is asked once per type, not once per event and processor.
        Map<Class<?>, List<EventHandlerInvoker>> routes = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> events = log.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> next = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
            while (next.hasNext()) {
                batch.add(next.next());
                if (batch.size() == batchSize || !next.hasNext()) {
                    handle(batch, invokers, routes, stored, part, folded);
                    replayed += batch.size();
                    batch = new ArrayList<>(batchSize);
                    if (replayed >= statisticsAt) {
                        refreshStatistics.accept(invokers.keySet());
                        statisticsAt = replayed + statisticsEvery;
                    }
                }
            }
        }
        return replayed;
    }

    private void handle(List<TrackedEventMessage<?>> batch, Map<String, EventHandlerInvoker> invokers,
                        Map<Class<?>, List<EventHandlerInvoker>> routes, Map<String, int[]> segments,
                        Segment part, Map<Fold, int[]> folded) {
        TrackingToken reached = batch.get(batch.size() - 1).trackingToken();
        List<Lock> held = new ArrayList<>(folded.size());
        for (Fold fold : folded.keySet()) {
            Lock lock = fold.batch();
            lock.lock();
            held.add(lock);
        }
        boolean checkpoint = false;
        try {
            apply(batch, invokers, routes, segments, part, reached);
            for (Map.Entry<Fold, int[]> fold : folded.entrySet()) {
                checkpoint |= fold.getKey().applied(fold.getValue(), reached);
            }
        } catch (RuntimeException | Error e) {
            folded.keySet().forEach(Fold::fail);
            throw e;
        } finally {
            held.forEach(Lock::unlock);
        }
        if (checkpoint) {
            // Each read model folded writes its rows in a transaction of its own, side by side. One that fails
            // fails its fold alone: the pass goes on for the others, and that processor later carries on from its
            // last checkpoint.
            folded.keySet().parallelStream().forEach(fold -> {
                try {
                    fold.checkpointIfDue();
                } catch (RuntimeException e) {
                    logger.error("A checkpoint of {} failed; it carries on from the one before", fold.processor(), e);
                }
            });
        }
    }

    private void apply(List<TrackedEventMessage<?>> batch, Map<String, EventHandlerInvoker> invokers,
                       Map<Class<?>, List<EventHandlerInvoker>> routes, Map<String, int[]> segments,
                       Segment part, TrackingToken reached) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(done -> segments.forEach((processor, ids) -> {
            for (int segment : ids) {
                tokens.storeToken(reached, processor, segment);
            }
        }));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            List<EventHandlerInvoker> handlers = routes.computeIfAbsent(event.getPayloadType(),
                    type -> invokers.values().stream().filter(invoker -> invoker.canHandleType(type)).toList());
            for (EventHandlerInvoker invoker : handlers) {
                invoker.handle(event, part);
            }
            return null;
        });
        if (result.isExceptional()) {
            Throwable failed = result.exceptionResult();
            throw failed instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("A rebuild's batch failed", failed);
        }
    }
}
