package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.contract.CommitmentBecameOverdue;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessorNominated;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final OrganisationSpec SMALL = new OrganisationSpec(600, 30, 4, 7, TODAY);

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        List<SyntheticEvent> first = generate(SMALL).events();
        List<SyntheticEvent> again = generate(SMALL).events();
        List<SyntheticEvent> other = generate(new OrganisationSpec(600, 30, 4, 8, TODAY)).events();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void eachStreamIsInTheOrderItsAggregateWouldHaveAppliedIt() {
        Generated generated = generate(SMALL);
        Map<String, Long> next = new HashMap<>();
        Instant previous = Instant.MIN;
        Instant end = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<String> departed = new HashSet<>();
        Set<String> closedContracts = new HashSet<>();
        for (SyntheticEvent event : generated.events()) {
            long expected = next.merge(event.aggregateId(), 1L, Long::sum) - 1;
            assertThat(event.sequenceNumber()).as("sequence of %s", event.aggregateId()).isEqualTo(expected);
            assertThat(event.timestamp()).isAfterOrEqualTo(previous).isBefore(end);
            previous = event.timestamp();
            if (expected == 0) {
                assertThat(event.payload()).as("first event of %s", event.aggregateId()).isInstanceOfAny(
                        EmployeeRegistered.class, ConversationScheduled.class, DevelopmentContractOpened.class,
                        RoleDefined.class, OpeningOpened.class, io.talentplatform.events.role.OpportunityPosted.class,
                        io.talentplatform.events.pool.TalentPoolCreated.class);
            }
            assertThat(departed).as("events after a departure").doesNotContain(event.aggregateId());
            assertThat(closedContracts).as("events after a contract closed").doesNotContain(event.aggregateId());
            if (event.payload() instanceof EmployeeDeparted) {
                departed.add(event.aggregateId());
            }
            if (event.payload() instanceof DevelopmentContractClosed) {
                closedContracts.add(event.aggregateId());
            }
        }
    }

    @Test
    void theOrganisationHasTheShapeOfBenchmarksMd() {
        Generated generated = generate(SMALL);
        SyntheticOrganisation organisation = generated.organisation();
        List<Object> payloads = generated.events().stream().map(SyntheticEvent::payload).toList();

        assertThat(organisation.employees()).hasSizeBetween(560, 600);
        assertThat(organisation.managers()).hasSizeBetween(50, 110);
        assertThat(of(payloads, RoleDefined.class)).hasSize(30)
                .filteredOn(RoleDefined::critical).hasSize(3);
        assertThat(organisation.criticalRoles()).hasSize(3);
        assertThat(organisation.openOpenings()).hasSize(30);
        Set<Object> filled = of(payloads, OpeningFilled.class).stream().map(OpeningFilled::openingId)
                .collect(Collectors.toSet());
        assertThat(organisation.openOpenings()).noneMatch(filled::contains);
        assertThat(of(payloads, SuccessorNominated.class)).isNotEmpty();

        List<ConsentRecorded> firstConsent = new ArrayList<>(of(payloads, ConsentRecorded.class).stream()
                .collect(Collectors.toMap(ConsentRecorded::employeeId, c -> c, (a, b) -> a)).values());
        double visible = firstConsent.stream().filter(ConsentRecorded::marketplaceVisible).count()
                / (double) firstConsent.size();
        assertThat(visible).isBetween(0.6, 0.8);

        Set<ConversationKind> kinds = EnumSet.noneOf(ConversationKind.class);
        of(payloads, ConversationScheduled.class).forEach(scheduled -> kinds.add(scheduled.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(ConversationKind.values());
        assertThat(of(payloads, ConversationCompleted.class)).isNotEmpty();
        assertThat(of(payloads, ConversationRescheduled.class)).isNotEmpty();
        assertThat(of(payloads, ConversationCancelled.class)).isNotEmpty();
        assertThat(of(payloads, CommitmentCompleted.class)).isNotEmpty();
        assertThat(of(payloads, CommitmentRescheduled.class)).isNotEmpty();
        assertThat(of(payloads, CommitmentBecameOverdue.class)).isNotEmpty();
        assertThat(of(payloads, EmployeeDeparted.class)).isNotEmpty();
        assertThat(organisation.events()).isEqualTo(generated.events().size());
    }

    private static <T> List<T> of(List<Object> payloads, Class<T> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Generated generate(OrganisationSpec spec) {
        List<SyntheticEvent> events = new ArrayList<>();
        SyntheticOrganisation organisation = OrganisationGenerator.generate(spec, events::add);
        return new Generated(events, organisation);
    }

    private record Generated(List<SyntheticEvent> events, SyntheticOrganisation organisation) {
    }
}
