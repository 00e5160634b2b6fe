package io.talentplatform.projections.live;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;

/**
 * The event log as one kind of processor reads it: the stream is the view's own ({@link #openStream}), every position
 * (tail, head, a moment) is the log's, so a processor's tokens mean the same whichever view it reads.
 */
public abstract class LogView implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> log;

    protected LogView(StreamableMessageSource<TrackedEventMessage<?>> log) {
        this.log = log;
    }

    /** The log's own stream from {@code token}, for a subclass to read its way. */
    protected final BlockingStream<TrackedEventMessage<?>> logFrom(TrackingToken token) {
        return log.openStream(token);
    }

    @Override
    public final TrackingToken createTailToken() {
        return log.createTailToken();
    }

    @Override
    public final TrackingToken createHeadToken() {
        return log.createHeadToken();
    }

    @Override
    public final TrackingToken createTokenAt(Instant at) {
        return log.createTokenAt(at);
    }

    @Override
    public final TrackingToken createTokenSince(Duration since) {
        return log.createTokenSince(since);
    }
}
