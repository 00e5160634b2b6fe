package io.talentplatform.projections.live;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a read model's processor follows it live: the same log, positions and wake-ups, except that a
 * processor that has taken everything there was waits a moment ({@code talent.projections.linger}) after the next
 * event arrives before taking it, so that the events of the commands committing meanwhile go in the same batch.
 *
 * <p>A tracking processor commits a transaction for every batch, and every segment stores its token even when none
 * of the batch's events is its own. Followed event by event, each command cost every read model's segments a
 * transaction of their own; lingering makes that one transaction for the commands of a moment
 * (docs/decisions/027-read-models-linger-at-the-head.md). A processor behind the head (a backlog, a catch-up) never
 * waits: there is always a next event at hand, so it lingers only once it has caught up.
 */
public final class LingeringEvents extends LogView {

    /** The bean the read models' processors name as their {@code source} (talent-projections.yml). */
    public static final String BEAN = "lingeringEvents";

    private final long lingerNanos;
    private final Pause pause;

    public LingeringEvents(StreamableMessageSource<TrackedEventMessage<?>> log, Duration linger) {
        this(log, linger, TimeUnit.NANOSECONDS::sleep);
    }

    LingeringEvents(StreamableMessageSource<TrackedEventMessage<?>> log, Duration linger, Pause pause) {
        super(log);
        this.lingerNanos = linger.toNanos();
        this.pause = pause;
    }

    /** How a stream waits: a sleep, or what a test counts. */
    interface Pause {
        void nanos(long nanos) throws InterruptedException;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        BlockingStream<TrackedEventMessage<?>> stream = EventPositions.positioned(logFrom(token), token);
        return lingerNanos <= 0 ? stream : new Lingering(stream);
    }

    @Configuration(proxyBeanMethods = false)
    static class Source {

        @Bean(BEAN)
        LingeringEvents lingeringEvents(EventStore store,
                                        @Value("${talent.projections.linger:20ms}") Duration linger) {
            return new LingeringEvents(store, linger);
        }
    }

    /** A stream that, once its reader has found nothing more at hand, lingers when the next event comes. */
    private final class Lingering extends ForwardingStream {

        /** Whether the reader has looked for a next event and found none: it is at the head. */
        private boolean caughtUp;

        Lingering(BlockingStream<TrackedEventMessage<?>> events) {
            super(events);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            Optional<TrackedEventMessage<?>> next = events.peek();
            if (next.isEmpty()) {
                caughtUp = true;
            }
            return next;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (!events.hasNextAvailable(timeout, unit)) {
                caughtUp = true;
                return false;
            }
            if (caughtUp) {
                caughtUp = false;
                pause.nanos(lingerNanos);
            }
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            boolean available = events.hasNextAvailable();
            if (!available) {
                caughtUp = true;
            }
            return available;
        }
    }
}
