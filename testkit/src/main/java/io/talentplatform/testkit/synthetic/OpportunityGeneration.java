package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.pool.PoolRule;
import io.talentplatform.events.pool.TalentPoolCreated;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.events.role.OpportunityPosted;
import io.talentplatform.events.role.RequiredCapability;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.CAPABILITIES;
import static io.talentplatform.testkit.synthetic.Vocabulary.DAY;
import static io.talentplatform.testkit.synthetic.Vocabulary.EMPLOYEE;
import static io.talentplatform.testkit.synthetic.Vocabulary.FUNCTIONS;
import static io.talentplatform.testkit.synthetic.Vocabulary.HR;
import static io.talentplatform.testkit.synthetic.Vocabulary.OPENING;

/**
 * Opportunities beyond vacancies in the last quarter (issue 30): gigs and projects posted (one per thousand people),
 * some asked for, agreed and completed; named talent pools (one per twenty thousand people, at least one) by a rule
 * and with nominations; and one employee in ten consenting to be found as a mentor.
 *
 * <p>Drawn from a randomness of their own, so that everything generated before them is drawn as it always was.
 */
abstract class OpportunityGeneration extends ConversationGeneration {

    static final String POOL = "NamedTalentPool";

    final List<UUID> openGigs = new ArrayList<>();
    final List<String> pools = new ArrayList<>();
    /** Employed people with a target family, who look for mentors. */
    final List<String> aspiring = new ArrayList<>();
    private final SplittableRandom chance;

    OpportunityGeneration(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        super(spec, idPrefix, sink);
        this.chance = new SplittableRandom(spec.seed() * 13 + 5);
    }

    void opportunities(long from, long to) {
        List<Person> here = people.stream().filter(person -> person.employed && person.registeredAt < from).toList();
        if (here.isEmpty()) {
            return;
        }
        for (Person person : here) {
            if (chance.nextInt(10) == 0) {
                Set<ShareScope> share = EnumSet.of(ShareScope.MENTOR);
                share.addAll(person.share);
                person.share = share;
                emit(from + chance.nextLong(to - from - DAY), EMPLOYEE, person.id, new ConsentRecorded(person.id,
                        person.marketplace, person.discoverable, share), person.id, "EMPLOYEE");
            }
            if (!person.families.isEmpty()) {
                aspiring.add(person.id);
            }
        }
        int gigs = Math.max(1, spec.people() / 1000);
        for (int i = 0; i < gigs; i++) {
            gig(here, from + chance.nextLong((to - from) / 2));
        }
        int named = Math.max(1, spec.people() / 20_000);
        for (int i = 0; i < named; i++) {
            pool(here, i, from + chance.nextLong((to - from) / 2));
        }
    }

    private void gig(List<Person> here, long at) {
        int function = chance.nextInt(FUNCTIONS.length);
        List<String> vocabulary = new ArrayList<>(List.of(CAPABILITIES[function]));
        String needed = vocabulary.remove(chance.nextInt(vocabulary.size()));
        List<String> develops = new ArrayList<>();
        for (int d = 0, count = 1 + chance.nextInt(2); d < count; d++) {
            develops.add(vocabulary.remove(chance.nextInt(vocabulary.size())));
        }
        UUID gig = uuid(chance);
        OpeningKind kind = chance.nextInt(3) == 0 ? OpeningKind.PROJECT : OpeningKind.GIG;
        LocalDate startsOn = day(at).plusDays(7);
        LocalDate endsOn = startsOn.plusDays(kind == OpeningKind.GIG ? 30 : 90);
        int seats = kind == OpeningKind.GIG ? 1 : 2 + chance.nextInt(2);
        String title = (kind == OpeningKind.GIG ? "Gig: " : "Project: ") + develops.get(0) + " in "
                + FUNCTIONS[function];
        emit(at, OPENING, gig.toString(), new OpportunityPosted(gig, kind, title, FUNCTIONS[function],
                2 + chance.nextInt(9), startsOn, endsOn, List.of(new RequiredCapability(needed, 2)), develops, null,
                seats, day(at), HR), HR, "HR");
        Person taker = here.get(chance.nextInt(here.size()));
        if (chance.nextInt(100) >= 40 || taker.manager == null || !taker.employed) {
            openGigs.add(gig);
            return;
        }
        emit(at + DAY, OPENING, gig.toString(), new OpportunityApplied(gig, kind, title, taker.id, null,
                day(at + DAY)),
                taker.id, "EMPLOYEE");
        if (chance.nextInt(100) >= 70) {
            openGigs.add(gig);
            return;
        }
        emit(at + 2 * DAY, OPENING, gig.toString(), new OpportunityAgreed(gig, taker.id, taker.manager.id,
                day(at + 2 * DAY), kind, 1, seats), taker.manager.id, "MANAGER");
        if (seats > 1) {
            openGigs.add(gig);
        }
        long completed = startsOn.plusDays(21).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond() + 10 * 3600;
        if (completed >= end || chance.nextInt(2) == 0) {
            return;
        }
        List<OpportunityCompleted.ShownCapability> shown = List.of(
                new OpportunityCompleted.ShownCapability(develops.get(0), 2 + chance.nextInt(2)));
        emit(completed, OPENING, gig.toString(), new OpportunityCompleted(gig, taker.id, title, shown,
                "completed the work", null, day(completed), taker.manager.id), taker.manager.id, "MANAGER");
        for (OpportunityCompleted.ShownCapability capability : shown) {
            // What the completion's policy appends in the person's stream, in the same transaction.
            taker.capabilities.merge(capability.capability(), capability.level(), Math::max);
            emit(completed, EMPLOYEE, taker.id, new CapabilityEvidenced(taker.id, UUID.nameUUIDFromBytes((gig + "/"
                    + taker.id + "/" + capability.capability()).getBytes(StandardCharsets.UTF_8)),
                    capability.capability(), capability.level(), "completed the work", EvidenceSource.ASSIGNMENT,
                    day(completed), null, EvidenceVisibility.SHARED, null), taker.manager.id, "MANAGER");
        }
    }

    private void pool(List<Person> here, int index, long at) {
        int function = chance.nextInt(FUNCTIONS.length);
        String capability = CAPABILITIES[function][chance.nextInt(CAPABILITIES[function].length)];
        String id = "pool-" + (index + 1);
        pools.add(id);
        emit(at, POOL, "talent-pool:" + id, new TalentPoolCreated(id, "Future leads in " + FUNCTIONS[function],
                chance.nextInt(5) == 0, family(function, 1), new PoolRule(List.of(new RequiredCapability(capability,
                3)), List.of(), List.of(FUNCTIONS[function])), HR), HR, "HR");
        for (int n = 0; n < 5; n++) {
            Person nominee = here.get(chance.nextInt(here.size()));
            if (nominee.employed) {
                emit(at + (n + 1) * 3600L, POOL, "talent-pool:" + id, new TalentPoolMemberNominated(id, nominee.id,
                        "strong in " + capability, "P-1"), "P-1", "PANEL");
            }
        }
    }
}
