package io.talentplatform.projections.publishing;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events publisher's source is the store's log with personal fields left sealed: the same event, position,
 * stream, timestamp and metadata, every other field decoded, and the personal text read as "not opened", while
 * the store itself still opens it for every other reader.
 */
@ProjectionsTest
class UnopenedEventsTest {

    @Autowired
    EventStore store;
    @Autowired
    UnopenedEvents unopened;
    @Autowired
    EventLog log;

    @Test
    void theSameEventsWithTheirPersonalTextsLeftSealed() throws Exception {
        TrackingToken head = store.createHeadToken();
        String person = "UNOPENED-" + UUID.randomUUID();
        log.append("Employee", person, new CapabilityEvidenced(person, UUID.randomUUID(), "negotiation", 4,
                "closed the supplier dispute", EvidenceSource.CONVERSATION, LocalDate.of(2026, 11, 2), null));

        TrackedEventMessage<?> opened = next(store.openStream(head), person);
        TrackedEventMessage<?> sealed = next(unopened.openStream(head), person);

        CapabilityEvidenced read = (CapabilityEvidenced) opened.getPayload();
        CapabilityEvidenced publisherRead = (CapabilityEvidenced) sealed.getPayload();
        assertThat(read.evidence()).isEqualTo("closed the supplier dispute");
        assertThat(publisherRead.evidence()).isEqualTo(Sealer.NOT_OPENED);
        assertThat(publisherRead).usingRecursiveComparison().ignoringFields("evidence").isEqualTo(read);
        assertThat(sealed.getIdentifier()).isEqualTo(opened.getIdentifier());
        assertThat(sealed.trackingToken()).isEqualTo(opened.trackingToken());
        assertThat(sealed.getTimestamp()).isEqualTo(opened.getTimestamp());
        assertThat(sealed.getMetaData()).isEqualTo(opened.getMetaData());
        assertThat(((DomainEventMessage<?>) sealed).getSequenceNumber())
                .isEqualTo(((DomainEventMessage<?>) opened).getSequenceNumber());
        assertThat(((DomainEventMessage<?>) sealed).getType()).isEqualTo("Employee");
    }

    /** The first event of the person's stream after the token (other tests append meanwhile). */
    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> stream, String person)
            throws InterruptedException {
        try (stream) {
            while (stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event instanceof DomainEventMessage<?> domain && person.equals(domain.getAggregateIdentifier())) {
                    return event;
                }
            }
        }
        throw new AssertionError("no event of " + person + " within 10 s");
    }
}
