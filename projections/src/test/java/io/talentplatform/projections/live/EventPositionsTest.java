package io.talentplatform.projections.live;

import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event that fills a gap (its transaction committed after a later event's) carries its own position on the read
 * models' stream, though its token holds the later event's; events in log order carry their tokens' positions.
 */
@ProjectionsTest
class EventPositionsTest {

    @Autowired
    EventStore store;
    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventThatFillsAGapCarriesItsOwnPosition() throws Exception {
        LingeringEvents events = new LingeringEvents(store, Duration.ZERO);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(store.createHeadToken())) {
            String early = "P-" + UUID.randomUUID();
            String late = "P-" + UUID.randomUUID();
            CountDownLatch appended = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            // The early event takes its position first, but its transaction commits after the late one's.
            CompletableFuture<Void> held = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                    .executeWithoutResult(status -> {
                        register(early);
                        appended.countDown();
                        await(commit);
                    }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            register(late);

            TrackedEventMessage<?> first = next(stream);
            assertThat(((EmployeeRegistered) first.getPayload()).employeeId()).isEqualTo(late);
            assertThat(EventPositions.of(first, first.trackingToken())).isEqualTo(position(late));

            commit.countDown();
            held.get(10, TimeUnit.SECONDS);
            TrackedEventMessage<?> second = next(stream);
            assertThat(((EmployeeRegistered) second.getPayload()).employeeId()).isEqualTo(early);
            assertThat(position(early)).isLessThan(position(late));
            assertThat(second.trackingToken().position()).as("the token holds the later event's position")
                    .hasValue(position(late));
            assertThat(EventPositions.of(second, second.trackingToken())).isEqualTo(position(early));
        }
    }

    @Test
    void theOwnPositionFollowsFromTheTokenBefore() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(10, List.of(7L, 9L));
        assertThat(EventPositions.own(before, before.advanceTo(12, 1_000))).hasValue(12);
        assertThat(EventPositions.own(before, before.advanceTo(9, 1_000))).hasValue(9);
        assertThat(EventPositions.own(null, GapAwareTrackingToken.newInstance(3, List.of()))).hasValue(3);
        // A replay's token wraps the position it is at.
        assertThat(EventPositions.own(ReplayToken.createReplayToken(before.advanceTo(12, 1_000), before),
                ReplayToken.createReplayToken(before.advanceTo(12, 1_000), before.advanceTo(7, 1_000))))
                .hasValue(7);
    }

    @Test
    void anEventReadElsewhereHasItsTokensPosition() {
        TrackedEventMessage<?> event = new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(42, List.of()),
                GenericEventMessage.asEventMessage("anything"));
        assertThat(EventPositions.of(event, event.trackingToken())).isEqualTo(42);
    }

    private void register(String id) {
        log.append("Employee", id, new EmployeeRegistered(id, "Lin", "Engineer", "L4", "Engineering", "M-1"));
    }

    private long position(String id) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single();
    }

    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> stream)
            throws InterruptedException {
        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        TrackedEventMessage<?> peeked = stream.peek().orElseThrow();
        TrackedEventMessage<?> taken = stream.nextAvailable();
        assertThat(taken).as("a peek and the take share one message").isSameAs(peeked);
        return taken;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
