package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.RelationshipKind;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.ShareScope;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The people: the management tree, each person's registration and settling in (consent, first capabilities,
 * aspiration, relationships, decision makers), and consent that changes later.
 */
abstract class PeopleGeneration extends OrganisationState {

    PeopleGeneration(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
    }

    /** A breadth-first tree: the chief executive, one head per function, then spans of 5 to 11. */
    void buildTree() {
        Person chief = newPerson(6, 7, null);
        chief.depth = 0;
        ArrayDeque<Person> managers = new ArrayDeque<>();
        for (int f = 0; f < FUNCTIONS.length && people.size() < spec.people(); f++) {
            Person head = newPerson(f, 6, chief);
            head.depth = 1;
            managers.add(head);
        }
        while (people.size() < spec.people()) {
            Person manager = managers.poll();
            int span = 5 + random.nextInt(7);
            for (int i = 0; i < span && people.size() < spec.people(); i++) {
                Person report = newPerson(manager.function, 0, manager);
                report.depth = manager.depth + 1;
                managers.add(report);
            }
        }
        for (Person person : people) {
            boolean manages = !person.reports.isEmpty();
            if (person.depth >= 2) {
                person.level = manages ? Math.max(4, 7 - person.depth + (person.depth >= 4 ? 1 : 0)) : leafLevel();
            }
            // Most managers hold their conversations on time, some defer them, some never hold them.
            person.style = !manages ? ON_TIME : switch (pick(70, 20)) {
                case 0 -> ON_TIME;
                case 1 -> DEFERS;
                default -> NEVER;
            };
            person.jobTitle = title(person);
        }
    }

    int leafLevel() {
        int roll = random.nextInt(100);
        return roll < 15 ? 1 : roll < 45 ? 2 : roll < 78 ? 3 : roll < 95 ? 4 : 5;
    }

