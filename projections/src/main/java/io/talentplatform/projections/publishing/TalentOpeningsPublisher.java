package io.talentplatform.projections.publishing;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityPosted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Publishes openings opened and filled, and gigs and projects posted and taken, to {@code talent.openings.v1}, keyed by opening id, in order per opening (an
 * opening's events are one aggregate's, so one segment). Who filled an opening is not published.
 */
@Component
@ProcessingGroup(TalentOpeningsPublisher.NAME)
public class TalentOpeningsPublisher {

    public static final String NAME = Processors.OPENINGS_PUBLISHER;

    private final KafkaSends sends;
    private final PublicContract contract;

    public TalentOpeningsPublisher(KafkaSends sends, PublicContract contract) {
        this.sends = sends;
        this.contract = contract;
    }

    @EventHandler
    void on(OpeningOpened event, EventMessage<?> message) {
        sends.cloudEvent(TalentTopics.OPENINGS, event.openingId().toString(),
                contract.openingOpened(message.getIdentifier(), message.getTimestamp(), event));
    }

    @EventHandler
    void on(OpportunityPosted event, EventMessage<?> message) {
        sends.cloudEvent(TalentTopics.OPENINGS, event.openingId().toString(),
                contract.opportunityPosted(message.getIdentifier(), message.getTimestamp(), event));
    }

    @EventHandler
    void on(OpportunityAgreed event, EventMessage<?> message) {
        sends.cloudEvent(TalentTopics.OPENINGS, event.openingId().toString(),
                contract.opportunityTaken(message.getIdentifier(), message.getTimestamp(), event));
    }

    @EventHandler
    void on(OpeningFilled event, EventMessage<?> message) {
        sends.cloudEvent(TalentTopics.OPENINGS, event.openingId().toString(),
                contract.openingFilled(message.getIdentifier(), message.getTimestamp(), event));
    }
}
