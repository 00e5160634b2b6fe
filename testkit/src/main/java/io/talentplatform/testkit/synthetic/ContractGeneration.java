package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.contract.TransitionPlanAgreed;
import io.talentplatform.events.employee.SignalReassessmentRequested;
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
import io.talentplatform.events.conversation.AdvocacyAction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The development contracts that follow conversations: their terms, bilateral commitments (completed on time,
 * late, rescheduled, overdue or withdrawn), reviews and the advocacy that closes a signaling gap.
 */
abstract class ContractGeneration extends MoveGeneration {

    ContractGeneration(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
    }

    void openContract(Person person, Person manager, long at, UUID conversationId, long heldAt,
                              AdvocacyAction advocacy, long limit) {
        if (at >= limit || (!person.employed && at >= person.changeAt - 2 * HOUR)) {
            return;
        }
        ReviewCadence cadence = random.nextInt(100) < 55 ? ReviewCadence.MONTHLY : ReviewCadence.QUARTERLY;
        Contract contract = new Contract(uuid(), at, cadence, manager.style);
        if (random.nextInt(100) < 45) {
            contract.closeAt = at + between(150 * DAY, 400 * DAY);
            contract.closeReason = random.nextInt(100) < 85 ? ContractCloseReason.GOAL_MET
                    : ContractCloseReason.TRANSITION_SUPPORTED;
        }
        if (!person.employed) {
            // Leaving later this quarter: the contract closes as the platform's policy would close it.
            contract.closeAt = person.changeAt - HOUR;
            contract.closeReason = ContractCloseReason.EMPLOYEE_LEFT;
            cutoffs.put(contract.stream(), contract.closeAt);
        }
        person.contract = contract;
        String stream = contract.stream();
        String goal = "grow " + strongest(person) + " to the next level within a year";
        LocalDate nextReview = day(at).plusDays(cadence.days() - 1);
        List<String> questions = random.nextBoolean() ? List.of("is a move to another function realistic?")
                : List.of();
        String caveat = random.nextInt(100) < 30 ? "no opening at the next level in the next 12 months" : null;
        emit(at, CONTRACT, stream, new DevelopmentContractOpened(contract.id, person.id, manager.id, goal,
                "a stakeholder outside the team asks for them by name", cadence, nextReview, caveat, questions,
                conversationId), manager.id, "MANAGER");
        int summaryRoll = random.nextInt(100);
        if (summaryRoll < 90) {
            long shared = Math.max(at + MINUTE, summaryRoll < 75 ? heldAt + between(2 * HOUR, 40 * HOUR)
                    : heldAt + between(50 * HOUR, 8 * DAY));
            if (shared < contract.closeAt) {
                emit(shared, CONTRACT, stream, new ContractSummaryShared(contract.id, person.id, instant(shared),
                        instant(heldAt), shared > heldAt + 48 * HOUR), manager.id, "MANAGER");
            }
        }
        int own = 1 + random.nextInt(2);
        for (int i = 0; i < own; i++) {
            long made = at + between(MINUTE, 2 * HOUR);
            commitment(contract, person, manager, uuid(), CommitmentOwner.EMPLOYEE, made,
                    day(made).plusDays(between(14, 120)), null, "prepare a short write-up of the " + strongest(person)
                            + " work", null);
        }
        int theirs = 1 + random.nextInt(3);
        for (int i = 0; i < theirs; i++) {
            long made = at + between(MINUTE, 2 * HOUR);
            CommitmentKind kind = MANAGER_KINDS[random.nextInt(MANAGER_KINDS.length)];
            commitment(contract, person, manager, uuid(), CommitmentOwner.MANAGER, made,
                    day(made).plusDays(between(14, 120)), kind, kind.name().toLowerCase().replace('_', ' ')
                            + " for " + strongest(person), null);
        }
        if (advocacy != null && advocacy.dueOn().isAfter(day(at))) {
            commitment(contract, person, manager, AdvocacyAction.commitmentIdFor(conversationId), CommitmentOwner.MANAGER,
                    at + between(MINUTE, HOUR), advocacy.dueOn(), CommitmentKind.ADVOCACY, advocacy.description(),
                    conversationId);
        }
        reviews(contract, person, manager, nextReview, goal);
        if (contract.closeAt < end) {
            if (contract.closeReason == ContractCloseReason.TRANSITION_SUPPORTED) {
                long planned = Math.max(contract.openedAt + MINUTE, contract.closeAt - between(DAY, 20 * DAY));
                emit(planned, CONTRACT, stream, new TransitionPlanAgreed(contract.id, person.id,
                        List.of("lead a guild while looking outside"), "within two quarters", day(planned)),
                        manager.id, "MANAGER");
            }
            emit(contract.closeAt, CONTRACT, stream, new DevelopmentContractClosed(contract.id, person.id,
                    contract.closeReason), manager.id, "MANAGER");
        }
    }

