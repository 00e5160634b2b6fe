package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.contract.ReviewCadence;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.SuccessionReadiness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import static io.talentplatform.testkit.synthetic.Vocabulary.*;

/**
 * The synthetic organisation's state and the primitives every part of its history uses: the people, roles and
 * openings so far, the seeded randomness, and the queue that hands events out in timestamp order.
 */
abstract class OrganisationState {

    final OrganisationSpec spec;
    final Consumer<SyntheticEvent> sink;
    final SplittableRandom random;
    final SplittableRandom eventIds;
    final long start;
    final long end;

    final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingLong(Pending::timestamp).thenComparingLong(Pending::order));
    final Map<String, Long> sequences = new HashMap<>();
    final Map<String, Long> cutoffs = new HashMap<>();
    /** Advocacy commitments aimed at a decision maker: the decision maker and the conversation. */
    final Map<UUID, String[]> advocacyTargets = new HashMap<>();
    final Map<String, long[]> counts = new TreeMap<>();
    long order;
    long flushed = Long.MIN_VALUE;
    long emitted;

    final List<Person> people = new ArrayList<>();
    final List<List<Person>> byFunction = new ArrayList<>();
    final List<RoleState> roles = new ArrayList<>();
    final List<List<RoleState>> rolesByFunction = new ArrayList<>();
    final List<UUID> openOpenings = new ArrayList<>();
    int lastEmployeeNumber;
    /** Put before every person's and role's id, so a generated organisation can sit beside hand-made records. */
    final String idPrefix;

    OrganisationState(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
        this.spec = spec;
        this.idPrefix = idPrefix;
        this.sink = sink;
        this.random = new SplittableRandom(spec.seed());
        this.eventIds = new SplittableRandom(spec.seed() * 31 + 7);
        this.end = spec.today().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        this.start = end - spec.quarters() * QUARTER;
        for (int f = 0; f < FUNCTIONS.length; f++) {
            byFunction.add(new ArrayList<>());
            rolesByFunction.add(new ArrayList<>());
        }
    }

    void emit(long at, String type, String stream, Object payload, String actor, String actorRoles) {
        if (at < flushed) {
            throw new IllegalStateException(payload.getClass().getSimpleName() + " at " + instant(at)
                    + " is before events already handed out (" + instant(flushed) + ")");
        }
        if (at >= end) {
            return; // Not happened yet.
        }
        pending.add(new Pending(at, order++, type, stream, payload, actor, actorRoles));
    }

    void flush(long upTo) {
        while (!pending.isEmpty() && pending.peek().timestamp() < upTo) {
            Pending next = pending.poll();
            Long cutoff = cutoffs.get(next.stream());
            if (cutoff != null && next.timestamp() > cutoff) {
                continue; // The stream ended (a departure, a closed contract) before this would have happened.
            }
            long sequence = sequences.merge(next.stream(), 1L, Long::sum) - 1;
            counts.computeIfAbsent(next.payload().getClass().getSimpleName(), type -> new long[1])[0]++;
            emitted++;
            sink.accept(new SyntheticEvent(next.type(), next.stream(), sequence, uuid(eventIds).toString(),
                    instant(next.timestamp()), next.payload(), next.actor(), next.actorRoles()));
        }
        flushed = upTo;
    }

    long between(long fromInclusive, long toExclusive) {
        return toExclusive <= fromInclusive ? fromInclusive : random.nextLong(fromInclusive, toExclusive);
    }

    /** Index of the first weight the roll falls into; the rest of 100 falls into the last index plus one. */
    int pick(int... weights) {
        int roll = random.nextInt(100);
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (roll < sum) {
                return i;
            }
        }
        return weights.length;
    }

    long workingHour(long at) {
        long day = Math.floorDiv(at, DAY) * DAY;
        return day + 9 * HOUR + between(0, 8) * HOUR;
    }

    UUID uuid() {
        return uuid(random);
    }

    static UUID uuid(SplittableRandom source) {
        long most = (source.nextLong() & ~0xF000L) | 0x4000L;
        long least = (source.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    static LocalDate day(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
    }

    static long startOfDay(LocalDate date) {
        return date.toEpochDay() * DAY;
    }

    String strongest(Person person) {
        String best = null;
        int level = -1;
        for (Map.Entry<String, Integer> entry : person.capabilities.entrySet()) {
            if (entry.getValue() > level) {
                best = entry.getKey();
                level = entry.getValue();
            }
        }
        return best == null ? CAPABILITIES[person.function][0] : best;
    }

    static String family(int function, int track) {
        return FUNCTIONS[function].toLowerCase() + "-" + TRACKS[track];
    }

    static String title(Person person) {
        if (person.manager == null) {
            return "Chief Executive Officer";
        }
        if (!person.reports.isEmpty()) {
            return switch (person.depth) {
                case 1 -> "VP " + FUNCTIONS[person.function];
                case 2 -> "Director of " + FUNCTIONS[person.function];
                default -> FUNCTIONS[person.function] + " Manager";
            };
        }
        String word = LEVEL_WORDS[person.level - 1];
        return (word.isEmpty() ? "" : word + " ") + PRACTITIONERS[person.function];
    }

    Person someManager(int function, Person except) {
        List<Person> pool = byFunction.get(function);
        for (int attempt = 0; attempt < 60 && !pool.isEmpty(); attempt++) {
            Person candidate = pool.get(random.nextInt(pool.size()));
            if (candidate != except && candidate.employed && candidate.registeredAt < end
                    && !candidate.reports.isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    enum Fate { HELD, CANCELLED, LEFT_OPEN }

    record Limit(long before) {
        boolean allows(long at) {
            return at < before;
        }
    }

    record Pending(long timestamp, long order, String type, String stream, Object payload, String actor,
                           String actorRoles) {
    }

    static final class Person {
        final String id;
        final String name;
        int function;
        int level;
        int depth;
        int style;
        String jobTitle;
        Person manager;
        /** The manager at the start of the quarter being generated: the one who holds its conversations. */
        Person quarterManager;
        final List<Person> reports = new ArrayList<>();
        boolean employed = true;
        long registeredAt;
        long changeAt = Long.MAX_VALUE;
        final Map<String, Integer> capabilities = new LinkedHashMap<>();
        boolean marketplace;
        boolean discoverable;
        Set<ShareScope> share = EnumSet.noneOf(ShareScope.class);
        CareerDirection direction;
        List<String> families = List.of();
        final Set<String> openGaps = new LinkedHashSet<>();
        Contract contract;
        /** Conversation streams, which end when the person leaves. */
        final List<String> streams = new ArrayList<>();

        Person(String id, String name, int function, int level, Person manager) {
            this.id = id;
            this.name = name;
            this.function = function;
            this.level = level;
            this.manager = manager;
        }
    }

    static final class Contract {
        final UUID id;
        final long openedAt;
        final ReviewCadence cadence;
        final int style;
        long closeAt = Long.MAX_VALUE;
        ContractCloseReason closeReason;

        Contract(UUID id, long openedAt, ReviewCadence cadence, int style) {
            this.id = id;
            this.openedAt = openedAt;
            this.cadence = cadence;
            this.style = style;
        }

        String stream() {
            return id.toString();
        }
    }

    static final class RoleState {
        final String id;
        final String title;
        final int function;
        final int level;
        final boolean critical;
        final String family;
        final List<RequiredCapability> required;
        final Map<String, SuccessionReadiness> slate = new LinkedHashMap<>();
        final Map<UUID, Long> openings = new LinkedHashMap<>();

        RoleState(String id, String title, int function, int level, boolean critical, String family,
                  List<RequiredCapability> required) {
            this.id = id;
            this.title = title;
            this.function = function;
            this.level = level;
            this.critical = critical;
            this.family = family;
            this.required = List.copyOf(required);
        }

        String stream() {
            return "role:" + id;
        }

        long openedAt(UUID opening) {
            return openings.get(opening);
        }
    }
}
