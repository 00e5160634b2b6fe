package io.talentplatform.command.employee;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** The person's rules, one given/when/expect each, named after the rule. */
class EmployeeTest {

    private static final EmployeeRegistered ADA =
            new EmployeeRegistered("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-1");

    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(fixture.currentTime(), ZoneOffset.UTC);
    }

    @Test
    void registeringAPersonRecordsTheirPlaceInTheOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEmployee("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ADA);
    }

    @Test
    void capabilityEvidenceIsRecordedWithItsSourceAndConversation() {
        UUID evidence = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        fixture.given(ADA)
                .when(new RecordCapabilityEvidence("E-1", evidence, "distributed-systems", 4,
                        "redesigned the cache, beyond her 18 months ago", EvidenceSource.CONVERSATION,
                        today(), conversation))
                .expectEvents(new CapabilityEvidenced("E-1", evidence, "distributed-systems", 4,
                        "redesigned the cache, beyond her 18 months ago", EvidenceSource.CONVERSATION,
                        today(), conversation));
    }

    @Test
    void evidenceCannotBeObservedInTheFuture() {
        fixture.given(ADA)
                .when(new RecordCapabilityEvidence("E-1", UUID.randomUUID(), "distributed-systems", 4, "later",
                        EvidenceSource.SELF, today().plusDays(1), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Evidence cannot be observed on " + today().plusDays(1)
                        + ", which is after today.");
    }

    @Test
    void consentIsRecordedAsTheWholeCurrentChoice() {
        fixture.given(ADA)
                .when(new RecordConsent("E-1", true, false, Set.of(ShareScope.CAPABILITIES)))
                .expectEvents(new ConsentRecorded("E-1", true, false, Set.of(ShareScope.CAPABILITIES)));
    }

    @Test
    void repeatingTheSameConsentChoiceRecordsNothingNew() {
        fixture.given(ADA, new ConsentRecorded("E-1", true, false, Set.of(ShareScope.CAPABILITIES)))
                .when(new RecordConsent("E-1", true, false, Set.of(ShareScope.CAPABILITIES)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
