package io.talentplatform.testkit.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The synthetic organisation of BENCHMARKS.md: a seed in, the events of an organisation's career history out, the
 * same events for the same seed every time. It builds a management tree (span about 8) over 8 functions and levels
 * L1..L7, roles (about 1 per 20 people, 10% critical) with succession slates, openings, consent, capabilities,
 * aspirations, relationships, signaling gaps and readiness, then lets quarters pass: career conversations (most
 * managers hold them on time, some defer, some never do), development contracts whose commitments are completed,
 * rescheduled or become overdue, moves and departures.
 *
 * <p>Events come out per stream in the order an aggregate would have applied them, and overall in the order of their
 * timestamps, so appending them as they come gives a log that looks as if the platform had run through the history.
 * It is pure: no clock, no I/O; {@code today} is part of the {@link OrganisationSpec}.
 *
 * <p>The classes it extends are its parts, one for each thing it generates ({@link PeopleGeneration},
 * {@link RoleGeneration}, {@link MoveGeneration}, {@link ContractGeneration}, {@link ConversationGeneration},
 * {@link OpportunityGeneration}) over one
 * state ({@link OrganisationState}): one object, so the seeded randomness is drawn in the same order whichever part
 * draws it, and a seed gives the same history as before the parts were split (SameSeedSameHistoryTest).
 */
public final class OrganisationGenerator extends OpportunityGeneration {

    private OrganisationGenerator(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
    }

    /**
     * Generates the organisation of {@code spec}, handing each event to {@code sink} in the order to append them.
     *
     * @return who and what the organisation holds at the end of its history
     */
    public static SyntheticOrganisation generate(OrganisationSpec spec, Consumer<SyntheticEvent> sink) {
        return generate(spec, "", sink);
    }

    /** As {@link #generate(OrganisationSpec, Consumer)}, with every person's and role's id starting {@code idPrefix}. */
    public static SyntheticOrganisation generate(OrganisationSpec spec, String idPrefix,
                                                 Consumer<SyntheticEvent> sink) {
        return new OrganisationGenerator(spec, idPrefix, sink).run();
    }

    SyntheticOrganisation run() {
        setUp();
        long[] openingTimes = openingTimes();
        int nextOpening = 0;
        for (int q = 0; q < spec.quarters(); q++) {
            long from = start + q * QUARTER;
            long to = from + QUARTER;
            for (Person person : people) {
                person.changeAt = Long.MAX_VALUE;
                person.quarterManager = person.manager;
            }
            mobility(from);
            List<Person> snapshot = new ArrayList<>(people);
            for (Person person : snapshot) {
                if (person.quarterManager != null && person.registeredAt < from
                        && (person.employed || person.changeAt < Long.MAX_VALUE)) {
                    conversations(person, q, from);
                }
            }
            consentChanges(from);
            successionReviews(from);
            while (nextOpening < openingTimes.length && openingTimes[nextOpening] < to) {
                openOpenings.add(openOpening(pickRole(random.nextInt(100) < 15), openingTimes[nextOpening],
                        random.nextInt(100) < 30));
                nextOpening++;
            }
            if (q == spec.quarters() - 1) {
                opportunities(from, to);
            }
            flush(to);
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        counts.forEach((type, count) -> byType.put(type, count[0]));
        List<String> employees = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        for (Person person : people) {
            if (person.employed && person.registeredAt < end) {
                employees.add(person.id);
                if (person.reports.stream().anyMatch(report -> report.employed && report.registeredAt < end)) {
                    managers.add(person.id);
                }
            }
        }
        List<String> critical = roles.stream().filter(role -> role.critical).map(role -> role.id).toList();
        return new SyntheticOrganisation(employees, managers, critical, openOpenings, emitted, byType, openGigs, pools,
                aspiring.stream().filter(employees::contains).toList());
    }

    void setUp() {
        buildTree();
        long registerFrom = start - 30 * DAY;
        long spacing = Math.max(1, 10 * DAY / people.size());
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            person.registeredAt = registerFrom + i * spacing;
            register(person, person.registeredAt);
        }
        defineRoles(start - 28 * DAY);
        for (Person person : people) {
            settleIn(person, person.registeredAt + between(HOUR, 5 * DAY));
        }
        for (RoleState role : roles) {
            if (role.critical && random.nextInt(100) < 85) {
                int successors = 1 + random.nextInt(3);
                for (int i = 0; i < successors; i++) {
                    nominate(role, start - 10 * DAY + between(0, 9 * DAY));
                }
            }
        }
        flush(start);
    }
}
