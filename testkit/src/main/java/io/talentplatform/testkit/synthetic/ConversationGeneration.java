package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentOwner;
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
import io.talentplatform.events.conversation.QuarterlyConversationDue;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The career conversations of each quarter: held on time, deferred or never, what each records, and what comes
 * of it.
 */
abstract class ConversationGeneration extends ContractGeneration {

    ConversationGeneration(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
    }

    /** A quarter of conversations with the manager the person had when it began (a move ends them early). */
    void conversations(Person person, int quarter, long from) {
        Person manager = person.quarterManager;
        long limit = Math.min(end, person.changeAt);
        if (manager.style != NEVER || random.nextInt(100) < 10) {
            ConversationKind kind = random.nextInt(100) < 30 ? ConversationKind.FULL
                    : QUARTERLY_KINDS[quarter % QUARTERLY_KINDS.length];
            int deferrals;
            Fate fate;
            if (manager.style == ON_TIME) {
                deferrals = random.nextInt(100) < 10 ? 1 : 0;
                fate = Fate.HELD;
            } else {
                deferrals = 1 + random.nextInt(3);
                int roll = random.nextInt(100);
                fate = manager.style == NEVER ? (roll < 50 ? Fate.CANCELLED : Fate.LEFT_OPEN)
                        : roll < 60 ? Fate.HELD : roll < 85 ? Fate.CANCELLED : Fate.LEFT_OPEN;
            }
            long booked = from + between(0, 20 * DAY);
            conversation(person, manager, kind, ConversationTrigger.QUARTERLY, booked,
                    workingHour(booked + between(3 * DAY, 30 * DAY)), deferrals, fate, limit);
        }
        if (manager.style != NEVER && random.nextInt(100) < 12) {
            long booked = from + between(0, 80 * DAY);
            conversation(person, manager, ConversationKind.CHECK_IN, ConversationTrigger.AD_HOC, booked,
                    workingHour(booked + between(DAY, 7 * DAY)), 0, Fate.HELD, limit);
        }
        if (manager.style != NEVER && person.contract != null && person.contract.closeAt > from
                && random.nextInt(100) < 25) {
            long booked = from + between(0, 75 * DAY);
            conversation(person, manager, ConversationKind.CONTRACT_REVIEW, ConversationTrigger.MILESTONE, booked,
                    workingHour(booked + between(DAY, 7 * DAY)), 0, Fate.HELD, limit);
        }
        if (random.nextInt(100) < 3) {
            long booked = from + between(0, 70 * DAY);
            conversation(person, manager, ConversationKind.WHERE_DO_YOU_WANT_TO_GO,
                    SIGNAL_TRIGGERS[random.nextInt(SIGNAL_TRIGGERS.length)], booked,
                    workingHour(booked + between(DAY, 10 * DAY)), 0, Fate.HELD, limit);
        }
    }

