package io.talentplatform.projections.live;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An event's own position in the log, for a read model that records where a row came from. The token a handler is
 * given is the stream's position after the event, and that is the event's own only while events arrive in log order.
 * An event whose transaction committed after a later one's arrives after it, filling a gap, and its token then holds
 * the later event's position: two rows named the same position and the rebuild, which reads a log without gaps,
 * wrote other rows than the live processor had (docs/decisions/036-read-models-record-an-events-own-position.md).
 *
 * <p>The read models' stream therefore works out each event's own position from the token before it (a position
 * beyond the previous one is the event's; otherwise the event filled the one gap that the previous token had and its
 * own has not) and puts it on the message's metadata, in memory only.
 */
public final class EventPositions {

    /** The metadata key the read models' stream puts an event's own position under. */
    static final String KEY = "talent.eventPosition";

    private EventPositions() {
    }

    /**
     * The event's own position: as the read models' stream worked it out, or, for an event read another way (a
     * rebuild's pass over a log whose gaps have closed), its token's.
     */
    public static long of(EventMessage<?> event, TrackingToken token) {
        Object own = event.getMetaData().get(KEY);
        if (own instanceof Number position) {
            return position.longValue();
        }
        return token == null ? 0 : token.position().orElse(0);
    }

    /** The position {@code current} advanced to from {@code previous}: the event's own, where the tokens show it. */
    static OptionalLong own(TrackingToken previous, TrackingToken current) {
        Optional<GapAwareTrackingToken> now = gapAware(current);
        if (now.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<GapAwareTrackingToken> before = gapAware(previous);
        if (before.isEmpty() || now.get().getIndex() > before.get().getIndex()) {
            return OptionalLong.of(now.get().getIndex());
        }
        return before.get().getGaps().stream().filter(gap -> !now.get().getGaps().contains(gap))
                .mapToLong(Long::longValue).findFirst();
    }

    private static Optional<GapAwareTrackingToken> gapAware(TrackingToken token) {
        return token == null ? Optional.empty() : WrappedToken.unwrap(token, GapAwareTrackingToken.class);
    }

    /** The stream with each event's own position on it. */
    static BlockingStream<TrackedEventMessage<?>> positioned(BlockingStream<TrackedEventMessage<?>> events,
                                                             TrackingToken from) {
        return new Positioned(events, from);
    }

    /**
     * A stream whose events carry their own positions; a peek and the take that follows share one message. Every
     * event of the log passes through it, so each token it sees follows the one before.
     */
    private static final class Positioned extends ForwardingStream {

        /** The token of the last event taken (or the one the stream opened at). */
        private TrackingToken previous;
        private TrackedEventMessage<?> lastRead;
        private TrackedEventMessage<?> lastPositioned;

        Positioned(BlockingStream<TrackedEventMessage<?>> events, TrackingToken from) {
            super(events);
            this.previous = from;
        }

        private TrackedEventMessage<?> positioned(TrackedEventMessage<?> event) {
            if (event != lastRead) {
                lastRead = event;
                OptionalLong own = own(previous, event.trackingToken());
                // Axon's tracked messages keep their kind and token when metadata is added.
                lastPositioned = own.isPresent()
                        && event.andMetaData(Map.of(KEY, own.getAsLong())) instanceof TrackedEventMessage<?> tracked
                        ? tracked : event;
            }
            return lastPositioned;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek().map(this::positioned);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> taken = positioned(events.nextAvailable());
            previous = taken.trackingToken();
            return taken;
        }

        /**
         * Not passed on: a stream that left out the events of some types could not tell a gap filled by one of those
         * from an event of its own. The processor passes over what it has no handler for either way.
         */
        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
        }
    }
}
