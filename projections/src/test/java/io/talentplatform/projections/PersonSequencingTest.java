package io.talentplatform.projections;

import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.ReviewCadence;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessionReadiness;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.axon.PersonSequencing;
import io.talentplatform.platform.readmodel.ReadModel;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models keyed by person apply a person's conversations, contracts and slate changes (and the follow-through
 * their asks for gigs) in that person's
 * segment, in the order of the log (in separate segments a nomination raced a departure and a rebuild differed from
 * the live run); the query side's read-your-writes wait names the same segment for each stored event.
 */
@ProjectionsTest
class PersonSequencingTest {

    @Autowired
    EventStore store;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonsEventsOfEveryAggregateShareTheirSequenceAndTheQuerySideAgrees() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dee = "D-" + suffix;
        String role = "R-" + suffix;
        UUID contract = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        UUID opening = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 3, 1);
        log.append("Employee", dee, new EmployeeRegistered(dee, "Dee", "Engineer", "L5", "Engineering", "M-1"),
                new EmployeeDeparted(dee, day, DepartureReason.VOLUNTARY, true));
        log.append("Role", "role:" + role,
                new RoleDefined(role, "Lead", "Engineering", "L6", true, "engineering-leadership", List.of()),
                new SuccessorNominated(role, dee, SuccessionReadiness.READY_NOW, false, "covers", "P-1"),
                new SuccessorReassessed(role, dee, SuccessionReadiness.READY_1_2_YEARS,
                        SuccessionReadiness.READY_NOW, false, "less", "P-1"),
                new SuccessorRemoved(role, dee, "left", "P-1"));
        log.append("CareerConversation", conversation.toString(), new ConversationScheduled(conversation, dee, "M-1",
                ConversationKind.FULL, ConversationTrigger.QUARTERLY, Instant.parse("2026-02-01T10:00:00Z"), 60,
                "M-1"));
        log.append("DevelopmentContract", contract.toString(), new DevelopmentContractOpened(contract, dee, "M-1",
                "lead", "a team", ReviewCadence.QUARTERLY, day, "", List.of(), conversation));
        log.append("Opening", opening.toString(),
                new OpeningOpened(opening, role, "Lead", "Engineering", "L6", "engineering-leadership", List.of(),
                        day, false),
                new OpeningFilled(opening, role, "Engineering", day, day, dee, true, null));

        UUID gig = UUID.randomUUID();
        log.append("Opening", gig.toString(),
                new OpportunityApplied(gig, OpeningKind.GIG, "Pricing pilot", dee, "to learn pricing", day),
                new OpportunityAgreed(gig, dee, "M-1", day, OpeningKind.GIG, 1, 1));

        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (String aggregate : List.of(dee, "role:" + role, conversation.toString(), contract.toString(),
                opening.toString(), gig.toString())) {
            store.readEvents(aggregate).asStream().forEach(events::add);
        }
        assertThat(events).hasSize(12);
        for (ReadModel model : ReadModel.values()) {
            if (!model.personSequenced()) {
                assertThat(PersonSequencing.sequenceKeySql(model.processor())).isEqualTo("aggregateidentifier");
                continue;
            }
            PersonSequencing policy = PersonSequencing.of(model).orElseThrow();
            assertThat(processing.sequencingPolicy(model.processor())).as(model.processor()).isSameAs(policy);
            for (DomainEventMessage<?> event : events) {
                Object payload = event.getPayload();
                boolean withTheOpening = payload instanceof RoleDefined || payload instanceof OpeningOpened
                        || payload instanceof OpeningFilled
                        // the talent pool counts a gig's seats on its opening's row; the follow-through asks the
                        // person's manager, read from the person's row
                        || model != ReadModel.FOLLOW_THROUGH
                                && (payload instanceof OpportunityApplied || payload instanceof OpportunityAgreed);
                String expected = withTheOpening ? event.getAggregateIdentifier() : dee;
                String name = model.processor() + ": " + event.getPayloadType().getSimpleName();
                assertThat(policy.getSequenceIdentifierFor(event)).as(name).isEqualTo(expected);
                assertThat(jdbc.sql("SELECT " + PersonSequencing.sequenceKeySql(model.processor())
                                + " FROM domainevententry WHERE eventidentifier = ?")
                        .param(event.getIdentifier()).query(String.class).single())
                        .as("the query side's sequence of " + name).isEqualTo(expected);
            }
        }
        // Statements batched by any read model keep the order of every read model's sequences.
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            boolean personal = !(payload instanceof RoleDefined || payload instanceof OpeningOpened
                    || payload instanceof OpeningFilled);
            assertThat(PersonSequencing.ofAnyReadModel().getSequenceIdentifierFor(event))
                    .isEqualTo(personal ? dee : event.getAggregateIdentifier());
        }
    }
}