    void conversation(Person person, Person manager, ConversationKind kind, ConversationTrigger trigger,
                              long booked, long scheduledFor, int deferrals, Fate fate, long limit) {
        if (booked >= limit) {
            return;
        }
        UUID id = uuid();
        String stream = id.toString();
        person.streams.add(stream);
        if (!person.employed) {
            cutoffs.put(stream, person.changeAt); // Leaving later this quarter.
        }
        boolean dedicated = kind.needsDedicatedSession();
        int planned = dedicated ? 45 + 15 * random.nextInt(4) : 15 + 15 * random.nextInt(2);
        emit(booked, CONVERSATION, stream, new ConversationScheduled(id, person.id, manager.id, kind, trigger,
                instant(scheduledFor), planned, manager.id), manager.id, "MANAGER");
        long last = booked;
        long current = scheduledFor;
        if (dedicated && random.nextInt(100) < 10 && last + MINUTE < current) {
            last += MINUTE;
            emit(last, CONVERSATION, stream, new ReflectionPromptWritten(id, person.id,
                    "what would you like to be known for a year from now?"), manager.id, "MANAGER");
        }
        if (dedicated && random.nextInt(100) < 75) {
            long sent = Math.max(last + MINUTE, current - between(DAY, 3 * DAY));
            if (sent < current) {
                emit(sent, CONVERSATION, stream, new ReflectionPromptSent(id, person.id, instant(sent)), manager.id,
                        "MANAGER");
                last = sent;
            }
        }
        for (int deferral = 1; deferral <= deferrals; deferral++) {
            long at = Math.max(last + MINUTE, current - between(HOUR, 2 * DAY));
            long moved = workingHour(current + between(5 * DAY, 21 * DAY));
            emit(at, CONVERSATION, stream, new ConversationRescheduled(id, person.id, instant(current),
                    instant(moved), deferral == 1 ? "team deadline" : "manager travelling", deferral), manager.id,
                    "MANAGER");
            last = at;
            current = moved;
        }
        if (fate == Fate.LEFT_OPEN) {
            return;
        }
        if (fate == Fate.CANCELLED) {
            emit(Math.max(last + MINUTE, current - between(HOUR, DAY)), CONVERSATION, stream,
                    new ConversationCancelled(id, person.id, "deprioritised this quarter"), manager.id, "MANAGER");
            return;
        }
        long heldAt = current + between(0, 30 * MINUTE);
        int minutes = Math.max(10, planned + (int) between(-10, 20));
        long recorded = heldAt + minutes * MINUTE + between(0, 3 * HOUR);
        if (recorded + 10 * MINUTE >= limit) {
            if (limit < end && last + 2 * MINUTE < limit) {
                emit(limit - MINUTE, CONVERSATION, stream, new ConversationCancelled(id, person.id,
                        "the person changed role"), manager.id, "MANAGER");
            }
            return;
        }
        emit(recorded, CONVERSATION, stream, new ConversationHeld(id, person.id, instant(heldAt), minutes),
                manager.id, "MANAGER");
        long completed = Math.min(limit - MINUTE, recorded + between(10 * MINUTE, 3 * DAY));
        LocalDate heldOn = day(heldAt);
        long t = recorded;
        if (random.nextInt(100) < 10) {
            t += MINUTE;
            ListeningNoteKind note = ListeningNoteKind.values()[random.nextInt(ListeningNoteKind.values().length)];
            UUID noteId = uuid();
            emit(t, CONVERSATION, stream, new ListeningNoteRecorded(id, person.id, noteId, note,
                    "heard " + note.name().toLowerCase() + " underneath the answers", manager.id), manager.id,
                    "MANAGER");
            // What the platform's policies do with it (EmployeePolicies).
            if (note == ListeningNoteKind.FLIGHT_SIGNAL) {
                emit(t + SECOND, EMPLOYEE, person.id, new CareerConversationDue(person.id, manager.id,
                        ConversationTrigger.FLIGHT_SIGNAL, "a flight signal in a listening note of " + day(t), day(t),
                        day(t).plusDays(7), "note:" + noteId), PLATFORM, "");
            } else if (note.asksForRecovery()) {
                emit(t + SECOND, EMPLOYEE, person.id, new DevelopmentPushesPaused(person.id, day(t).plusDays(42),
                        manager.id, noteId), PLATFORM, "");
            }
        }
        if (random.nextInt(100) < 70) {
            long shared = Math.max(recorded + MINUTE, heldAt + between(HOUR, 72 * HOUR));
            if (shared < limit) {
                emit(shared, CONVERSATION, stream, new ConversationSummaryShared(id, person.id, instant(shared),
                        "what we agreed about " + strongest(person)), manager.id, "MANAGER");
            }
        }
        boolean checkIn = kind == ConversationKind.CHECK_IN || kind == ConversationKind.CONTRACT_REVIEW;
        boolean humanCapital = random.nextInt(100) < (checkIn ? 40 : 85);
        boolean relationshipCapital = random.nextInt(100) < (checkIn ? 20 : 65);
        int gapRoll = random.nextInt(100);
        SignalingGapOutcome gap = checkIn ? (gapRoll < 70 ? SignalingGapOutcome.NOT_ASSESSED
                : SignalingGapOutcome.NONE) : gapRoll < 30 ? SignalingGapOutcome.IDENTIFIED
                : gapRoll < 75 ? SignalingGapOutcome.NONE : SignalingGapOutcome.NOT_ASSESSED;
        // The outcomes are recorded between the conversation and its completion, each a few seconds apart.
        long step = Math.max(1, (completed - t) / 12);
        if (humanCapital) {
            int points = 1 + random.nextInt(2);
            for (int i = 0; i < points; i++) {
                t += step;
                evidence(person, t, EvidenceSource.CONVERSATION, heldOn, id, manager.id);
            }
        }
        if (relationshipCapital && random.nextInt(100) < 40) {
            t += step;
            relationship(person, t, id, manager.id);
        }
        if (gap == SignalingGapOutcome.IDENTIFIED) {
            Person decisionMaker = decisionMaker(person);
            if (decisionMaker != null) {
                t += step;
                emit(t, EMPLOYEE, person.id, new DecisionMakerAwarenessAssessed(person.id, decisionMaker.id, false,
                        "has not seen their " + strongest(person) + " work", id), manager.id, "MANAGER");
                if (person.openGaps.add(decisionMaker.id)) {
                    emit(t, EMPLOYEE, person.id, new SignalingGapOpened(person.id, decisionMaker.id, id), manager.id,
                            "MANAGER");
                }
            }
        } else if (gap == SignalingGapOutcome.NONE && !person.openGaps.isEmpty() && random.nextInt(100) < 50) {
            String decisionMaker = person.openGaps.iterator().next();
            person.openGaps.remove(decisionMaker);
            t += step;
            emit(t, EMPLOYEE, person.id, new DecisionMakerAwarenessAssessed(person.id, decisionMaker, true,
                    "saw their work at the last review", id), manager.id, "MANAGER");
            emit(t, EMPLOYEE, person.id, new SignalingGapClosed(person.id, decisionMaker, id), manager.id, "MANAGER");
        }
        boolean aspirational = kind == ConversationKind.WHERE_DO_YOU_WANT_TO_GO || kind == ConversationKind.FULL;
        if (aspirational && random.nextInt(100) < (person.direction == null ? 35 : 15)) {
            t += step;
            aspiration(person, t, id, manager.id);
        }
        if (person.direction != null && person.direction != CareerDirection.UNDECIDED && !checkIn
                && random.nextInt(100) < 12) {
            t += step;
            Readiness readiness = Readiness.values()[random.nextInt(Readiness.values().length)];
            emit(t, EMPLOYEE, person.id, new ReadinessAssessed(person.id, null, person.families.get(0), readiness,
                    "from the " + kind.name().toLowerCase().replace('_', ' ') + " conversation", manager.id),
                    manager.id, "MANAGER");
        }
        int advocacyChance = switch (kind) {
            case FULL, HOW_DO_WE_CLOSE_THE_GAP -> 75;
            case WHERE_DO_YOU_WANT_TO_GO -> 35;
            case CHECK_IN -> 5;
            default -> 0;
        };
        String addressed = person.openGaps.isEmpty() || random.nextInt(100) < 40 ? null
                : person.openGaps.iterator().next();
        AdvocacyAction advocacy = random.nextInt(100) < advocacyChance ? new AdvocacyAction(
                "present their " + strongest(person) + " work at the next leadership forum",
                heldOn.plusDays(between(14, 80)), addressed) : null;
        if (advocacy != null && addressed != null) {
            advocacyTargets.put(AdvocacyAction.commitmentIdFor(id), new String[] {addressed, id.toString()});
        }
        LocalDate next = dedicated && random.nextInt(100) < 70 ? heldOn.plusDays(between(80, 95)) : null;
        int produced = (humanCapital ? 1 : 0) + (relationshipCapital ? 1 : 0)
                + (gap != SignalingGapOutcome.NOT_ASSESSED ? 1 : 0) + (advocacy != null ? 1 : 0);
        completed = Math.max(completed, t + 1);
        emit(completed, CONVERSATION, stream, new ConversationCompleted(id, person.id, manager.id, kind, humanCapital,
                relationshipCapital, gap, advocacy, next, produced, kind == ConversationKind.FULL && advocacy == null),
                manager.id, "MANAGER");
        if (dedicated) {
            LocalDate due = heldOn.plusDays(92);
            emit(startOfDay(due.plusDays(1)), CONVERSATION, stream, new QuarterlyConversationDue(id, person.id,
                    manager.id, due), PLATFORM, "");
        }
        Contract open = person.contract != null && person.contract.closeAt > completed ? person.contract : null;
        boolean contractKind = kind == ConversationKind.FULL || kind == ConversationKind.HOW_DO_WE_CLOSE_THE_GAP
                || kind == ConversationKind.WHERE_DO_YOU_WANT_TO_GO;
        if (open == null && contractKind && manager.style != NEVER && random.nextInt(100) < 35) {
            openContract(person, manager, completed + between(HOUR, 2 * DAY), id, heldAt, advocacy, limit);
        } else if (open != null && advocacy != null && open.openedAt < completed) {
            commitment(open, person, manager, AdvocacyAction.commitmentIdFor(id), CommitmentOwner.MANAGER,
                    completed + between(MINUTE, HOUR), advocacy.dueOn(), CommitmentKind.ADVOCACY,
                    advocacy.description(), id);
        }
    }
}
