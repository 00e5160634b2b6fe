package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.SuccessorRemoved;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The moves between quarters: promotions, lateral and cross-function moves, new managers, departures and the
 * people hired to replace them.
 */
abstract class MoveGeneration extends RoleGeneration {

    MoveGeneration(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
    }

    void mobility(long from) {
        List<Person> snapshot = new ArrayList<>(people);
        for (Person person : snapshot) {
            if (!person.employed || person.manager == null || person.registeredAt >= from) {
                continue;
            }
            boolean manages = person.reports.stream().anyMatch(report -> report.employed);
            int roll = random.nextInt(1000);
            if (!manages && roll < 20) {
                depart(person, from + between(DAY, 85 * DAY));
            } else if (!manages && roll < 45) {
                move(person, from, from + between(DAY, 85 * DAY));
            } else if (manages && roll < 8 && person.level < 7) {
                long at = from + between(DAY, 85 * DAY);
                String previousTitle = person.jobTitle;
                String previousLevel = "L" + person.level;
                person.level++;
                person.jobTitle = "Senior " + previousTitle.replace("Senior ", "");
                emit(at, EMPLOYEE, person.id, new EmployeeMoved(person.id, MoveType.PROMOTION, person.jobTitle,
                        "L" + person.level, FUNCTIONS[person.function], previousTitle, previousLevel,
                        FUNCTIONS[person.function], day(at), null), HR, "HR");
                emit(at, EMPLOYEE, person.id, new CareerConversationDue(person.id, person.manager.id,
                        ConversationTrigger.ROLE_CHANGE, "a move from " + day(at), day(at), day(at).plusDays(30),
                        "move:" + day(at) + ":" + person.jobTitle), HR, "HR");
            }
        }
    }

    void move(Person person, long from, long at) {
        person.changeAt = at;
        int roll = random.nextInt(100);
        MoveType type = roll < 55 ? MoveType.PROMOTION : roll < 80 ? MoveType.LATERAL : MoveType.CROSS_FUNCTION;
        int function = type == MoveType.CROSS_FUNCTION
                ? (person.function + 1 + random.nextInt(FUNCTIONS.length - 1)) % FUNCTIONS.length : person.function;
        int level = type == MoveType.PROMOTION ? Math.min(7, person.level + 1) : person.level;
        String title;
        UUID openingId = null;
        RoleState role = random.nextBoolean() ? roleAt(function, level) : null;
        if (role != null) {
            // An internal fill moves the person into the role as the catalogue describes it.
            openingId = openOpening(role, Math.max(from, at - between(20 * DAY, 60 * DAY)), random.nextInt(100) < 40);
            level = role.level;
            function = role.function;
            title = role.title;
            type = function != person.function ? MoveType.CROSS_FUNCTION
                    : level > person.level ? MoveType.PROMOTION : MoveType.LATERAL;
            emit(at, OPENING, openingId.toString(), new OpeningFilled(openingId, role.id, FUNCTIONS[role.function],
                    day(role.openedAt(openingId)), day(at), person.id, true, type), HR, "HR");
        } else {
            String word = LEVEL_WORDS[level - 1];
            title = (word.isEmpty() ? "" : word + " ") + PRACTITIONERS[function];
        }
        if (title.equals(person.jobTitle) && level == person.level && function == person.function) {
            title = title + " (" + CAPABILITIES[function][random.nextInt(CAPABILITIES[function].length)] + ")";
        }
        emit(at + MINUTE, EMPLOYEE, person.id, new EmployeeMoved(person.id, type, title, "L" + level,
                FUNCTIONS[function], person.jobTitle, "L" + person.level, FUNCTIONS[person.function], day(at),
                openingId), HR, "HR");
        if (type != MoveType.LATERAL || function != person.function) {
            emit(at + MINUTE, EMPLOYEE, person.id, new CareerConversationDue(person.id, person.manager.id,
                    ConversationTrigger.ROLE_CHANGE, "a move from " + day(at), day(at), day(at).plusDays(30),
                    "move:" + day(at) + ":" + title), HR, "HR");
        }
        boolean newFunction = function != person.function;
        if (newFunction) {
            byFunction.get(person.function).remove(person);
            byFunction.get(function).add(person);
        }
        person.function = function;
        person.level = level;
        person.jobTitle = title;
        if (newFunction || random.nextInt(100) < 40) {
            Person manager = someManager(function, person);
            if (manager != null && manager != person.manager) {
                emit(at + 2 * MINUTE, EMPLOYEE, person.id, new ManagerChanged(person.id, person.manager.id,
                        manager.id, day(at)), HR, "HR");
                emit(at + 2 * MINUTE, EMPLOYEE, person.id, new CareerConversationDue(person.id, manager.id,
                        ConversationTrigger.ROLE_CHANGE, "a new manager from " + day(at), day(at),
                        day(at).plusDays(30), "manager:" + manager.id + ":" + day(at)), HR, "HR");
                person.manager.reports.remove(person);
                manager.reports.add(person);
                person.manager = manager;
            }
        }
    }

    void depart(Person person, long at) {
        person.changeAt = at;
        if (person.contract != null && person.contract.closeAt > at - HOUR) {
            Contract contract = person.contract;
            contract.closeAt = at - HOUR;
            cutoffs.put(contract.stream(), contract.closeAt);
            emit(contract.closeAt, CONTRACT, contract.stream(), new DevelopmentContractClosed(contract.id, person.id,
                    ContractCloseReason.EMPLOYEE_LEFT), PLATFORM, "");
        }
        int roll = random.nextInt(100);
        DepartureReason reason = roll < 65 ? DepartureReason.VOLUNTARY : roll < 80 ? DepartureReason.INVOLUNTARY
                : roll < 90 ? DepartureReason.RETIREMENT : DepartureReason.OTHER;
        emit(at, EMPLOYEE, person.id, new EmployeeDeparted(person.id, day(at), reason,
                reason == DepartureReason.VOLUNTARY && random.nextInt(100) < 40), HR, "HR");
        person.employed = false;
        cutoffs.put(person.id, at);
        for (String stream : person.streams) {
            cutoffs.put(stream, at);
        }
        for (RoleState role : roles) {
            if (role.slate.containsKey(person.id)) {
                role.slate.remove(person.id);
                emit(at + between(DAY, 20 * DAY), ROLE, role.stream(), new SuccessorRemoved(role.id, person.id,
                        "left the organisation", panel(role)), panel(role), "PANEL");
            }
        }
        Person manager = person.manager;
        manager.reports.remove(person);
        long hiredAt = at + between(10 * DAY, 50 * DAY);
        if (hiredAt >= end) {
            return;
        }
        Person hire = newPerson(person.function, person.level, manager);
        hire.depth = person.depth;
        hire.style = ON_TIME;
        hire.jobTitle = title(hire);
        hire.registeredAt = hiredAt;
        if (random.nextInt(100) < 25) {
            RoleState role = pickRoleIn(person.function);
            if (role != null) {
                UUID opening = openOpening(role, at, false);
                emit(hiredAt - DAY, OPENING, opening.toString(), new OpeningFilled(opening, role.id,
                        FUNCTIONS[role.function], day(at), day(hiredAt - DAY), null, false, null), HR, "HR");
            }
        }
        register(hire, hiredAt);
        settleIn(hire, hiredAt + between(DAY, 10 * DAY));
    }

    RoleState roleAt(int function, int level) {
        List<RoleState> candidates = rolesByFunction.get(function).stream()
                .filter(role -> role.level == level || role.level == level + 1).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }
}
