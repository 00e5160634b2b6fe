package io.talentplatform.projections.publishing;

import io.talentplatform.platform.axon.EventSerialization;
import io.talentplatform.platform.privacy.UnopenedPersonalData;
import io.talentplatform.projections.live.ForwardingStream;
import io.talentplatform.projections.live.LogView;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/**
 * The event store as the events publisher reads it: the same log, positions and wake-ups (it is the store's own
 * stream), but each event decoded afresh from its stored JSON without opening personal fields, which read as
 * {@link io.talentplatform.platform.privacy.Sealer#NOT_OPENED}. The events topic carries no personal text
 * ({@link PublicContract}), so opening them was work thrown away: a key looked up, a cipher run and a JSON tree built
 * for every event (docs/decisions/025-events-publisher-reads-unopened-events.md).
 *
 * <p>The store's messages are shared by every processor tailing it, so their payloads are never decoded here: the
 * stored form is taken from them as it was read ({@link Message#serializePayload} with the serializer that read it
 * returns it without decoding) and decoded into a message of this source's own.
 */
public final class UnopenedEvents extends LogView {

    /** The bean the events publisher's {@code source} names (talent-projections.yml). */
    public static final String BEAN = "unopenedEvents";

    private final Serializer storeSerializer;
    private final Serializer unopened;

    public UnopenedEvents(EventStore store, Serializer storeSerializer) {
        super(store);
        this.storeSerializer = storeSerializer;
        this.unopened = JacksonSerializer.builder()
                .objectMapper(EventSerialization.eventJson().addModule(new UnopenedPersonalData()).build())
                .build();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new Unopening(logFrom(token));
    }

    /** The same event, decoded by this source's serializer from the form the store read. */
    private TrackedEventMessage<?> unopened(TrackedEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(storeSerializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(storeSerializer, byte[].class);
        SerializedMessage<?> decoded = new SerializedMessage<>(event.getIdentifier(), payload, metaData, unopened);
        if (event instanceof DomainEventMessage<?> domain) {
            return new GenericTrackedDomainEventMessage<>(event.trackingToken(), domain.getType(),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), decoded, event::getTimestamp);
        }
        return new GenericTrackedEventMessage<>(event.trackingToken(), decoded, event::getTimestamp);
    }

    @Configuration(proxyBeanMethods = false)
    static class Source {

        @Bean(BEAN)
        UnopenedEvents unopenedEvents(EventStore store, @Qualifier("eventSerializer") Serializer eventSerializer) {
            return new UnopenedEvents(store, eventSerializer);
        }
    }

    /** The store's stream, each event decoded once, when first asked for (a peek and the take share it). */
    private final class Unopening extends ForwardingStream {

        private TrackedEventMessage<?> lastStored;
        private TrackedEventMessage<?> lastDecoded;

        Unopening(BlockingStream<TrackedEventMessage<?>> stored) {
            super(stored);
        }

        private TrackedEventMessage<?> decoded(TrackedEventMessage<?> event) {
            if (event != lastStored) {
                lastStored = event;
                lastDecoded = unopened(event);
            }
            return lastDecoded;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek().map(this::decoded);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return decoded(events.nextAvailable());
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            events.skipMessagesWithPayloadTypeOf(lastDecoded == ignored ? lastStored : ignored);
        }
    }
}
