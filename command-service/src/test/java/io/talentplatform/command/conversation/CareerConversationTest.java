package io.talentplatform.command.conversation;

import io.talentplatform.command.conversation.ConversationCommands.CancelConversation;
import io.talentplatform.command.conversation.ConversationCommands.CompleteConversation;
import io.talentplatform.command.conversation.ConversationCommands.HoldConversation;
import io.talentplatform.command.conversation.ConversationCommands.RecordListeningNote;
import io.talentplatform.command.conversation.ConversationCommands.RescheduleConversation;
import io.talentplatform.command.conversation.ConversationCommands.ScheduleConversation;
import io.talentplatform.command.conversation.ConversationCommands.SendReflectionPrompt;
import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.ListeningNoteKind;
import io.talentplatform.events.conversation.ListeningNoteRecorded;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.talentplatform.command.conversation.ConversationCommands.ShareConversationSummary;
import io.talentplatform.command.conversation.ConversationCommands.WriteReflectionPrompt;
import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.talentplatform.command.RuleViolations.problem;


/** The career conversation's rules, one given/when/expect each, named after the rule. */
class CareerConversationTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private AggregateTestFixture<CareerConversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CareerConversation.class);
    }

    private Instant now() {
        return fixture.currentTime();
    }

    private ConversationScheduled scheduled(ConversationKind kind) {
        return new ConversationScheduled(ID, "E-1", "M-1", kind, ConversationTrigger.QUARTERLY,
                now().plus(Duration.ofDays(3)), 90, "M-1");
    }

    private ConversationHeld held() {
        return new ConversationHeld(ID, "E-1", now().minus(Duration.ofHours(2)), 85);
    }

    private LocalDate heldOn() {
        return LocalDate.ofInstant(now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
    }

    @Test
    void onlyACurrentEmployeeIsBookedForAConversation() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.FULL, ConversationTrigger.QUARTERLY,
                        now().plus(Duration.ofDays(3)), 90, "M-1", false))
                .expectNoEvents()
                .expectException(problem("employee-departed"));
    }

    @Test
    void schedulingRecordsTheKindTheTriggerAndWhoBookedIt() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.FULL, ConversationTrigger.QUARTERLY,
                        now().plus(Duration.ofDays(3)), 90, "M-1", true))
                .expectEvents(scheduled(ConversationKind.FULL));
    }

    @Test
    void aDedicatedCareerConversationIsPlannedForAtLeast45Minutes() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.FULL, ConversationTrigger.QUARTERLY,
                        now().plus(Duration.ofDays(3)), 30, "M-1", true))
                .expectNoEvents()
                .expectException(problem("conversation-too-short"))
                .expectExceptionMessage("A FULL conversation needs a dedicated session of at least 45 minutes, not 30.");
    }

    @Test
    void aCheckInOrAContractReviewMayBeShort() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.CHECK_IN,
                        ConversationTrigger.TRANSITION_POINT, now().plus(Duration.ofDays(1)), 20, "M-1", true))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.CONTRACT_REVIEW,
                        ConversationTrigger.QUARTERLY, now().plus(Duration.ofDays(1)), 20, "M-1", true))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aConversationIsBookedAtMostTwoWeeksAfterTheFact() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.FULL, ConversationTrigger.AD_HOC,
                        now().minus(Duration.ofDays(15)), 60, "M-1", true))
                .expectNoEvents()
                .expectException(problem("scheduled-too-far-back"));
    }

    @Test
    void theReflectionPromptGoesOutBeforeTheConversation() {
        Instant sent = now().minus(Duration.ofMinutes(5));
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new SendReflectionPrompt(ID, sent))
                .expectEvents(new ReflectionPromptSent(ID, "E-1", sent));
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new SendReflectionPrompt(ID, sent))
                .expectNoEvents()
                .expectException(problem("conversation-held"));
    }

    @Test
    void aPromptCannotHaveBeenSentInTheFuture() {
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new SendReflectionPrompt(ID, now().plus(Duration.ofHours(1))))
                .expectNoEvents()
                .expectException(problem("sent-in-future"));
    }

    @Test
    void everyRescheduleIsCountedAsADeferral() {
        ConversationScheduled booked = scheduled(ConversationKind.FULL);
        Instant first = now().plus(Duration.ofDays(10));
        Instant second = now().plus(Duration.ofDays(20));
        fixture.given(booked, new ConversationRescheduled(ID, "E-1", booked.scheduledFor(), first, "release week", 1))
                .when(new RescheduleConversation(ID, second, "offsite"))
                .expectEvents(new ConversationRescheduled(ID, "E-1", first, second, "offsite", 2));
    }

    @Test
    void aConversationIsMovedToAFutureTimeOnly() {
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new RescheduleConversation(ID, now().minus(Duration.ofDays(1)), "oops"))
                .expectNoEvents()
                .expectException(problem("rescheduled-into-past"));
    }

    @Test
    void aConversationThatTookPlaceCannotBeMovedOrCancelled() {
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new RescheduleConversation(ID, now().plus(Duration.ofDays(1)), "late"))
                .expectNoEvents()
                .expectException(problem("conversation-held"));
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new CancelConversation(ID, "never mind"))
                .expectNoEvents()
                .expectException(problem("conversation-held"));
    }

    @Test
    void aConversationCannotBeHeldInTheFuture() {
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new HoldConversation(ID, now().plus(Duration.ofHours(1)), 60))
                .expectNoEvents()
                .expectException(problem("held-in-future"));
    }

    @Test
    void outcomesCanBeRecordedOnlyOnAHeldConversation() {
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new CompleteConversation(ID, true, true, SignalingGapOutcome.IDENTIFIED, null, null))
                .expectNoEvents()
                .expectException(problem("conversation-scheduled"))
                .expectExceptionMessage("Outcomes can be recorded only on a conversation that was held. "
                        + "This conversation is scheduled.");
    }

    @Test
    void completionRecordsWhichOfTheFourOutcomesWereProduced() {
        AdvocacyAction forum = new AdvocacyAction("slot at the architecture forum", heldOn().plusDays(30), null);
        LocalDate next = heldOn().plusDays(90);
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new CompleteConversation(ID, true, true, SignalingGapOutcome.IDENTIFIED, forum, next))
                .expectEvents(new ConversationCompleted(ID, "E-1", "M-1", ConversationKind.FULL, true, true,
                        SignalingGapOutcome.IDENTIFIED, forum, next, 4, false));
    }

    @Test
    void anExplicitNoGapCountsAsAnOutcomeButNotAssessedDoesNot() {
        fixture.given(scheduled(ConversationKind.WHERE_ARE_YOU_NOW), held())
                .when(new CompleteConversation(ID, true, false, SignalingGapOutcome.NONE, null, null))
                .expectEvents(new ConversationCompleted(ID, "E-1", "M-1", ConversationKind.WHERE_ARE_YOU_NOW, true,
                        false, SignalingGapOutcome.NONE, null, null, 2, false));
        fixture.given(scheduled(ConversationKind.WHERE_ARE_YOU_NOW), held())
                .when(new CompleteConversation(ID, true, false, SignalingGapOutcome.NOT_ASSESSED, null, null))
                .expectEvents(new ConversationCompleted(ID, "E-1", "M-1", ConversationKind.WHERE_ARE_YOU_NOW, true,
                        false, SignalingGapOutcome.NOT_ASSESSED, null, null, 1, false));
    }

    @Test
    void aFullConversationWithoutAnAdvocacyActionIsAllowedButFlagged() {
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new CompleteConversation(ID, true, false, SignalingGapOutcome.NOT_ASSESSED, null, null))
                .expectEvents(new ConversationCompleted(ID, "E-1", "M-1", ConversationKind.FULL, true, false,
                        SignalingGapOutcome.NOT_ASSESSED, null, null, 1, true));
    }

    @Test
    void theAdvocacyActionIsDueWithinTheQuarter() {
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new CompleteConversation(ID, true, true, SignalingGapOutcome.IDENTIFIED,
                        new AdvocacyAction("someday", heldOn().plusDays(200), null), null))
                .expectNoEvents()
                .expectException(problem("advocacy-not-within-quarter"));
    }

    @Test
    void theNextConversationIsAfterThisOne() {
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new CompleteConversation(ID, true, true, SignalingGapOutcome.NONE, null, heldOn()))
                .expectNoEvents()
                .expectException(problem("next-conversation-not-after"));
    }

    @Test
    void listeningNotesAreKeptForAConversationThatTookPlace() {
        UUID note = UUID.randomUUID();
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new RecordListeningNote(ID, note, ListeningNoteKind.AMBITION, "ambition with nowhere to go",
                        "M-1"))
                .expectEvents(new ListeningNoteRecorded(ID, "E-1", note, ListeningNoteKind.AMBITION,
                        "ambition with nowhere to go", "M-1"));
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new RecordListeningNote(ID, note, ListeningNoteKind.AMBITION, "too early", "M-1"))
                .expectNoEvents()
                .expectException(problem("conversation-not-held"));
    }

    @Test
    void aScheduledConversationCanBeCancelledOnce() {
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new CancelConversation(ID, "she moved team"))
                .expectEvents(new ConversationCancelled(ID, "E-1", "she moved team"));
        fixture.given(scheduled(ConversationKind.FULL), new ConversationCancelled(ID, "E-1", "moved"))
                .when(new HoldConversation(ID, now().minus(Duration.ofHours(1)), 60))
                .expectNoEvents()
                .expectException(problem("conversation-cancelled"));
    }

    @Test
    void aQuarterAfterAHeldCareerConversationThePlatformRaisesTheNextOneAsDue() {
        Instant held = now().minus(Duration.ofHours(1));
        LocalDate due = LocalDate.ofInstant(held, ZoneOffset.UTC).plusDays(92);
        fixture.givenCommands(new ScheduleConversation(ID, "E-1", "M-1", ConversationKind.FULL,
                                ConversationTrigger.QUARTERLY, now().minus(Duration.ofHours(2)), 90, "M-1", true),
                        new HoldConversation(ID, held, 90))
                .whenTimeElapses(Duration.ofDays(94))
                .expectEvents(new io.talentplatform.events.conversation.QuarterlyConversationDue(ID, "E-1", "M-1",
                        due));
    }

    @Test
    void everyHeldConversationHasItsOwnSummarySharedOnceBetweenTheConversationAndNow() {
        Instant shared = now().minus(Duration.ofHours(1));
        ConversationSummaryShared summary = new ConversationSummaryShared(ID, "E-1", shared,
                "we agreed on the design review; I introduce you to the architect");
        fixture.given(scheduled(ConversationKind.CHECK_IN), held())
                .when(new ShareConversationSummary(ID, shared, summary.summary()))
                .expectEvents(summary);
        fixture.given(scheduled(ConversationKind.FULL), held(), summary)
                .when(new ShareConversationSummary(ID, shared, "again"))
                .expectNoEvents()
                .expectException(problem("summary-already-shared"));
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new ShareConversationSummary(ID, shared, "before it happened"))
                .expectNoEvents()
                .expectException(problem("conversation-not-held"));
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new ShareConversationSummary(ID, now().minus(Duration.ofHours(3)), "before it was held"))
                .expectNoEvents()
                .expectException(problem("summary-shared-at"));
    }

    @Test
    void theManagerMayPutTheReflectionPromptInTheirOwnWordsBeforeTheConversation() {
        fixture.given(scheduled(ConversationKind.FULL))
                .when(new WriteReflectionPrompt(ID, "what would you like to be known for in a year?"))
                .expectEvents(new ReflectionPromptWritten(ID, "E-1", "what would you like to be known for in a year?"));
        fixture.given(scheduled(ConversationKind.FULL), held())
                .when(new WriteReflectionPrompt(ID, "too late"))
                .expectNoEvents()
                .expectException(problem("conversation-held"));
    }
}
