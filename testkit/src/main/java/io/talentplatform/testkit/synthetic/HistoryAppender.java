package io.talentplatform.testkit.synthetic;

import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Appends a generated history to Axon's event store as the platform itself would: through the {@link EventStore}
 * and its serializer (so personal fields are sealed with each person's key) and with the subscribing handlers of the
 * command side updating their lookups in the same transaction (its policies leave these events alone: they are
 * marked {@link EventSerialization#IMPORTED}, and the history holds the moves its fills make). One unit of work, one
 * transaction, per batch.
 *
 * <p>Pause the streaming processors while appending: the contract policies send commands to the contracts the
 * appender is still writing, and the two would claim the same sequence numbers.
 */
public final class HistoryAppender implements Consumer<SyntheticEvent> {

    public static final int DEFAULT_BATCH = 2_000;

    private final EventStore store;
    private final TransactionManager transactions;
    private final int batchSize;
    private final List<DomainEventMessage<?>> batch;
    private long appended;

    public HistoryAppender(EventStore store, TransactionManager transactions, int batchSize) {
        this.store = store;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
    }

    @Override
    public void accept(SyntheticEvent event) {
        MetaData metaData = MetaData.from(Map.of(
                EventSerialization.ACTOR, event.actor(),
                EventSerialization.ACTOR_ROLES, event.actorRoles(),
                EventSerialization.REQUEST_ID, "",
                EventSerialization.CORRELATION, "synthetic-organisation",
                EventSerialization.IMPORTED, "true"));
        batch.add(new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequenceNumber(),
                event.payload(), metaData, event.eventId(), event.timestamp()));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Appends what is still waiting; call once the generator is done. */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> events = List.copyOf(batch);
        batch.clear();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> store.publish(events));
        appended += events.size();
    }

    /** How many events were appended so far. */
    public long appended() {
        return appended;
    }
}