    Person newPerson(int function, int level, Person manager) {
        Person person = new Person(idPrefix + "E-" + (++lastEmployeeNumber),
                FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)],
                function, level, manager);
        if (manager != null) {
            manager.reports.add(person);
        }
        people.add(person);
        byFunction.get(function).add(person);
        return person;
    }

    void register(Person person, long at) {
        emit(at, EMPLOYEE, person.id, new EmployeeRegistered(person.id, person.name, person.jobTitle,
                "L" + person.level, FUNCTIONS[person.function], person.manager == null ? null : person.manager.id),
                HR, "HR");
    }

    /** What a person brings on their first weeks: consent, capabilities on record, maybe an aspiration, contacts. */
    void settleIn(Person person, long at) {
        person.marketplace = random.nextInt(100) < 70;
        person.discoverable = person.marketplace ? random.nextInt(100) < 80 : random.nextInt(100) < 20;
        person.share = EnumSet.noneOf(ShareScope.class);
        if (random.nextInt(100) < (person.marketplace || person.discoverable ? 92 : 30)) {
            person.share.add(ShareScope.CAPABILITIES);
        }
        if (random.nextInt(100) < 45) {
            person.share.add(ShareScope.ASPIRATION);
        }
        if (random.nextInt(100) < 35) {
            person.share.add(ShareScope.READINESS);
        }
        emit(at, EMPLOYEE, person.id, consent(person), person.id, "EMPLOYEE");
        int capabilities = 3 + random.nextInt(3);
        long t = at + between(HOUR, 5 * DAY);
        for (int i = 0; i < capabilities; i++) {
            t += between(HOUR, DAY);
            EvidenceSource source = pick(50, 30) == 0 ? EvidenceSource.REVIEW
                    : random.nextInt(5) < 3 ? EvidenceSource.SELF : EvidenceSource.PEER;
            long observed = between(Math.min(end - 730 * DAY, t - 30 * DAY), t - DAY);
            evidence(person, t, source, day(observed), null,
                    source == EvidenceSource.SELF ? person.id : managerOf(person));
        }
        if (random.nextInt(100) < 45) {
            t += between(HOUR, 3 * DAY);
            aspiration(person, t, null, managerOf(person));
        }
        int contacts = random.nextInt(100) < 50 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < contacts; i++) {
            t += between(HOUR, DAY);
            relationship(person, t, null, managerOf(person));
        }
    }

    void consentChanges(long from) {
        for (Person person : people) {
            if (person.employed && person.registeredAt < from && random.nextInt(1000) < 15) {
                person.marketplace = !person.marketplace;
                if (person.marketplace) {
                    person.share.add(ShareScope.CAPABILITIES);
                }
                emit(from + between(DAY, 85 * DAY), EMPLOYEE, person.id, consent(person), person.id, "EMPLOYEE");
            }
        }
    }

    void evidence(Person person, long at, EvidenceSource source, LocalDate observedOn, UUID conversationId,
                          String actor) {
        String capability;
        if (!person.capabilities.isEmpty() && (person.capabilities.size() >= 8 || random.nextBoolean())) {
            List<String> held = new ArrayList<>(person.capabilities.keySet());
            capability = held.get(random.nextInt(held.size()));
        } else {
            capability = random.nextInt(100) < 75
                    ? CAPABILITIES[person.function][random.nextInt(CAPABILITIES[person.function].length)]
                    : GENERAL[random.nextInt(GENERAL.length)];
        }
        int base = 1 + person.level / 2;
        int level = Math.max(1, Math.min(5, Math.max(base + (int) between(-1, 2),
                person.capabilities.getOrDefault(capability, 0))));
        person.capabilities.put(capability, level);
        emit(at, EMPLOYEE, person.id, new CapabilityEvidenced(person.id, uuid(), capability, level,
                String.format(EVIDENCE[random.nextInt(EVIDENCE.length)], capability), source, observedOn,
                conversationId), actor, actor.equals(person.id) ? "EMPLOYEE" : "MANAGER");
    }

    void relationship(Person person, long at, UUID conversationId, String actor) {
        RelationshipKind kind = RelationshipKind.values()[random.nextInt(RelationshipKind.values().length)];
        boolean internal = kind != RelationshipKind.EXTERNAL_PARTNER && kind != RelationshipKind.INDUSTRY;
        Person counterpart = null;
        if (internal) {
            int other = (person.function + 1 + random.nextInt(FUNCTIONS.length - 1)) % FUNCTIONS.length;
            List<Person> pool = byFunction.get(other);
            counterpart = pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
        }
        emit(at, EMPLOYEE, person.id, new RelationshipMapped(person.id, uuid(),
                counterpart == null ? null : counterpart.id,
                counterpart == null ? FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " at a partner firm"
                        : counterpart.name,
                counterpart == null ? "External" : FUNCTIONS[counterpart.function], kind, conversationId), actor,
                actor.equals(person.id) ? "EMPLOYEE" : "MANAGER");
    }

    void aspiration(Person person, long at, UUID conversationId, String actor) {
        int roll = random.nextInt(100);
        CareerDirection direction = roll < 35 ? CareerDirection.TECHNICAL_LEADERSHIP
                : roll < 65 ? CareerDirection.PEOPLE_LEADERSHIP : roll < 85 ? CareerDirection.DOMAIN_DEPTH
                : roll < 92 ? CareerDirection.OTHER : CareerDirection.UNDECIDED;
        List<String> families = new ArrayList<>();
        if (direction != CareerDirection.UNDECIDED) {
            int track = direction == CareerDirection.TECHNICAL_LEADERSHIP ? 0
                    : direction == CareerDirection.PEOPLE_LEADERSHIP ? 1 : 2;
            int function = random.nextInt(100) < 80 ? person.function : random.nextInt(FUNCTIONS.length);
            families.add(family(function, track));
            if (random.nextInt(100) < 30) {
                families.add(family(function, (track + 1) % TRACKS.length));
            }
        }
        person.direction = direction;
        person.families = families;
        emit(at, EMPLOYEE, person.id, new AspirationStated(person.id, direction, families, 1 + random.nextInt(5),
                "wants to grow towards " + direction.name().toLowerCase().replace('_', ' '),
                random.nextInt(100) < 80, conversationId), actor, actor.equals(person.id) ? "EMPLOYEE" : "MANAGER");
    }

    Person decisionMaker(Person person) {
        Person skipLevel = person.manager == null ? null : person.manager.manager;
        if (skipLevel != null && skipLevel.employed && random.nextBoolean()) {
            return skipLevel;
        }
        int other = (person.function + 1 + random.nextInt(FUNCTIONS.length - 1)) % FUNCTIONS.length;
        Person candidate = someManager(other, person);
        return candidate != null ? candidate : skipLevel;
    }

    ConsentRecorded consent(Person person) {
        return new ConsentRecorded(person.id, person.marketplace, person.discoverable, Set.copyOf(person.share));
    }

    String managerOf(Person person) {
        return person.manager == null ? person.id : person.manager.id;
    }
}
