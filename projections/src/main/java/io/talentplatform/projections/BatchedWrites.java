package io.talentplatform.projections;

import io.talentplatform.platform.axon.PersonSequencing;
import io.talentplatform.projections.fold.Folds;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read model's writes, sent a batch of events at a time: the statements of a processor's batch are kept until it
 * prepares to commit, then sent as JDBC batches, one round trip for each group of the same statement instead of one
 * per statement. Replaying the log was a round trip per statement per event and read model; grouping them is what
 * makes rebuilds fast (docs/decisions/004-batched-read-model-writes.md).
 *
 * <p>Grouping the same statements together reorders them, which is safe exactly where the processors already allow
 * it: events with different sequence identifiers run in different segments, in separate transactions, in any order
 * relative to each other, so a read model is correct under any interleaving of them. A statement therefore only
 * keeps its place behind the earlier statements of the same person ({@link PersonSequencing}) or the same aggregate
 * (Axon's default policy), whichever policy its processor uses; everything else may move ahead of it.
 *
 * <p>Outside a unit of work (a test calling a handler) a statement runs at once; a point-in-time replay applies its
 * events as one batch in a unit of work, as a processor does. A handler
 * or commit step that reads what this batch wrote calls {@link #flush()} first.
 */
@Component
public class BatchedWrites {

    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);

    private final JdbcTemplate jdbc;
    private final PersonSequencing personSequencing = PersonSequencing.ofAnyReadModel();
    /** Each statement text's multi-row form, or empty where its rows must go one by one. */
    private final Map<String, Optional<MultiRowStatement>> multiRow = new ConcurrentHashMap<>();
    private volatile boolean multiRowStatements;
    /** The rebuilds folding read models in memory, whose tables no raw statement may name meanwhile; null for none. */
    private final Folds folds;
    /** The unit-of-work resource of this instance's pending statements. */
    private final String resource = BatchedWrites.class.getName() + "@" + Integer.toHexString(hashCode());

    /** Where no rebuild folds a read model (a point-in-time replay, a test). */
    public BatchedWrites(JdbcTemplate jdbc, boolean multiRowStatements) {
        this(jdbc, multiRowStatements, null);
    }

    @Autowired
    public BatchedWrites(JdbcTemplate jdbc,
                         @Value("${talent.projections.multi-row-statements:true}") boolean multiRowStatements,
                         Folds folds) {
        this.jdbc = jdbc;
        this.multiRowStatements = multiRowStatements;
        this.folds = folds;
    }

    /**
     * Whether a group of the same statement goes as one multi-row statement where that gives the same rows
     * ({@link MultiRowStatement}), or as a JDBC batch of one-row statements; a test compares the two.
     */
    public void multiRowStatements(boolean on) {
        this.multiRowStatements = on;
    }

    /** A statement, written like {@code JdbcClient}'s: {@code sql(...).params(...).update()}. */
    public Statement sql(String sql) {
        return new Statement(sql);
    }

    /** Sends the statements this batch has kept so far (in the current unit of work), before reading their rows. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = CurrentUnitOfWork.get().root().getResource(resource);
            if (pending != null) {
                pending.send();
            }
        }
    }

    public final class Statement {

        private final String sql;
        private final List<Object> params = new ArrayList<>();

        private Statement(String sql) {
            this.sql = sql;
        }

        public Statement param(Object value) {
            params.add(value);
            return this;
        }

        public Statement params(Object... values) {
            params.addAll(Arrays.asList(values));
            return this;
        }

        /** Kept for the batch's commit inside a unit of work; run at once outside one. */
        public void update() {
            if (folds != null) {
                folds.checkRaw(sql);
            }
            Object[] args = params.toArray();
            if (!CurrentUnitOfWork.isStarted()) {
                jdbc.update(sql, args);
                return;
            }
            UnitOfWork<?> current = CurrentUnitOfWork.get();
            UnitOfWork<?> batch = current.root();
            Pending pending = batch.getOrComputeResource(resource, key -> {
                Pending created = new Pending();
                batch.onPrepareCommit(unitOfWork -> created.send());
                return created;
            });
            pending.add(current.getMessage(), sql, args);
        }
    }

    private static Optional<MultiRowStatement> multiRowForm(String sql) {
        Optional<MultiRowStatement> form = MultiRowStatement.of(sql);
        log.debug("{} rows of one statement: {}", form.isPresent() ? "Many" : "One by one,", sql);
        return form;
    }

    /** The identifiers whose earlier statements this event's statements must follow. */
    private Set<Object> orderedAfter(Message<?> message) {
        if (!(message instanceof EventMessage<?> event)) {
            return Set.of(Unordered.ALL);
        }
        // A plain event (no aggregate) has no order in Axon's default policy: its own identifier keeps only its own
        // statements in order.
        Object aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : event.getIdentifier();
        Object person = personSequencing.getSequenceIdentifierFor(event);
        return person == null || person.equals(aggregate) ? Set.of(aggregate) : Set.of(person, aggregate);
    }

    /** The key of statements that belong to no event: they keep their place behind every such statement. */
    private enum Unordered { ALL }

    private record Write(String sql, Object[] args, Set<Object> after) {
    }

    /** One batch's statements not sent yet, in the order the handlers gave them. */
    private final class Pending {

        private final List<Write> writes = new ArrayList<>();
        /** The event whose statements came last, and what they follow: an event's statements share it. */
        private Message<?> lastEvent;
        private Set<Object> lastOrderedAfter;

        void add(Message<?> event, String sql, Object[] args) {
            if (event != lastEvent) {
                lastEvent = event;
                lastOrderedAfter = orderedAfter(event);
            }
            writes.add(new Write(sql, args, lastOrderedAfter));
        }

        /**
         * Sends every kept statement. Each identifier's statements form a queue; a statement is ready when it heads
         * the queues of all its identifiers. Repeatedly, the statement text with the most ready statements is sent as
         * one JDBC batch.
         */
        void send() {
            if (writes.isEmpty()) {
                return;
            }
            // First appearance order: a batch sent goes roughly in log order, and the same events give the same order.
            Map<Object, ArrayDeque<Write>> queues = new LinkedHashMap<>();
            for (Write write : writes) {
                for (Object key : write.after()) {
                    queues.computeIfAbsent(key, k -> new ArrayDeque<>()).add(write);
                }
            }
            writes.clear();
            while (!queues.isEmpty()) {
                Map<String, List<Write>> ready = new LinkedHashMap<>();
                Set<Write> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                for (ArrayDeque<Write> queue : queues.values()) {
                    Write head = queue.peek();
                    if (seen.add(head) && heads(head, queues)) {
                        ready.computeIfAbsent(head.sql(), sql -> new ArrayList<>()).add(head);
                    }
                }
                List<Write> largest = ready.values().stream().reduce((a, b) -> b.size() > a.size() ? b : a)
                        .orElseThrow(() -> new IllegalStateException("statements wait on each other"));
                execute(largest);
                for (Write write : largest) {
                    for (Object key : write.after()) {
                        ArrayDeque<Write> queue = queues.get(key);
                        queue.poll();
                        if (queue.isEmpty()) {
                            queues.remove(key);
                        }
                    }
                }
            }
        }

        private static boolean heads(Write write, Map<Object, ArrayDeque<Write>> queues) {
            for (Object key : write.after()) {
                if (queues.get(key).peek() != write) {
                    return false;
                }
            }
            return true;
        }

        private void execute(List<Write> batch) {
            String sql = batch.get(0).sql();
            List<Object[]> rows = batch.stream().map(Write::args).toList();
            Optional<List<MultiRowStatement.Statement>> together = rows.size() < 2 || !multiRowStatements
                    ? Optional.empty()
                    : multiRow.computeIfAbsent(sql, BatchedWrites::multiRowForm).flatMap(form -> form.statements(rows));
            if (together.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                return;
            }
            for (MultiRowStatement.Statement statement : together.get()) {
                Object[] arrays = Arrays.stream(statement.arrays())
                        .map(literal -> new SqlParameterValue(Types.OTHER, literal)).toArray();
                jdbc.update(statement.sql(), arrays);
            }
        }
    }
}
