package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessionReadiness;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The roles and their succession: roles per function (some critical), openings, nominations and the panels'
 * reviews of their slates.
 */
abstract class RoleGeneration extends PeopleGeneration {

    RoleGeneration(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
    }

    void defineRoles(long at) {
        int count = Math.max(1, spec.people() / 20);
        for (int i = 0; i < count; i++) {
            boolean critical = i % 10 == 0;
            Person sample = people.get(1 + random.nextInt(people.size() - 1));
            int function = sample.function;
            int track = random.nextInt(TRACKS.length);
            int level = critical ? 6 + random.nextInt(2) : 3 + random.nextInt(4);
            int requirements = 3 + random.nextInt(2);
            List<String> vocabulary = new ArrayList<>(List.of(CAPABILITIES[function]));
            List<RequiredCapability> required = new ArrayList<>();
            for (int r = 0; r < requirements; r++) {
                String capability = vocabulary.remove(random.nextInt(vocabulary.size()));
                required.add(new RequiredCapability(capability, critical ? 3 + random.nextInt(2) : 2 + random.nextInt(3)));
            }
            String title = switch (track) {
                case 0 -> LEVEL_WORDS[level - 1] + " " + PRACTITIONERS[function] + ", technical lead";
                case 1 -> FUNCTIONS[function] + (level >= 6 ? " Director" : " Manager");
                default -> LEVEL_WORDS[level - 1] + " " + PRACTITIONERS[function] + ", " + CAPABILITIES[function][
                        random.nextInt(CAPABILITIES[function].length)];
            };
            RoleState role = new RoleState(idPrefix + "R-" + (i + 1), title + " #" + (i + 1), function, level, critical,
                    family(function, track), required);
            roles.add(role);
            rolesByFunction.get(function).add(role);
            emit(at + i, ROLE, role.stream(), new RoleDefined(role.id, role.title, FUNCTIONS[function], "L" + level,
                    critical, role.family, required), HR, "HR");
        }
    }

    UUID openOpening(RoleState role, long at, boolean internalOnly) {
        UUID opening = uuid();
        role.openings.put(opening, at);
        emit(at, OPENING, opening.toString(), new OpeningOpened(opening, role.id, role.title, FUNCTIONS[role.function],
                "L" + role.level, role.family, role.required, day(at), internalOnly), HR, "HR");
        return opening;
    }

    RoleState pickRole(boolean critical) {
        for (int attempt = 0; attempt < 50; attempt++) {
            RoleState role = roles.get(random.nextInt(roles.size()));
            if (role.critical == critical) {
                return role;
            }
        }
        return roles.get(random.nextInt(roles.size()));
    }

    RoleState pickRoleIn(int function) {
        List<RoleState> pool = rolesByFunction.get(function);
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    /** When the openings still open at the end were opened: within the last six months. */
    long[] openingTimes() {
        long from = Math.max(start, end - 182 * DAY);
        long[] times = new long[spec.openings()];
        for (int i = 0; i < times.length; i++) {
            times[i] = between(from, end - HOUR);
        }
        java.util.Arrays.sort(times);
        return times;
    }

    void nominate(RoleState role, long at) {
        List<Person> pool = byFunction.get(role.function);
        for (int attempt = 0; attempt < 40 && !pool.isEmpty(); attempt++) {
            Person candidate = pool.get(random.nextInt(pool.size()));
            if (candidate.employed && candidate.registeredAt < at && candidate.level >= role.level - 2
                    && candidate.level <= role.level && !role.slate.containsKey(candidate.id)) {
                int roll = random.nextInt(100);
                SuccessionReadiness readiness = roll < 30 ? SuccessionReadiness.READY_NOW
                        : roll < 75 ? SuccessionReadiness.READY_1_2_YEARS : SuccessionReadiness.READY_3_PLUS;
                role.slate.put(candidate.id, readiness);
                String rationale = "panel review: " + strongest(candidate) + " shown at level "
                        + candidate.level + ", sponsor confirmed";
                emit(at, ROLE, role.stream(), new SuccessorNominated(role.id, candidate.id, readiness,
                        readiness == SuccessionReadiness.READY_NOW ? random.nextInt(100) < 60
                                : random.nextInt(100) < 10, rationale, panel(role)), panel(role), "PANEL");
                emit(at + MINUTE, EMPLOYEE, candidate.id, new ReadinessAssessed(candidate.id, role.id, null,
                        Readiness.valueOf(readiness.name()), rationale, panel(role)), panel(role), "PANEL");
                return;
            }
        }
    }

    void successionReviews(long from) {
        for (RoleState role : roles) {
            if (!role.critical) {
                continue;
            }
            for (Map.Entry<String, SuccessionReadiness> entry : new ArrayList<>(role.slate.entrySet())) {
                int roll = random.nextInt(100);
                long at = from + between(DAY, 85 * DAY);
                if (roll < 12) {
                    SuccessionReadiness previous = entry.getValue();
                    SuccessionReadiness readiness = previous != SuccessionReadiness.READY_NOW
                            && random.nextInt(100) < 60 ? SuccessionReadiness.values()[previous.ordinal() - 1]
                            : previous;
                    role.slate.put(entry.getKey(), readiness);
                    emit(at, ROLE, role.stream(), new SuccessorReassessed(role.id, entry.getKey(), previous, readiness,
                            readiness == SuccessionReadiness.READY_NOW, "reassessed at the quarterly talent review",
                            panel(role)), panel(role), "PANEL");
                } else if (roll < 15) {
                    role.slate.remove(entry.getKey());
                    emit(at, ROLE, role.stream(), new SuccessorRemoved(role.id, entry.getKey(),
                            "no longer a fit for the role's direction", panel(role)), panel(role), "PANEL");
                }
            }
            if (role.slate.size() < 3 && random.nextInt(100) < 8) {
                nominate(role, from + between(DAY, 85 * DAY));
            }
        }
    }

    static String panel(RoleState role) {
        return "P-" + (role.function + 1);
    }
}
