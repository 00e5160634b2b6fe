package io.talentplatform.projections.live;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The log's stream passed on unchanged, for a view that changes some of what its reader sees and no more. */
public abstract class ForwardingStream implements BlockingStream<TrackedEventMessage<?>> {

    protected final BlockingStream<TrackedEventMessage<?>> events;

    protected ForwardingStream(BlockingStream<TrackedEventMessage<?>> events) {
        this.events = events;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return events.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return events.hasNextAvailable(timeout, unit);
    }

    @Override
    public boolean hasNextAvailable() {
        return events.hasNextAvailable();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return events.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
        events.skipMessagesWithPayloadTypeOf(ignored);
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return events.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        events.close();
    }
}
