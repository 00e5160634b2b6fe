package io.talentplatform.query.audit;

import io.talentplatform.platform.privacy.PersonKeys;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.careercapital.CareerCapitalProjector;
import io.talentplatform.projections.fold.KeyedWrites;
import io.talentplatform.projections.talentpool.TalentPoolProjector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a read model said at a past moment, built by the code that builds it live: in one transaction that is
 * rolled back, the read model's tables are shadowed by empty temporary copies (PostgreSQL looks in the session's
 * temporary schema first), the relevant streams' events up to that moment are applied by the read model's own
 * projector, in the order of the log and as one batch, as its processor applies a batch live, and the query side's
 * own reader then reads the copies. Nothing of the live read model is touched, and there is no second
 * implementation of either the projection or the question.
 */
@Component
public class PointInTime {

    /** The read models that can be asked about the past: their declaration, and how to make their projector. */
    public enum Replayable {
        CAREER_CAPITAL(ReadModel.CAREER_CAPITAL, time -> new CareerCapitalProjector(time.writes,
                new KeyedWrites(time.writes, null), time.personKeys), List.of()),
        // The recorded rankings, the takings and moves, and the named pools are written by other projectors of the
        // talent pool, which a replay does not run, and no view of the past reads them: copying them cost every
        // replay a temporary table each.
        TALENT_POOL(ReadModel.TALENT_POOL, time -> new TalentPoolProjector(time.writes, time.jdbc),
                List.of("tp_ranking", "tp_ranking_entry", "tp_ranking_dispute", "tp_taking", "tp_move", "tp_named_pool",
                        "tp_pool_member"));

        private final ReadModel declared;
        private final Function<PointInTime, Object> projector;
        private final List<String> notReplayed;

        Replayable(ReadModel declared, Function<PointInTime, Object> projector, List<String> notReplayed) {
            this.declared = declared;
            this.projector = projector;
            this.notReplayed = notReplayed;
        }

        /** The tables a replay shadows: the read model's, less those its projector never writes. */
        List<String> tables() {
            return declared.tables().stream().filter(table -> !notReplayed.contains(table)).toList();
        }
    }

    private final EventStore store;
    private final JdbcClient jdbc;
    private final BatchedWrites writes;
    private final JdbcTemplate jdbcTemplate;
    private final PersonKeys personKeys;
    private final TransactionTemplate transactions;
    private final PlatformClock clock;

    PointInTime(EventStore store, JdbcClient jdbc, JdbcTemplate jdbcTemplate, PersonKeys personKeys,
                TransactionTemplate transactions, PlatformClock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbcTemplate, true);
        this.jdbcTemplate = jdbcTemplate;
        this.personKeys = personKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Refuses a moment the log cannot know yet (422); call it before looking anything up for that moment. */
    public void requirePast(Instant at) {
        if (at.isAfter(clock.instant())) {
            throw RuleViolation.unprocessable("at-in-future", "The platform knows the past only; " + at
                    + " is later than now.");
        }
    }

    /**
     * Replays the events of {@code aggregates} recorded up to and including {@code at} into a private copy of
     * {@code readModel}, and answers what {@code read} reads from it.
     */
    public <T> Replayed<T> replay(Replayable readModel, Collection<String> aggregates, Instant at, Supplier<T> read) {
        requirePast(at);
        return transactions.execute(status -> {
            status.setRollbackOnly();
            jdbcTemplate.execute(emptyCopies(readModel));
            List<TrackedEventMessage<?>> events = eventsUpTo(aggregates, at);
            if (!events.isEmpty()) {
                apply(new AnnotationEventHandlerAdapter(readModel.projector.apply(this)), events);
            }
            long last = events.isEmpty() ? 0 : ((GlobalSequenceTrackingToken) events.get(events.size() - 1)
                    .trackingToken()).getGlobalIndex();
            return new Replayed<>(read.get(), events.size(), last);
        });
    }

    /**
     * The statements, sent as one, that shadow the read model's tables with empty temporary copies: columns,
     * defaults, constraints and the indexes its handlers need (keys, the targets of their upserts), not the indexes
     * only its queries use, whose upkeep would cost more than a scan of a replay's few rows. Counters (rows the
     * projector updates rather than inserts) are copied with their rows.
     */
    private String emptyCopies(Replayable readModel) {
        List<String> tables = readModel.tables();
        List<String> statements = new ArrayList<>();
        for (String table : tables) {
            statements.add("CREATE TEMPORARY TABLE " + table + " (LIKE public." + table
                    + " INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS) ON COMMIT DROP");
        }
        // Read for every replay, not kept: a migration run by another service may have added an index since.
        jdbc.sql("""
                        SELECT t.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i
                        JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                        JOIN pg_class c ON c.oid = i.indexrelid
                        WHERE n.nspname = 'public' AND t.relname = ANY (?::text[]) AND c.relname <> ALL (?::text[])
                        ORDER BY t.relname, c.relname""")
                .param(tables.toArray(String[]::new)).param(readModel.declared.queryIndexes().toArray(String[]::new))
                .query((rs, row) -> rs.getString(2).replace(" ON public." + rs.getString(1) + " ",
                        " ON pg_temp." + rs.getString(1) + " "))
                .list().forEach(statements::add);
        for (String table : readModel.declared.counters()) {
            statements.add("CREATE TEMPORARY TABLE " + table + " ON COMMIT DROP AS SELECT * FROM public." + table);
        }
        return String.join(";\n", statements);
    }

    /**
     * Applies the events as one batch, the way a processor applies a batch live: the handlers' statements are sent
     * together when the batch commits (BatchedWrites), digests are recomputed once per person (HeldCapabilities).
     * The unit of work has no transaction of its own; its statements run in the replay's, which is rolled back.
     */
    private static void apply(AnnotationEventHandlerAdapter projector, List<TrackedEventMessage<?>> events) {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        ResultMessage<?> result = batch.executeWithResult(() -> {
            TrackedEventMessage<?> event = batch.getMessage();
            if (projector.canHandle(event)) {
                try {
                    projector.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName()
                            + " failed", e);
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("Replaying the events up to the moment failed", result.exceptionResult());
        }
    }

    /** The streams' events up to {@code at}, each with its global position, in the order of the log. */
    private List<TrackedEventMessage<?>> eventsUpTo(Collection<String> aggregates, Instant at) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(aggregates));
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("SELECT eventidentifier, globalindex FROM domainevententry WHERE aggregateidentifier = ANY (?)")
                .param(ids.toArray(String[]::new))
                .query(rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        for (String aggregate : ids) {
            store.readEvents(aggregate, 0).asStream()
                    .filter(event -> !event.getTimestamp().isAfter(at))
                    .forEach(event -> events.add(tracked(event, positions.get(event.getIdentifier()))));
        }
        events.sort(Comparator.comparingLong(event -> ((GlobalSequenceTrackingToken) event.trackingToken())
                .getGlobalIndex()));
        return events;
    }

    private static TrackedEventMessage<?> tracked(DomainEventMessage<?> event, Long position) {
        if (position == null) {
            throw new IllegalStateException("No position for event " + event.getIdentifier());
        }
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), event);
    }

    /**
     * @param view         what the reader read from the replayed copy
     * @param events       how many events were replayed
     * @param lastPosition the global position of the last of them (0 if none)
     */
    public record Replayed<T>(T view, int events, long lastPosition) {
    }
}
