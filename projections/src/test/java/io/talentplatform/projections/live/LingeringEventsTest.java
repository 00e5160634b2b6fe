package io.talentplatform.projections.live;

import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model's stream lingers when an event arrives after it had taken everything there was, and never while there
 * is a backlog: the events that came meanwhile are then at hand for the same batch.
 */
@ProjectionsTest
class LingeringEventsTest {

    /** Long enough for the store's reader thread to fetch what was appended while the stream lingers. */
    private static final long LINGER = Duration.ofMillis(500).toNanos();

    @Autowired
    EventStore store;
    @Autowired
    EventLog log;

    @Test
    void lingersOnlyAtTheHead() throws Exception {
        List<Long> pauses = new ArrayList<>();
        LingeringEvents lingering = new LingeringEvents(store, Duration.ofNanos(LINGER), nanos -> {
            pauses.add(nanos);
            TimeUnit.NANOSECONDS.sleep(nanos);
        });
        append();
        try (BlockingStream<TrackedEventMessage<?>> stream = lingering.openStream(store.createTailToken())) {
            // A backlog (every event of the log so far) is read without a pause, as a processor's batches read it.
            int read = 0;
            while (stream.peek().isPresent()) {
                assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
                stream.nextAvailable();
                read++;
            }
            assertThat(read).isPositive();
            assertThat(pauses).as("no pause while behind").isEmpty();

            // At the head: the next event makes it linger once, and what came meanwhile is at hand for the batch.
            String second = append();
            String third = append();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(pauses).containsExactly(LINGER);
            List<String> batch = new ArrayList<>();
            while (stream.peek().isPresent()) {
                batch.add(((EmployeeRegistered) stream.nextAvailable().getPayload()).employeeId());
            }
            assertThat(batch).endsWith(second, third);

            // Caught up again: the next event lingers again, but only once while it waits to be taken.
            append();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(pauses).containsExactly(LINGER, LINGER);
        }
    }

    @Test
    void noLingerTakesEachEventAtOnce() throws Exception {
        List<Long> pauses = new ArrayList<>();
        LingeringEvents immediate = new LingeringEvents(store, Duration.ZERO, pauses::add);
        try (BlockingStream<TrackedEventMessage<?>> stream = immediate.openStream(store.createHeadToken())) {
            assertThat(stream.peek()).isEmpty();
            append();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(pauses).isEmpty();
        }
    }

    private String append() {
        String id = "L-" + UUID.randomUUID();
        log.append("Employee", id, new EmployeeRegistered(id, "Lin", "Engineer", "L4", "Engineering", "M-1"));
        return id;
    }
}
