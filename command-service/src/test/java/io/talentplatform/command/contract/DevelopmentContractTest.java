package io.talentplatform.command.contract;

import io.talentplatform.command.contract.ContractCommands.AgreeTransitionPlan;
import io.talentplatform.command.contract.ContractCommands.CloseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.CommitmentDue;
import io.talentplatform.command.contract.ContractCommands.CompleteCommitment;
import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.contract.ContractCommands.OpenDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.RescheduleCommitment;
import io.talentplatform.command.contract.ContractCommands.ReviewContract;
import io.talentplatform.command.contract.ContractCommands.ReviewDate;
import io.talentplatform.command.contract.ContractCommands.ReviseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.ShareContractSummary;
import io.talentplatform.command.contract.ContractCommands.SupportCommitment;
import io.talentplatform.command.contract.ContractCommands.WithdrawCommitment;
import io.talentplatform.events.contract.CommitmentBecameOverdue;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.ContractReviewDue;
import io.talentplatform.events.contract.ContractReviewed;
import io.talentplatform.events.contract.ContractSummaryShared;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.DevelopmentContractRevised;
import io.talentplatform.events.contract.ReviewCadence;
import io.talentplatform.events.contract.TransitionPlanAgreed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.command.RuleViolations.problem;

/** The development contract's rules, one given/when/expect each, named after the rule. */
class DevelopmentContractTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID COMMITMENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    private AggregateTestFixture<DevelopmentContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DevelopmentContract.class);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(fixture.currentTime(), ZoneOffset.UTC);
    }

    private DevelopmentContractOpened opened() {
        return new DevelopmentContractOpened(ID, "E-1", "M-1", "lead cross-team technical initiatives independently",
                "design review of the auth refactor run with both teams", ReviewCadence.MONTHLY,
                today().plusDays(30), "no Staff opening in the next 12 months",
                List.of("is a platform-wide role realistic?"), null);
    }

    private CommitmentMade introduction() {
        return new CommitmentMade(ID, "E-1", COMMITMENT, CommitmentOwner.MANAGER,
                "introduce Ada to the platform architect", today().plusDays(14), CommitmentKind.INTRODUCTION, null);
    }

    @Test
    void aContractIsOpenedWithItsTermsAndItsReviewIsScheduled() {
        fixture.givenNoPriorActivity()
                .when(new OpenDevelopmentContract(ID, "E-1", "M-1", opened().goal(), opened().evidenceOfSuccess(),
                        ReviewCadence.MONTHLY, today().plusDays(30), opened().caveat(), opened().openQuestions(), null,
                        true, null, null))
                .expectEvents(opened())
                .expectScheduledDeadline(today().plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        new ReviewDate(today().plusDays(30)));
    }

    @Test
    void onlyACurrentEmployeeIsContracted() {
        fixture.givenNoPriorActivity()
                .when(new OpenDevelopmentContract(ID, "E-1", "M-1", "goal", "evidence", ReviewCadence.MONTHLY,
                        today().plusDays(30), null, List.of(), null, false, null, null))
                .expectNoEvents()
                .expectException(problem("employee-departed"));
    }

    @Test
    void aPersonHasOneOpenContractAndANewGoalIsARevision() {
        fixture.givenNoPriorActivity()
                .when(new OpenDevelopmentContract(ID, "E-1", "M-1", "goal", "evidence", ReviewCadence.MONTHLY,
                        today().plusDays(30), null, List.of(), null, true, UUID.randomUUID(), null))
                .expectNoEvents()
                .expectException(problem("open-contract-exists"));
    }

    @Test
    void aContractCitesOnlyOneOfThePersonsOwnConversations() {
        UUID conversation = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new OpenDevelopmentContract(ID, "E-1", "M-1", "goal", "evidence", ReviewCadence.MONTHLY,
                        today().plusDays(30), null, List.of(), conversation, true, null, "E-2"))
                .expectNoEvents()
                .expectException(problem("not-their-conversation"));
        fixture.givenNoPriorActivity()
                .when(new OpenDevelopmentContract(ID, "E-1", "M-1", "goal", "evidence", ReviewCadence.MONTHLY,
                        today().plusDays(30), null, List.of(), conversation, true, null, null))
                .expectNoEvents()
                .expectException(problem("not-their-conversation"));
    }

    @Test
    void theNextReviewIsPlannedAfterToday() {
        fixture.givenNoPriorActivity()
                .when(new OpenDevelopmentContract(ID, "E-1", "M-1", "goal", "evidence", ReviewCadence.MONTHLY,
                        today(), null, List.of(), null, true, null, null))
                .expectNoEvents()
                .expectException(problem("review-not-in-future"));
    }

    @Test
    void aNewGoalIsARevisionKeptWithItsReason() {
        fixture.given(opened())
                .when(new ReviseDevelopmentContract(ID, "move into people leadership", null, null, null, null, null,
                        "approached by another company; now wants to lead people"))
                .expectEvents(new DevelopmentContractRevised(ID, "E-1", 1, "move into people leadership",
                        opened().evidenceOfSuccess(), ReviewCadence.MONTHLY, opened().nextReviewOn(), opened().caveat(),
                        opened().openQuestions(), "approached by another company; now wants to lead people"));
    }

    @Test
    void aCommitmentNeedsADueDateInTheFuture() {
        fixture.given(opened())
                .when(new MakeCommitment(ID, COMMITMENT, CommitmentOwner.EMPLOYEE, "write the design doc", today(),
                        null, null))
                .expectNoEvents()
                .expectException(problem("due-date-not-in-future"));
    }

    @Test
    void aManagerCommitmentNeedsAKind() {
        fixture.given(opened())
                .when(new MakeCommitment(ID, COMMITMENT, CommitmentOwner.MANAGER, "help somehow",
                        today().plusDays(7), null, null))
                .expectNoEvents()
                .expectException(problem("manager-commitment-needs-kind"));
    }

    @Test
    void aCommitmentIsMadeAndItsDueDateBecomesADeadline() {
        fixture.given(opened())
                .when(new MakeCommitment(ID, COMMITMENT, CommitmentOwner.MANAGER,
                        "introduce Ada to the platform architect", today().plusDays(14), CommitmentKind.INTRODUCTION,
                        null))
                .expectEvents(introduction())
                .expectScheduledDeadline(today().plusDays(15).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        new CommitmentDue(COMMITMENT, today().plusDays(14)));
    }

    private OpenDevelopmentContract open() {
        DevelopmentContractOpened terms = opened();
        return new OpenDevelopmentContract(ID, "E-1", "M-1", terms.goal(), terms.evidenceOfSuccess(),
                terms.reviewCadence(), terms.nextReviewOn(), terms.caveat(), terms.openQuestions(), null, true, null, null);
    }

    private MakeCommitment makeIntroduction() {
        CommitmentMade made = introduction();
        return new MakeCommitment(ID, COMMITMENT, made.owner(), made.description(), made.dueOn(), made.kind(), null);
    }

    @Test
    void aCommitmentStillOpenWhenItsDueDatePassesBecomesOverdueOnce() {
        LocalDate due = today().plusDays(14);
        fixture.givenCommands(open(), makeIntroduction())
                .whenTimeElapses(Duration.ofDays(16))
                .expectDeadlinesMet(new CommitmentDue(COMMITMENT, due))
                .expectEvents(new CommitmentBecameOverdue(ID, "E-1", COMMITMENT, CommitmentOwner.MANAGER, due));
        fixture.given(opened(), introduction(), new CommitmentBecameOverdue(ID, "E-1", COMMITMENT,
                        CommitmentOwner.MANAGER, today().plusDays(14)))
                .whenTimeElapses(Duration.ofDays(60))
                .expectNoEvents();
    }

    @Test
    void aCommitmentCompletedBeforeItsDueDateNeverBecomesOverdue() {
        fixture.givenCommands(open(), makeIntroduction(),
                        new CompleteCommitment(ID, COMMITMENT, today(), null, CommitmentOwner.MANAGER))
                .whenTimeElapses(Duration.ofDays(20))
                .expectDeadlinesMet()
                .expectNoEvents();
    }

    @Test
    void completingAfterOverdueIsAllowedAndRecordedAsLate() {
        fixture.given(opened(), introduction(), new CommitmentBecameOverdue(ID, "E-1", COMMITMENT,
                        CommitmentOwner.MANAGER, today().plusDays(14)))
                .when(new CompleteCommitment(ID, COMMITMENT, today(), "introduced, late", CommitmentOwner.MANAGER))
                .expectEvents(new CommitmentCompleted(ID, "E-1", COMMITMENT, today(), true, "introduced, late"));
    }

    @Test
    void onlyTheOwnersSideCompletesACommitment() {
        fixture.given(opened(), introduction())
                .when(new CompleteCommitment(ID, COMMITMENT, today(), null, CommitmentOwner.EMPLOYEE))
                .expectNoEvents()
                .expectException(problem("forbidden"));
    }

    @Test
    void aWithdrawnCommitmentCannotBeCompleted() {
        fixture.given(opened(), introduction(), new CommitmentWithdrawn(ID, "E-1", COMMITMENT, "architect left"))
                .when(new CompleteCommitment(ID, COMMITMENT, today(), null, CommitmentOwner.MANAGER))
                .expectNoEvents()
                .expectException(problem("commitment-withdrawn"));
    }

    @Test
    void everyRescheduleIsCountedAndMovesTheDeadline() {
        fixture.given(opened(), introduction())
                .when(new RescheduleCommitment(ID, COMMITMENT, today().plusDays(21), "architect on leave",
                        CommitmentOwner.MANAGER))
                .expectEvents(new CommitmentRescheduled(ID, "E-1", COMMITMENT, today().plusDays(14),
                        today().plusDays(21), "architect on leave", 1))
                .expectScheduledDeadline(today().plusDays(22).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        new CommitmentDue(COMMITMENT, today().plusDays(21)));
    }

    @Test
    void aClosedContractIsNotReviewed() {
        fixture.given(opened(), new DevelopmentContractClosed(ID, "E-1", ContractCloseReason.GOAL_MET))
                .when(new ReviewContract(ID, today(), "done", today().plusDays(30)))
                .expectNoEvents()
                .expectException(problem("contract-closed"));
    }

    @Test
    void aReviewRecordsProgressAndReschedulesTheNextOne() {
        fixture.given(opened())
                .when(new ReviewContract(ID, today(), "design doc drafted", today().plusDays(31)))
                .expectEvents(new ContractReviewed(ID, "E-1", today(), "design doc drafted", today().plusDays(31)));
    }

    @Test
    void aReviewDateThatPassesWithoutAReviewIsRaised() {
        LocalDate review = today().plusDays(30);
        fixture.givenCommands(open())
                .whenTimeElapses(Duration.ofDays(32))
                .expectEvents(new ContractReviewDue(ID, "E-1", "M-1", review));
    }

    @Test
    void aSummarySharedMoreThan48HoursAfterTheConversationIsRecordedAsLate() {
        Instant held = fixture.currentTime().minus(Duration.ofDays(3));
        Instant shared = fixture.currentTime().minus(Duration.ofHours(1));
        fixture.given(opened())
                .when(new ShareContractSummary(ID, shared, held))
                .expectEvents(new ContractSummaryShared(ID, "E-1", shared, held, true));
        Instant heldYesterday = fixture.currentTime().minus(Duration.ofDays(1));
        fixture.given(opened())
                .when(new ShareContractSummary(ID, shared, heldYesterday))
                .expectEvents(new ContractSummaryShared(ID, "E-1", shared, heldYesterday, false));
    }

    @Test
    void closingCancelsTheDeadlinesAndIsFinal() {
        fixture.given(opened(), introduction(), plan())
                .when(new CloseDevelopmentContract(ID, ContractCloseReason.TRANSITION_SUPPORTED))
                .expectEvents(new DevelopmentContractClosed(ID, "E-1", ContractCloseReason.TRANSITION_SUPPORTED))
                .expectNoScheduledDeadlines();
        fixture.given(opened(), new DevelopmentContractClosed(ID, "E-1", ContractCloseReason.GOAL_MET))
                .when(new CloseDevelopmentContract(ID, ContractCloseReason.GOAL_MET))
                .expectNoEvents()
                .expectException(problem("contract-closed"));
    }

    @Test
    void aCommitmentCannotBeWithdrawnTwice() {
        fixture.given(opened(), introduction(), new CommitmentWithdrawn(ID, "E-1", COMMITMENT, "no longer useful"))
                .when(new WithdrawCommitment(ID, COMMITMENT, "again"))
                .expectNoEvents()
                .expectException(problem("commitment-withdrawn"));
    }

    private TransitionPlanAgreed plan() {
        return new TransitionPlanAgreed(ID, "E-1", List.of("lead the platform guild while looking outside"),
                "six months", today());
    }

    @Test
    void aCommitmentIsAPlanNotAPromiseSoAPromotionOrARoleIsRefusedInSeed001sWords() {
        fixture.given(opened())
                .when(new MakeCommitment(ID, COMMITMENT, CommitmentOwner.MANAGER, "get Ada promoted to Staff",
                        today().plusDays(60), CommitmentKind.PROMOTION, null))
                .expectNoEvents()
                .expectException(problem("outcome-promised"))
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("a plan, not a promise"),
                        org.hamcrest.Matchers.containsString("I cannot commit to what happens after that"),
                        org.hamcrest.Matchers.containsString("not to a promotion")));
        fixture.given(opened())
                .when(new MakeCommitment(ID, COMMITMENT, CommitmentOwner.MANAGER, "the team lead role is yours",
                        today().plusDays(60), CommitmentKind.ROLE, null))
                .expectNoEvents()
                .expectException(problem("outcome-promised"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("not to a role"));
        fixture.given(opened())
                .when(new MakeCommitment(ID, COMMITMENT, CommitmentOwner.MANAGER,
                        "advocate for Ada in the promotion committee", today().plusDays(60), CommitmentKind.ADVOCACY,
                        null))
                .expectEvents(new CommitmentMade(ID, "E-1", COMMITMENT, CommitmentOwner.MANAGER,
                        "advocate for Ada in the promotion committee", today().plusDays(60), CommitmentKind.ADVOCACY,
                        null));
    }

    @Test
    void aTransitionPlanNamesPartialPathsATimelineAndTheManagersSupportCommitments() {
        UUID support = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
        fixture.given(opened())
                .when(new AgreeTransitionPlan(ID, List.of("lead the platform guild while looking outside"),
                        "six months", List.of(new SupportCommitment(support, "introduce Ada to two CTOs I know",
                        today().plusDays(30), CommitmentKind.INTRODUCTION))))
                .expectEvents(plan(), new CommitmentMade(ID, "E-1", support, CommitmentOwner.MANAGER,
                        "introduce Ada to two CTOs I know", today().plusDays(30), CommitmentKind.INTRODUCTION, null))
                .expectScheduledDeadline(today().plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        new CommitmentDue(support, today().plusDays(30)));
        fixture.given(opened())
                .when(new AgreeTransitionPlan(ID, List.of("a path"), "soon", List.of(new SupportCommitment(support,
                        "a job at a partner", today().plusDays(30), CommitmentKind.ROLE))))
                .expectNoEvents()
                .expectException(problem("outcome-promised"));
    }

    @Test
    void aTransitionIsClosedAsSupportedOnlyWithAPlan() {
        fixture.given(opened())
                .when(new CloseDevelopmentContract(ID, ContractCloseReason.TRANSITION_SUPPORTED))
                .expectNoEvents()
                .expectException(problem("no-transition-plan"));
        fixture.given(opened(), plan())
                .when(new CloseDevelopmentContract(ID, ContractCloseReason.TRANSITION_SUPPORTED))
                .expectEvents(new DevelopmentContractClosed(ID, "E-1", ContractCloseReason.TRANSITION_SUPPORTED));
    }
}
