package io.talentplatform.command.employee;

import io.talentplatform.command.employee.EmployeeCommands.AssessDecisionMakerAwareness;
import io.talentplatform.command.employee.EmployeeCommands.AssessReadiness;
import io.talentplatform.command.employee.EmployeeCommands.ChangeManager;
import io.talentplatform.command.employee.EmployeeCommands.MapRelationship;
import io.talentplatform.command.employee.EmployeeCommands.PauseDevelopmentPushes;
import io.talentplatform.command.employee.EmployeeCommands.RaiseConversationDue;
import io.talentplatform.command.employee.EmployeeCommands.RequestSignalReassessment;
import io.talentplatform.command.employee.EmployeeCommands.RecordDeparture;
import io.talentplatform.command.employee.EmployeeCommands.RecordMove;
import io.talentplatform.command.employee.EmployeeCommands.StateAspiration;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.employee.SignalReassessmentRequested;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipKind;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.ShareScope;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.talentplatform.command.RuleViolations.problem;

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
                .when(new RegisterEmployee("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-1", true))
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
                        today(), conversation, null, "E-1"))
                .expectEvents(new CapabilityEvidenced("E-1", evidence, "distributed-systems", 4,
                        "redesigned the cache, beyond her 18 months ago", EvidenceSource.CONVERSATION,
                        today(), conversation));
    }

    @Test
    void evidenceCannotBeObservedInTheFuture() {
        fixture.given(ADA)
                .when(new RecordCapabilityEvidence("E-1", UUID.randomUUID(), "distributed-systems", 4, "later",
                        EvidenceSource.SELF, today().plusDays(1)))
                .expectNoEvents()
                .expectException(problem("observed-in-future"))
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

    @Test
    void changingTheManagerRecordsThePreviousAndTheNewManager() {
        fixture.given(ADA)
                .when(new ChangeManager("E-1", "M-2", LocalDate.of(2026, 7, 1), true))
                .expectEvents(new ManagerChanged("E-1", "M-1", "M-2", LocalDate.of(2026, 7, 1)),
                        new CareerConversationDue("E-1", "M-2", ConversationTrigger.ROLE_CHANGE,
                                "a new manager from 2026-07-01", today(), today().plusDays(30),
                                "manager:M-2:2026-07-01"));
    }

    @Test
    void aNewManagerFromAFutureDateHasTheTransitionConversationDueWithin30DaysOfIt() {
        LocalDate from = today().plusDays(10);
        fixture.given(ADA)
                .when(new ChangeManager("E-1", "M-2", from, true))
                .expectEvents(new ManagerChanged("E-1", "M-1", "M-2", from),
                        new CareerConversationDue("E-1", "M-2", ConversationTrigger.ROLE_CHANGE,
                                "a new manager from " + from, today(), from.plusDays(30), "manager:M-2:" + from));
    }

    @Test
    void aPersonCannotBeTheirOwnManager() {
        fixture.given(ADA)
                .when(new ChangeManager("E-1", "E-1", LocalDate.of(2026, 7, 1), true))
                .expectNoEvents()
                .expectException(problem("own-manager"));
        fixture.givenNoPriorActivity()
                .when(new RegisterEmployee("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "E-1", false))
                .expectNoEvents()
                .expectException(problem("own-manager"));
    }

    @Test
    void aManagerIsACurrentEmployee() {
        fixture.given(ADA)
                .when(new ChangeManager("E-1", "M-9", LocalDate.of(2026, 7, 1), false))
                .expectNoEvents()
                .expectException(problem("unknown-manager"));
        fixture.givenNoPriorActivity()
                .when(new RegisterEmployee("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-9", false))
                .expectNoEvents()
                .expectException(problem("unknown-manager"));
    }

    @Test
    void anOutcomeCitesOnlyOneOfThePersonsOwnConversations() {
        UUID someoneElses = UUID.randomUUID();
        fixture.given(ADA)
                .when(new StateAspiration("E-1", CareerDirection.DOMAIN_DEPTH, List.of(), 2, "go deep", false,
                        someoneElses, "E-2"))
                .expectNoEvents()
                .expectException(problem("not-their-conversation"));
        fixture.given(ADA)
                .when(new MapRelationship("E-1", UUID.randomUUID(), "M-2", "Linus", "Product",
                        RelationshipKind.MENTOR, someoneElses, null))
                .expectNoEvents()
                .expectException(problem("not-their-conversation"));
    }

    @Test
    void changingToTheCurrentManagerRecordsNothing() {
        fixture.given(ADA)
                .when(new ChangeManager("E-1", "M-1", LocalDate.of(2026, 7, 1), true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMoveRecordsTheRoleBeforeAndAfter() {
        UUID opening = UUID.randomUUID();
        fixture.given(ADA)
                .when(new RecordMove("E-1", "Engineering Manager", "M1", "Engineering", MoveType.PROMOTION,
                        LocalDate.of(2026, 10, 1), opening))
                .expectEvents(new EmployeeMoved("E-1", MoveType.PROMOTION, "Engineering Manager", "M1",
                        "Engineering", "Senior Engineer", "L5", "Engineering", LocalDate.of(2026, 10, 1), opening),
                        new CareerConversationDue("E-1", "M-1", ConversationTrigger.ROLE_CHANGE,
                                "a move (promotion) from 2026-10-01", today(), today().plusDays(30),
                                "move:2026-10-01:Engineering Manager"));
    }

    @Test
    void aLateralMoveWithinTheFunctionIsNoSignificantChangeAndRaisesNothing() {
        fixture.given(ADA)
                .when(new RecordMove("E-1", "Staff Engineer", "L5", "Engineering", MoveType.LATERAL,
                        LocalDate.of(2026, 10, 1), null))
                .expectEvents(new EmployeeMoved("E-1", MoveType.LATERAL, "Staff Engineer", "L5", "Engineering",
                        "Senior Engineer", "L5", "Engineering", LocalDate.of(2026, 10, 1), null));
    }

    @Test
    void aCrossFunctionMoveGoesToAnotherFunction() {
        fixture.given(ADA)
                .when(new RecordMove("E-1", "Product Manager", "L5", "Engineering", MoveType.CROSS_FUNCTION,
                        LocalDate.of(2026, 10, 1), null))
                .expectNoEvents()
                .expectException(problem("not-cross-function"))
                .expectExceptionMessage("A cross-function move goes to another function than Engineering.");
    }

    @Test
    void aMoveToTheSameRoleIsNoMove() {
        fixture.given(ADA)
                .when(new RecordMove("E-1", "Senior Engineer", "L5", "Engineering", MoveType.LATERAL,
                        LocalDate.of(2026, 10, 1), null))
                .expectNoEvents()
                .expectException(problem("not-a-move"));
    }

    @Test
    void aDepartureRecordsReasonAndWhetherItIsRegretted() {
        fixture.given(ADA)
                .when(new RecordDeparture("E-1", LocalDate.of(2026, 12, 1), DepartureReason.VOLUNTARY, true))
                .expectEvents(new EmployeeDeparted("E-1", LocalDate.of(2026, 12, 1), DepartureReason.VOLUNTARY, true));
    }

    @Test
    void nothingNewIsRecordedOnAPersonWhoHasLeft() {
        fixture.given(ADA, new EmployeeDeparted("E-1", LocalDate.of(2026, 1, 1), DepartureReason.VOLUNTARY, true))
                .when(new RecordCapabilityEvidence("E-1", UUID.randomUUID(), "mentoring", 3, "x",
                        EvidenceSource.CONVERSATION, today()))
                .expectNoEvents()
                .expectException(problem("employee-departed"))
                .expectExceptionMessage("E-1 has left the organisation.");
        fixture.given(ADA, new EmployeeDeparted("E-1", LocalDate.of(2026, 1, 1), DepartureReason.VOLUNTARY, true))
                .when(new RecordDeparture("E-1", LocalDate.of(2026, 2, 1), DepartureReason.OTHER, false))
                .expectNoEvents()
                .expectException(problem("employee-departed"));
    }

    @Test
    void aRelationshipIsMappedWithTheConversationItCameFrom() {
        UUID relationship = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        fixture.given(ADA)
                .when(new MapRelationship("E-1", relationship, "M-2", "Linus", "Product",
                        RelationshipKind.CROSS_FUNCTIONAL_LEADER, conversation, "E-1"))
                .expectEvents(new RelationshipMapped("E-1", relationship, "M-2", "Linus", "Product",
                        RelationshipKind.CROSS_FUNCTIONAL_LEADER, conversation));
    }

    @Test
    void aPersonIsNotTheirOwnRelationship() {
        fixture.given(ADA)
                .when(new MapRelationship("E-1", UUID.randomUUID(), "E-1", "Ada", "Engineering",
                        RelationshipKind.MENTOR, null, null))
                .expectNoEvents()
                .expectException(problem("own-relationship"));
    }

    @Test
    void aDecisionMakerWhoDoesNotKnowTheWorkOpensASignalingGap() {
        UUID conversation = UUID.randomUUID();
        fixture.given(ADA)
                .when(new AssessDecisionMakerAwareness("E-1", "D-1", false, "has not seen the cache work",
                        conversation, "E-1"))
                .expectEvents(new DecisionMakerAwarenessAssessed("E-1", "D-1", false, "has not seen the cache work",
                                conversation),
                        new SignalingGapOpened("E-1", "D-1", conversation));
    }

    @Test
    void aDecisionMakerWhoBecomesAwareClosesTheGap() {
        fixture.given(ADA, new DecisionMakerAwarenessAssessed("E-1", "D-1", false, "unaware", null),
                        new SignalingGapOpened("E-1", "D-1", null))
                .when(new AssessDecisionMakerAwareness("E-1", "D-1", true, "saw her talk at the forum", null, null))
                .expectEvents(new DecisionMakerAwarenessAssessed("E-1", "D-1", true, "saw her talk at the forum",
                        null), new SignalingGapClosed("E-1", "D-1", null));
    }

    @Test
    void anOpenGapIsNotOpenedAgainAndAnAwareDecisionMakerOpensNone() {
        fixture.given(ADA, new DecisionMakerAwarenessAssessed("E-1", "D-1", false, "unaware", null),
                        new SignalingGapOpened("E-1", "D-1", null))
                .when(new AssessDecisionMakerAwareness("E-1", "D-1", false, "still unaware", null, null))
                .expectEvents(new DecisionMakerAwarenessAssessed("E-1", "D-1", false, "still unaware", null));
        fixture.given(ADA)
                .when(new AssessDecisionMakerAwareness("E-1", "D-2", true, "knows her work", null, null))
                .expectEvents(new DecisionMakerAwarenessAssessed("E-1", "D-2", true, "knows her work", null));
    }

    @Test
    void aPersonIsNotADecisionMakerOverThemself() {
        fixture.given(ADA)
                .when(new AssessDecisionMakerAwareness("E-1", "E-1", true, "self", null, null))
                .expectNoEvents()
                .expectException(problem("own-decision-maker"));
    }

    @Test
    void anAspirationMayBeDirectionWithoutADestination() {
        fixture.given(ADA)
                .when(new StateAspiration("E-1", CareerDirection.UNDECIDED, List.of(), 0,
                        "I'm happy where I am", false, null, null))
                .expectEvents(new AspirationStated("E-1", CareerDirection.UNDECIDED, List.of(), 0,
                        "I'm happy where I am", false, null));
    }

    @Test
    void readinessIsAssessedForARoleOrARoleFamilyNotBoth() {
        fixture.given(ADA)
                .when(new AssessReadiness("E-1", "R-1", "staff-engineering", Readiness.READY_NOW, "both", "D-1"))
                .expectNoEvents()
                .expectException(problem("readiness-target"));
        fixture.given(ADA)
                .when(new AssessReadiness("E-1", null, null, Readiness.READY_NOW, "neither", "D-1"))
                .expectNoEvents()
                .expectException(problem("readiness-target"));
        fixture.given(ADA)
                .when(new AssessReadiness("E-1", "R-1", null, Readiness.READY_1_2_YEARS, "needs scope", "D-1"))
                .expectEvents(new ReadinessAssessed("E-1", "R-1", null, Readiness.READY_1_2_YEARS, "needs scope",
                        "D-1"));
    }

    @Test
    void aChangedDirectionIsAFlightSignalWithAConversationDueWithinTheWeek() {
        AspirationStated technical = new AspirationStated("E-1", CareerDirection.TECHNICAL_LEADERSHIP,
                List.of("staff-engineering"), 2, "the technical path", true, null);
        fixture.given(ADA, technical)
                .when(new StateAspiration("E-1", CareerDirection.PEOPLE_LEADERSHIP, List.of(), 2, "lead people",
                        true, null, null))
                .expectEvents(new AspirationStated("E-1", CareerDirection.PEOPLE_LEADERSHIP, List.of(), 2,
                                "lead people", true, null),
                        new CareerConversationDue("E-1", "M-1", ConversationTrigger.FLIGHT_SIGNAL,
                                "their direction changed", today(), today().plusDays(7),
                                "direction:" + today() + ":PEOPLE_LEADERSHIP"));
        fixture.given(ADA)
                .when(new StateAspiration("E-1", CareerDirection.PEOPLE_LEADERSHIP, List.of(), 2, "first one", true,
                        null, null))
                .expectEvents(new AspirationStated("E-1", CareerDirection.PEOPLE_LEADERSHIP, List.of(), 2,
                        "first one", true, null));
        fixture.given(ADA, technical)
                .when(new StateAspiration("E-1", CareerDirection.TECHNICAL_LEADERSHIP, List.of(), 3,
                        "same direction, longer horizon", true, null, null))
                .expectEvents(new AspirationStated("E-1", CareerDirection.TECHNICAL_LEADERSHIP, List.of(), 3,
                        "same direction, longer horizon", true, null));
    }

    @Test
    void aCapabilityLevelReachedIsAMilestoneWithAConversationWithinTwoWeeks() {
        UUID before = UUID.randomUUID();
        UUID reached = UUID.randomUUID();
        fixture.given(ADA, new CapabilityEvidenced("E-1", before, "distributed-systems", 2, "a start",
                        EvidenceSource.CONVERSATION, today(), null))
                .when(new RecordCapabilityEvidence("E-1", reached, "distributed-systems", 3, "ran the redesign",
                        EvidenceSource.REVIEW, today()))
                .expectEvents(new CapabilityEvidenced("E-1", reached, "distributed-systems", 3, "ran the redesign",
                                EvidenceSource.REVIEW, today(), null),
                        new CareerConversationDue("E-1", "M-1", ConversationTrigger.MILESTONE,
                                "reached level 3 in distributed-systems", today(), today().plusDays(14),
                                "capability:" + reached));
        // A first evidence has no "before", and a level below the milestone level is no milestone.
        fixture.given(ADA)
                .when(new RecordCapabilityEvidence("E-1", reached, "distributed-systems", 4, "first seen",
                        EvidenceSource.REVIEW, today()))
                .expectEvents(new CapabilityEvidenced("E-1", reached, "distributed-systems", 4, "first seen",
                        EvidenceSource.REVIEW, today(), null));
        fixture.given(ADA, new CapabilityEvidenced("E-1", before, "sql", 1, "a start", EvidenceSource.SELF,
                        today(), null))
                .when(new RecordCapabilityEvidence("E-1", reached, "sql", 2, "better", EvidenceSource.SELF, today()))
                .expectEvents(new CapabilityEvidenced("E-1", reached, "sql", 2, "better", EvidenceSource.SELF,
                        today(), null));
    }

    @Test
    void aPromotionDiscussedButNotProgressedFor180DaysRaisesAConversation() {
        LocalDate discussed = today();
        fixture.given(ADA)
                .andGivenCommands(new AssessReadiness("E-1", "R-1", null, Readiness.READY_NOW, "ready", "M-1"))
                .whenTimeElapses(Duration.ofDays(ConversationTriggers.STALLED_AFTER_DAYS + 1L))
                .expectEvents(new CareerConversationDue("E-1", "M-1", ConversationTrigger.PROMOTION_STALLED,
                        "a promotion discussed on " + discussed + " has not progressed",
                        discussed.plusDays(ConversationTriggers.STALLED_AFTER_DAYS + 1L),
                        discussed.plusDays(ConversationTriggers.STALLED_AFTER_DAYS + 1L + ConversationTriggers.STALLED_WITHIN_DAYS),
                        "stalled:readiness:1"));
    }

    @Test
    void aPromotionThatMovedIsNotStalled() {
        fixture.given(ADA)
                .andGivenCommands(new AssessReadiness("E-1", "R-1", null, Readiness.READY_NOW, "ready", "M-1"),
                        new RecordMove("E-1", "Staff Engineer", "L6", "Engineering", MoveType.PROMOTION, today(), null))
                .whenTimeElapses(Duration.ofDays(ConversationTriggers.STALLED_AFTER_DAYS + 1L))
                .expectNoEvents();
        fixture.given(ADA)
                .andGivenCommands(new AssessReadiness("E-1", "R-1", null, Readiness.READY_NOW, "ready", "M-1"),
                        new AssessReadiness("E-1", "R-1", null, Readiness.READY_1_2_YEARS, "not yet", "M-1"))
                .whenTimeElapses(Duration.ofDays(ConversationTriggers.STALLED_AFTER_DAYS + 1L))
                .expectEvents(new CareerConversationDue("E-1", "M-1", ConversationTrigger.PROMOTION_STALLED,
                        "a promotion discussed on " + today().minusDays(ConversationTriggers.STALLED_AFTER_DAYS + 1L)
                                + " has not progressed", today(), today().plusDays(ConversationTriggers.STALLED_WITHIN_DAYS),
                        "stalled:readiness:2"));
    }

    @Test
    void aConversationIsRaisedOncePerCauseAndOnlyWithAManager() {
        RaiseConversationDue flight = new RaiseConversationDue("E-1", ConversationTrigger.FLIGHT_SIGNAL,
                "a flight signal in a listening note", today(), today().plusDays(7), "note:n-1");
        CareerConversationDue raised = new CareerConversationDue("E-1", "M-1", ConversationTrigger.FLIGHT_SIGNAL,
                "a flight signal in a listening note", today(), today().plusDays(7), "note:n-1");
        fixture.given(ADA).when(flight).expectEvents(raised);
        fixture.given(ADA, raised).when(flight).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(new EmployeeRegistered("E-1", "Ada", "Senior Engineer", "L5", "Engineering", null))
                .when(flight).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(ADA, new EmployeeDeparted("E-1", today(), DepartureReason.VOLUNTARY, false))
                .when(flight).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aBurnoutNotePausesDevelopmentPushesOnceForItsWriter() {
        UUID note = UUID.randomUUID();
        DevelopmentPushesPaused paused = new DevelopmentPushesPaused("E-1", today().plusDays(42), "M-1", note);
        fixture.given(ADA)
                .when(new PauseDevelopmentPushes("E-1", today().plusDays(42), "M-1", note))
                .expectEvents(paused);
        fixture.given(ADA, paused)
                .when(new PauseDevelopmentPushes("E-1", today().plusDays(42), "M-1", note))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCompletedAdvocacyActionAsksForAReassessmentAndAnAwareDecisionMakerClosesTheGap() {
        UUID commitment = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        SignalingGapOpened gap = new SignalingGapOpened("E-1", "D-1", conversation);
        SignalReassessmentRequested requested = new SignalReassessmentRequested("E-1", "D-1", commitment,
                conversation, today());
        fixture.given(ADA, gap)
                .when(new RequestSignalReassessment("E-1", "D-1", commitment, conversation, today()))
                .expectEvents(requested);
        fixture.given(ADA, gap, requested)
                .when(new RequestSignalReassessment("E-1", "D-1", commitment, conversation, today()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(ADA, gap, requested)
                .when(new AssessDecisionMakerAwareness("E-1", "D-1", true, "saw the forum talk", null, null))
                .expectEvents(new DecisionMakerAwarenessAssessed("E-1", "D-1", true, "saw the forum talk", null),
                        new SignalingGapClosed("E-1", "D-1", null));
    }
}