    void reviews(Contract contract, Person person, Person manager, LocalDate firstReview, String goal) {
        LocalDate next = firstReview;
        boolean revised = false;
        while (true) {
            long dueAt = startOfDay(next.plusDays(1));
            if (dueAt >= Math.min(contract.closeAt, end)) {
                return;
            }
            int roll = random.nextInt(100);
            boolean onTime = contract.style == ON_TIME ? roll < 85 : contract.style == DEFERS ? roll < 45 : roll < 5;
            LocalDate reviewedOn;
            if (onTime) {
                reviewedOn = next.minusDays(between(0, 3));
                if (!reviewedOn.isAfter(day(contract.openedAt))) {
                    reviewedOn = next;
                }
            } else {
                emit(dueAt, CONTRACT, contract.stream(), new ContractReviewDue(contract.id, person.id, manager.id,
                        next), PLATFORM, "");
                if (contract.style == NEVER && random.nextInt(100) < 90) {
                    return;
                }
                reviewedOn = next.plusDays(between(3, 20));
            }
            long at = startOfDay(reviewedOn) + 9 * HOUR + between(0, 8 * HOUR);
            if (at >= Math.min(contract.closeAt, end)) {
                return;
            }
            LocalDate following = reviewedOn.plusDays(contract.cadence.days() - 1);
            emit(at, CONTRACT, contract.stream(), new ContractReviewed(contract.id, person.id, reviewedOn,
                    "progress on: " + goal, following), manager.id, "MANAGER");
            if (!revised && random.nextInt(100) < 8 && at + MINUTE < Math.min(contract.closeAt, end)) {
                revised = true;
                emit(at + MINUTE, CONTRACT, contract.stream(), new DevelopmentContractRevised(contract.id, person.id,
                        1, "move towards a lead role within 18 months", "leads a cross-team initiative",
                        contract.cadence, following, null, List.of(), "their goals changed"), manager.id, "MANAGER");
            }
            next = following;
        }
    }

    void commitment(Contract contract, Person person, Person manager, UUID id, CommitmentOwner owner,
                            long made, LocalDate due, CommitmentKind kind, String description, UUID conversationId) {
        if (made >= contract.closeAt || !due.isAfter(day(made))) {
            return;
        }
        String stream = contract.stream();
        String actor = owner == CommitmentOwner.EMPLOYEE ? person.id : manager.id;
        String roles = owner == CommitmentOwner.EMPLOYEE ? "EMPLOYEE" : "MANAGER";
        emit(made, CONTRACT, stream, new CommitmentMade(contract.id, person.id, id, owner, description, due, kind,
                conversationId), actor, roles);
        int style = owner == CommitmentOwner.EMPLOYEE ? ON_TIME : contract.style;
        int[] weights = switch (style) {
            case ON_TIME -> new int[]{65, 10, 10, 7, 8};
            case DEFERS -> new int[]{35, 20, 20, 20, 5};
            default -> new int[]{15, 20, 15, 45, 5};
        };
        int fate = pick(weights);
        Limit limit = new Limit(Math.min(contract.closeAt, end));
        switch (fate) {
            case 0 -> completeOnTime(contract, person, id, made, due, actor, roles, limit);
            case 1 -> {
                if (overdue(contract, person, id, owner, due, limit)) {
                    LocalDate completedOn = due.plusDays(between(3, 30));
                    long at = startOfDay(completedOn) + 10 * HOUR;
                    if (limit.allows(at)) {
                        emit(at, CONTRACT, stream, new CommitmentCompleted(contract.id, person.id, id, completedOn,
                                true, "done, later than promised"), actor, roles);
                        reassess(person, id, at);
                    }
                }
            }
            case 2 -> {
                long at = Math.max(made + MINUTE, startOfDay(due.minusDays(between(1, 5))) + 10 * HOUR);
                LocalDate moved = due.plusDays(between(14, 45));
                if (limit.allows(at) && moved.isAfter(day(at))) {
                    emit(at, CONTRACT, stream, new CommitmentRescheduled(contract.id, person.id, id, due, moved,
                            "the forum moved", 1), actor, roles);
                    if (random.nextInt(100) < 60) {
                        completeOnTime(contract, person, id, at, moved, actor, roles, limit);
                    } else {
                        overdue(contract, person, id, owner, moved, limit);
                    }
                }
            }
            case 3 -> overdue(contract, person, id, owner, due, limit);
            default -> {
                long at = made + between(DAY, Math.max(DAY + 1, startOfDay(due) - made));
                if (limit.allows(at)) {
                    emit(at, CONTRACT, stream, new CommitmentWithdrawn(contract.id, person.id, id,
                            "circumstances changed"), manager.id, "MANAGER");
                }
            }
        }
    }

    void completeOnTime(Contract contract, Person person, UUID id, long made, LocalDate due, String actor,
                                String roles, Limit limit) {
        long room = due.toEpochDay() - day(made).toEpochDay() - 1;
        LocalDate completedOn = due.minusDays(between(0, Math.max(1, Math.min(10, room))));
        long at = Math.max(made + MINUTE, startOfDay(completedOn) + 9 * HOUR + between(0, 8 * HOUR));
        completedOn = day(at);
        if (limit.allows(at)) {
            emit(at, CONTRACT, contract.stream(), new CommitmentCompleted(contract.id, person.id, id, completedOn,
                    completedOn.isAfter(due), null), actor, roles);
            reassess(person, id, at);
        }
    }

    /** A completed advocacy action aimed at a decision maker asks for a reassessment (EmployeePolicies). */
    void reassess(Person person, UUID commitmentId, long at) {
        String[] target = advocacyTargets.remove(commitmentId);
        if (target != null) {
            emit(at + SECOND, EMPLOYEE, person.id, new SignalReassessmentRequested(person.id, target[0], commitmentId,
                    UUID.fromString(target[1]), day(at)), PLATFORM, "");
        }
    }

    /** The platform marks the commitment overdue the day after its due date; false when that is beyond the limit. */
    boolean overdue(Contract contract, Person person, UUID id, CommitmentOwner owner, LocalDate due,
                            Limit limit) {
        long at = startOfDay(due.plusDays(1));
        if (!limit.allows(at)) {
            return false;
        }
        emit(at, CONTRACT, contract.stream(), new CommitmentBecameOverdue(contract.id, person.id, id, owner, due),
                PLATFORM, "");
        return true;
    }
}
