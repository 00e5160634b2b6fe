package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.contract.TransitionPlanAgreed;
import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
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
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipKind;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessionReadiness;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
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
 */
public final class OrganisationGenerator {

    static final String EMPLOYEE = "Employee";
    static final String CONVERSATION = "CareerConversation";
    static final String CONTRACT = "DevelopmentContract";
    static final String ROLE = "Role";
    static final String OPENING = "Opening";

    private static final long SECOND = 1;
    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final long QUARTER = 91 * DAY;
    private static final String HR = "HR-1";
    private static final String PLATFORM = "platform";

    private static final int ON_TIME = 0;
    private static final int DEFERS = 1;
    private static final int NEVER = 2;

    static final String[] FUNCTIONS = {"Engineering", "Product", "Design", "Data", "Sales", "Marketing",
            "Operations", "Finance"};
    private static final String[] PRACTITIONERS = {"Engineer", "Product Manager", "Designer", "Data Scientist",
            "Account Executive", "Marketer", "Operations Analyst", "Financial Analyst"};
    private static final String[][] CAPABILITIES = {
            {"distributed-systems", "api-design", "testing", "observability", "security", "cloud-infrastructure",
                    "performance", "data-modelling", "frontend", "mobile", "incident-response", "code-review"},
            {"discovery", "roadmapping", "prioritisation", "user-research", "metrics-definition", "pricing",
                    "go-to-market", "requirements", "experimentation", "market-analysis", "product-strategy",
                    "backlog-management"},
            {"interaction-design", "visual-design", "prototyping", "design-systems", "usability-testing",
                    "accessibility", "information-architecture", "service-design", "content-design",
                    "motion-design", "design-research", "workshop-facilitation"},
            {"statistics", "machine-learning", "sql", "data-engineering", "experiment-analysis", "forecasting",
                    "data-visualisation", "data-governance", "causal-inference", "nlp", "mlops", "dashboarding"},
            {"prospecting", "negotiation", "account-management", "solution-selling", "pipeline-management",
                    "enterprise-deals", "partner-sales", "sales-forecasting", "contract-terms", "demo-delivery",
                    "territory-planning", "crm-hygiene"},
            {"brand", "content-marketing", "seo", "performance-marketing", "events", "product-marketing",
                    "lifecycle-marketing", "marketing-analytics", "copywriting", "public-relations", "community",
                    "campaign-management"},
            {"process-design", "supply-chain", "vendor-management", "facilities", "logistics",
                    "quality-management", "lean", "capacity-planning", "procurement", "health-and-safety",
                    "service-operations", "business-continuity"},
            {"financial-planning", "accounting", "treasury", "tax", "audit", "controlling", "investor-relations",
                    "budgeting", "financial-modelling", "compliance", "payroll", "risk-management"}};
    private static final String[] GENERAL = {"communication", "stakeholder-management", "mentoring", "coaching",
            "presentation", "writing", "facilitation", "conflict-resolution", "hiring", "change-management"};
    private static final String[] TRACKS = {"technical-leadership", "people-leadership", "domain-depth"};
    private static final String[] LEVEL_WORDS = {"Associate", "", "Senior", "Staff", "Principal", "Distinguished",
            "Chief"};
    private static final String[] FIRST_NAMES = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
            "Ken", "Radia", "Tim", "Margaret", "Dennis", "Hedy", "John", "Katherine", "Linus", "Mary", "Niklaus",
            "Ola", "Peter", "Rosalind", "Sophie", "Tony", "Ursula", "Vint", "Wendy", "Xavier", "Yukihiro", "Zhang",
            "Leslie"};
    private static final String[] LAST_NAMES = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
            "Allen", "Thompson", "Perlman", "Berners-Lee", "Hamilton", "Ritchie", "Lamarr", "Backus", "Johnson",
            "Torvalds", "Shaw", "Wirth", "Dahl", "Naur", "Franklin", "Wilson", "Hoare", "Franklin", "Cerf", "Hall",
            "Leroy", "Matsumoto", "Wei", "Lamport"};
    private static final String[] EVIDENCE = {
            "solved a %s problem last quarter that was beyond them 18 months ago",
            "led the %s work of the team through a difficult release",
            "taught two colleagues the %s practices the team now uses",
            "was asked by another team for help with %s",
            "delivered the %s part of a cross-team initiative without supervision"};

    private static final ConversationKind[] QUARTERLY_KINDS = {ConversationKind.WHERE_ARE_YOU_NOW,
            ConversationKind.WHERE_DO_YOU_WANT_TO_GO, ConversationKind.HOW_DO_WE_CLOSE_THE_GAP,
            ConversationKind.FULL};
    private static final ConversationTrigger[] SIGNAL_TRIGGERS = {ConversationTrigger.FLIGHT_SIGNAL,
            ConversationTrigger.ENGAGEMENT_DROP, ConversationTrigger.PROMOTION_STALLED,
            ConversationTrigger.MILESTONE, ConversationTrigger.TRANSITION_POINT};
    private static final CommitmentKind[] MANAGER_KINDS = {CommitmentKind.INTRODUCTION,
            CommitmentKind.STRETCH_ASSIGNMENT, CommitmentKind.FEEDBACK, CommitmentKind.PROGRESSION_TALK,
            CommitmentKind.MENTOR, CommitmentKind.VISIBILITY, CommitmentKind.OTHER};

    private final OrganisationSpec spec;
    private final Consumer<SyntheticEvent> sink;
    private final SplittableRandom random;
    private final SplittableRandom eventIds;
    private final long start;
    private final long end;

    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingLong(Pending::timestamp).thenComparingLong(Pending::order));
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Long> cutoffs = new HashMap<>();
    /** Advocacy commitments aimed at a decision maker: the decision maker and the conversation. */
    private final Map<UUID, String[]> advocacyTargets = new HashMap<>();
    private final Map<String, long[]> counts = new TreeMap<>();
    private long order;
    private long flushed = Long.MIN_VALUE;
    private long emitted;

    private final List<Person> people = new ArrayList<>();
    private final List<List<Person>> byFunction = new ArrayList<>();
    private final List<RoleState> roles = new ArrayList<>();
    private final List<List<RoleState>> rolesByFunction = new ArrayList<>();
    private final List<UUID> openOpenings = new ArrayList<>();
    private int lastEmployeeNumber;
    /** Put before every person's and role's id, so a generated organisation can sit beside hand-made records. */
    private final String idPrefix;

    private OrganisationGenerator(OrganisationSpec spec, String idPrefix, Consumer<SyntheticEvent> sink) {
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

    private SyntheticOrganisation run() {
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
        return new SyntheticOrganisation(employees, managers, critical, openOpenings, emitted, byType);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The organisation before its history starts: people, roles, consent, first capabilities, slates.

    private void setUp() {
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

    /** A breadth-first tree: the chief executive, one head per function, then spans of 5 to 11. */
    private void buildTree() {
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

    private int leafLevel() {
        int roll = random.nextInt(100);
        return roll < 15 ? 1 : roll < 45 ? 2 : roll < 78 ? 3 : roll < 95 ? 4 : 5;
    }

    private Person newPerson(int function, int level, Person manager) {
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

    private static String title(Person person) {
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

    private void register(Person person, long at) {
        emit(at, EMPLOYEE, person.id, new EmployeeRegistered(person.id, person.name, person.jobTitle,
                "L" + person.level, FUNCTIONS[person.function], person.manager == null ? null : person.manager.id),
                HR, "HR");
    }

    /** What a person brings on their first weeks: consent, capabilities on record, maybe an aspiration, contacts. */
    private void settleIn(Person person, long at) {
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

    private ConsentRecorded consent(Person person) {
        return new ConsentRecorded(person.id, person.marketplace, person.discoverable, Set.copyOf(person.share));
    }

    private String managerOf(Person person) {
        return person.manager == null ? person.id : person.manager.id;
    }

    private void defineRoles(long at) {
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

    private static String family(int function, int track) {
        return FUNCTIONS[function].toLowerCase() + "-" + TRACKS[track];
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Moves, departures and the hires that replace leavers.

    private void mobility(long from) {
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

    private void move(Person person, long from, long at) {
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
            emit(at, OPENING, openingId.toString(), new OpeningFilled(openingId, role.id, FUNCTIONS[role.function],
                    day(role.openedAt(openingId)), day(at), person.id, true), HR, "HR");
            level = role.level;
            function = role.function;
            title = role.title;
            type = function != person.function ? MoveType.CROSS_FUNCTION
                    : level > person.level ? MoveType.PROMOTION : MoveType.LATERAL;
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

    private RoleState roleAt(int function, int level) {
        List<RoleState> candidates = rolesByFunction.get(function).stream()
                .filter(role -> role.level == level || role.level == level + 1).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private Person someManager(int function, Person except) {
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

    private void depart(Person person, long at) {
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
                        FUNCTIONS[role.function], day(at), day(hiredAt - DAY), null, false), HR, "HR");
            }
        }
        register(hire, hiredAt);
        settleIn(hire, hiredAt + between(DAY, 10 * DAY));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Roles, openings and succession.

    private UUID openOpening(RoleState role, long at, boolean internalOnly) {
        UUID opening = uuid();
        role.openings.put(opening, at);
        emit(at, OPENING, opening.toString(), new OpeningOpened(opening, role.id, role.title, FUNCTIONS[role.function],
                "L" + role.level, role.family, role.required, day(at), internalOnly), HR, "HR");
        return opening;
    }

    private RoleState pickRole(boolean critical) {
        for (int attempt = 0; attempt < 50; attempt++) {
            RoleState role = roles.get(random.nextInt(roles.size()));
            if (role.critical == critical) {
                return role;
            }
        }
        return roles.get(random.nextInt(roles.size()));
    }

    private RoleState pickRoleIn(int function) {
        List<RoleState> pool = rolesByFunction.get(function);
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    /** When the openings still open at the end were opened: within the last six months. */
    private long[] openingTimes() {
        long from = Math.max(start, end - 182 * DAY);
        long[] times = new long[spec.openings()];
        for (int i = 0; i < times.length; i++) {
            times[i] = between(from, end - HOUR);
        }
        java.util.Arrays.sort(times);
        return times;
    }

    private void nominate(RoleState role, long at) {
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

    private void successionReviews(long from) {
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

    private static String panel(RoleState role) {
        return "P-" + (role.function + 1);
    }

    private void consentChanges(long from) {
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

    // ----------------------------------------------------------------------------------------------------------------
    // Career conversations and what they produce.

    /** A quarter of conversations with the manager the person had when it began (a move ends them early). */
    private void conversations(Person person, int quarter, long from) {
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

    private enum Fate { HELD, CANCELLED, LEFT_OPEN }

    private void conversation(Person person, Person manager, ConversationKind kind, ConversationTrigger trigger,
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

    private Person decisionMaker(Person person) {
        Person skipLevel = person.manager == null ? null : person.manager.manager;
        if (skipLevel != null && skipLevel.employed && random.nextBoolean()) {
            return skipLevel;
        }
        int other = (person.function + 1 + random.nextInt(FUNCTIONS.length - 1)) % FUNCTIONS.length;
        Person candidate = someManager(other, person);
        return candidate != null ? candidate : skipLevel;
    }

    private void evidence(Person person, long at, EvidenceSource source, LocalDate observedOn, UUID conversationId,
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

    private void relationship(Person person, long at, UUID conversationId, String actor) {
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

    private void aspiration(Person person, long at, UUID conversationId, String actor) {
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

    // ----------------------------------------------------------------------------------------------------------------
    // Development contracts: reviews, commitments kept or not, revisions, closing.

    private void openContract(Person person, Person manager, long at, UUID conversationId, long heldAt,
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

    private void reviews(Contract contract, Person person, Person manager, LocalDate firstReview, String goal) {
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

    private void commitment(Contract contract, Person person, Person manager, UUID id, CommitmentOwner owner,
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

    private void completeOnTime(Contract contract, Person person, UUID id, long made, LocalDate due, String actor,
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
    private void reassess(Person person, UUID commitmentId, long at) {
        String[] target = advocacyTargets.remove(commitmentId);
        if (target != null) {
            emit(at + SECOND, EMPLOYEE, person.id, new SignalReassessmentRequested(person.id, target[0], commitmentId,
                    UUID.fromString(target[1]), day(at)), PLATFORM, "");
        }
    }

    /** The platform marks the commitment overdue the day after its due date; false when that is beyond the limit. */
    private boolean overdue(Contract contract, Person person, UUID id, CommitmentOwner owner, LocalDate due,
                            Limit limit) {
        long at = startOfDay(due.plusDays(1));
        if (!limit.allows(at)) {
            return false;
        }
        emit(at, CONTRACT, contract.stream(), new CommitmentBecameOverdue(contract.id, person.id, id, owner, due),
                PLATFORM, "");
        return true;
    }

    private record Limit(long before) {
        boolean allows(long at) {
            return at < before;
        }
    }

    private String strongest(Person person) {
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

    // ----------------------------------------------------------------------------------------------------------------
    // Ordering: events wait in time order until their quarter is over, then go out with their stream's sequence.

    private void emit(long at, String type, String stream, Object payload, String actor, String actorRoles) {
        if (at < flushed) {
            throw new IllegalStateException(payload.getClass().getSimpleName() + " at " + instant(at)
                    + " is before events already handed out (" + instant(flushed) + ")");
        }
        if (at >= end) {
            return; // Not happened yet.
        }
        pending.add(new Pending(at, order++, type, stream, payload, actor, actorRoles));
    }

    private void flush(long upTo) {
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

    private record Pending(long timestamp, long order, String type, String stream, Object payload, String actor,
                           String actorRoles) {
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Small things.

    private long between(long fromInclusive, long toExclusive) {
        return toExclusive <= fromInclusive ? fromInclusive : random.nextLong(fromInclusive, toExclusive);
    }

    /** Index of the first weight the roll falls into; the rest of 100 falls into the last index plus one. */
    private int pick(int... weights) {
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

    private long workingHour(long at) {
        long day = Math.floorDiv(at, DAY) * DAY;
        return day + 9 * HOUR + between(0, 8) * HOUR;
    }

    private UUID uuid() {
        return uuid(random);
    }

    private static UUID uuid(SplittableRandom source) {
        long most = (source.nextLong() & ~0xF000L) | 0x4000L;
        long least = (source.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
    }

    private static long startOfDay(LocalDate date) {
        return date.toEpochDay() * DAY;
    }

    private static final class Person {
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

    private static final class Contract {
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

    private static final class RoleState {
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
