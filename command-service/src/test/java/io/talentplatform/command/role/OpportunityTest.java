package io.talentplatform.command.role;

import io.talentplatform.command.employee.Employee;
import io.talentplatform.command.employee.EmployeeCommands.ConfirmMentor;
import io.talentplatform.command.employee.EmployeeCommands.RequestMentoring;
import io.talentplatform.command.pool.NamedTalentPool;
import io.talentplatform.command.pool.PoolCommands.CreateTalentPool;
import io.talentplatform.command.pool.PoolCommands.NominatePoolMember;
import io.talentplatform.command.pool.PoolCommands.RemovePoolMember;
import io.talentplatform.command.pool.PoolId;
import io.talentplatform.command.role.RoleCommands.AgreeOpportunity;
import io.talentplatform.command.role.RoleCommands.ApplyForOpportunity;
import io.talentplatform.command.role.RoleCommands.CompleteOpportunity;
import io.talentplatform.command.role.RoleCommands.FillOpening;
import io.talentplatform.command.role.RoleCommands.PostOpportunity;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.MentoringRequested;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.pool.PoolRule;
import io.talentplatform.events.pool.TalentPoolCreated;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.pool.TalentPoolMemberRemoved;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.events.role.OpportunityCompleted.ShownCapability;
import io.talentplatform.events.role.OpportunityPosted;
import io.talentplatform.events.role.RequiredCapability;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.talentplatform.command.RuleViolations.problem;

/** The rules of gigs and projects, named talent pools and mentoring requests, one given/when/expect each. */
class OpportunityTest {

    private static final UUID GIG = UUID.randomUUID();
    private static final LocalDate STARTS = LocalDate.of(2026, 11, 1);
    private static final LocalDate ENDS = LocalDate.of(2026, 12, 31);
    private static final List<RequiredCapability> NEEDS = List.of(new RequiredCapability("api-design", 2));
    private static final OpportunityPosted POSTED = new OpportunityPosted(GIG, OpeningKind.GIG, "Run the guild",
            "Engineering", 6, STARTS, ENDS, NEEDS, List.of("mentoring"), "D-1", 1, STARTS.minusDays(7), "M-1");
    private static final OpportunityApplied APPLIED = new OpportunityApplied(GIG, OpeningKind.GIG,
            "Run the guild", "E-1", "I want this", STARTS.minusDays(3));
    private static final OpportunityAgreed AGREED = new OpportunityAgreed(GIG, "E-1", "M-1", STARTS.minusDays(2),
            OpeningKind.GIG, 1, 1);
    private static final List<ShownCapability> SHOWN = List.of(new ShownCapability("mentoring", 3));

    private final AggregateTestFixture<Opening> openings = new AggregateTestFixture<>(Opening.class);
    private final AggregateTestFixture<NamedTalentPool> pools = new AggregateTestFixture<>(NamedTalentPool.class);
    private final AggregateTestFixture<Employee> people = new AggregateTestFixture<>(Employee.class);

    private static PostOpportunity post(OpeningKind kind, LocalDate endsOn, List<String> develops) {
        return new PostOpportunity(GIG, kind, "Run the guild", "Engineering", 6, STARTS, endsOn, NEEDS, develops,
                "D-1", 1, STARTS.minusDays(7), "M-1");
    }

    @Test
    void aGigIsPostedWithWhatItNeedsAndDevelops() {
        openings.givenNoPriorActivity()
                .when(post(OpeningKind.GIG, ENDS, List.of("mentoring")))
                .expectEvents(POSTED);
    }

    @Test
    void aVacancyIsNotPostedAsAGigAndAGigEndsAfterItStartsAndDevelopsSomething() {
        openings.givenNoPriorActivity().when(post(OpeningKind.ROLE, ENDS, List.of("mentoring")))
                .expectNoEvents().expectException(problem("vacancy-needs-role"));
        openings.givenNoPriorActivity().when(post(OpeningKind.GIG, STARTS.minusDays(1), List.of("mentoring")))
                .expectNoEvents().expectException(problem("ends-before-start"));
        openings.givenNoPriorActivity().when(post(OpeningKind.PROJECT, ENDS, List.of()))
                .expectNoEvents().expectException(problem("develops-nothing"));
    }

    @Test
    void aPersonAsksOnceWhileTheyAreHereAndBeforeItEnds() {
        openings.given(POSTED).when(new ApplyForOpportunity(GIG, "E-1", "I want this", STARTS.minusDays(3), true))
                .expectEvents(APPLIED);
        openings.given(POSTED, APPLIED).when(new ApplyForOpportunity(GIG, "E-1", null, STARTS, true))
                .expectNoEvents().expectException(problem("already-applied"));
        openings.given(POSTED).when(new ApplyForOpportunity(GIG, "E-1", null, STARTS, false))
                .expectNoEvents().expectException(problem("employee-departed"));
        openings.given(POSTED).when(new ApplyForOpportunity(GIG, "E-1", null, ENDS.plusDays(1), true))
                .expectNoEvents().expectException(problem("opportunity-ended"));
    }

    @Test
    void theManagerAgreesToAnApplicationOnceAndTheLastSeatTakesIt() {
        openings.given(POSTED, APPLIED).when(new AgreeOpportunity(GIG, "E-1", "M-1", STARTS.minusDays(2)))
                .expectEvents(AGREED);
        openings.given(POSTED).when(new AgreeOpportunity(GIG, "E-1", "M-1", STARTS))
                .expectNoEvents().expectException(problem("no-application"));
        openings.given(POSTED, APPLIED, AGREED).when(new AgreeOpportunity(GIG, "E-1", "M-1", STARTS))
                .expectNoEvents().expectException(problem("already-agreed"));
        openings.given(POSTED, APPLIED, AGREED, new OpportunityApplied(GIG, OpeningKind.GIG, "Run the guild", "E-2", null, STARTS))
                .when(new AgreeOpportunity(GIG, "E-2", "M-2", STARTS))
                .expectNoEvents().expectException(problem("opportunity-taken"));
        openings.given(POSTED, APPLIED, AGREED).when(new ApplyForOpportunity(GIG, "E-2", null, STARTS, true))
                .expectNoEvents().expectException(problem("opportunity-taken"));
    }

    @Test
    void onlyAgreedWorkIsCompletedOnceAfterItStartedWithWhatItExercised() {
        openings.given(POSTED, APPLIED, AGREED)
                .when(new CompleteOpportunity(GIG, "E-1", SHOWN, "ran the guild", ENDS, "M-1"))
                .expectEvents(new OpportunityCompleted(GIG, "E-1", "Run the guild", SHOWN, "ran the guild", "D-1",
                        ENDS, "M-1"));
        openings.given(POSTED, APPLIED)
                .when(new CompleteOpportunity(GIG, "E-1", SHOWN, "ran the guild", ENDS, "M-1"))
                .expectNoEvents().expectException(problem("not-agreed"));
        openings.given(POSTED, APPLIED, AGREED, new OpportunityCompleted(GIG, "E-1", "Run the guild", SHOWN,
                        "ran the guild", "D-1", ENDS, "M-1"))
                .when(new CompleteOpportunity(GIG, "E-1", SHOWN, "again", ENDS, "M-1"))
                .expectNoEvents().expectException(problem("already-completed"));
        openings.given(POSTED, APPLIED, AGREED)
                .when(new CompleteOpportunity(GIG, "E-1", SHOWN, "too early", STARTS.minusDays(1), "M-1"))
                .expectNoEvents().expectException(problem("completed-before-start"));
        openings.given(POSTED, APPLIED, AGREED)
                .when(new CompleteOpportunity(GIG, "E-1", List.of(new ShownCapability("negotiation", 3)), "sold",
                        ENDS, "M-1"))
                .expectNoEvents().expectException(problem("not-exercised"));
    }

    @Test
    void aGigIsNotFilledAndAVacancyIsNotAskedFor() {
        openings.given(POSTED).when(new FillOpening(GIG, ENDS, "E-1", null))
                .expectNoEvents().expectException(problem("not-a-vacancy"));
        openings.given(new io.talentplatform.events.role.OpeningOpened(GIG, "R-1", "Lead", "Engineering", "L6",
                        "engineering-leadership", NEEDS, STARTS, false))
                .when(new ApplyForOpportunity(GIG, "E-1", null, STARTS, true))
                .expectNoEvents().expectException(problem("not-an-opportunity"));
    }

    private static final PoolId POOL = new PoolId("future-managers");
    private static final PoolRule RULE = new PoolRule(List.of(new RequiredCapability("mentoring", 3)), List.of(),
            List.of("Engineering"));
    private static final TalentPoolCreated CREATED = new TalentPoolCreated("future-managers",
            "Future engineering managers", false, "engineering-management", RULE, "HR-1");

    @Test
    void aPoolIsCreatedAndNominationsComeAndGoWithAReason() {
        org.assertj.core.api.Assertions.assertThat(POOL.toString()).isEqualTo("talent-pool:future-managers");
        pools.givenNoPriorActivity()
                .when(new CreateTalentPool(POOL, "Future engineering managers", false, "engineering-management",
                        RULE, "HR-1"))
                .expectEvents(CREATED);
        pools.given(CREATED).when(new NominatePoolMember(POOL, "E-1", "steady", "P-1", true))
                .expectEvents(new TalentPoolMemberNominated("future-managers", "E-1", "steady", "P-1"));
        pools.given(CREATED).when(new NominatePoolMember(POOL, "E-1", "steady", "P-1", false))
                .expectNoEvents().expectException(problem("employee-departed"));
        pools.given(CREATED, new TalentPoolMemberNominated("future-managers", "E-1", "steady", "P-1"))
                .when(new NominatePoolMember(POOL, "E-1", "again", "P-1", true))
                .expectNoEvents().expectException(problem("already-member"));
        pools.given(CREATED, new TalentPoolMemberNominated("future-managers", "E-1", "steady", "P-1"))
                .when(new RemovePoolMember(POOL, "E-1", "moved", "P-1"))
                .expectEvents(new TalentPoolMemberRemoved("future-managers", "E-1", "moved", "P-1"));
        pools.given(CREATED).when(new RemovePoolMember(POOL, "E-1", "moved", "P-1"))
                .expectNoEvents().expectException(problem("not-a-member"));
    }

    private static final EmployeeRegistered ADA = new EmployeeRegistered("E-1", "Ada", "Engineering Manager", "M1",
            "Engineering", "M-1");
    private static final EmployeeRegistered BARBARA = new EmployeeRegistered("E-3", "Barbara", "Engineer", "L4",
            "Engineering", "M-1");

    @Test
    void onlySomeoneWhoSharesMentorIsIntroducedAsOne() {
        people.given(ADA, new ConsentRecorded("E-1", false, false, Set.of(ShareScope.MENTOR)))
                .when(new ConfirmMentor("E-1"))
                .expectNoEvents().expectSuccessfulHandlerExecution();
        people.given(ADA, new ConsentRecorded("E-1", true, true, Set.of(ShareScope.CAPABILITIES)))
                .when(new ConfirmMentor("E-1"))
                .expectNoEvents().expectException(problem("not-a-mentor"));
    }

    @Test
    void aMentoringRequestNamesTheMentorTheMoveAndTheCommitmentItBecomes() {
        UUID contract = UUID.randomUUID();
        UUID commitment = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 12, 20);
        people.given(BARBARA)
                .when(new RequestMentoring("E-3", "E-1", "engineering-management", "how was year one?", contract,
                        commitment, due))
                .expectEvents(new MentoringRequested("E-3", "E-1", "engineering-management", "how was year one?",
                        contract, commitment, due));
        people.given(BARBARA)
                .when(new RequestMentoring("E-3", "E-3", "engineering-management", null, contract, commitment, due))
                .expectNoEvents().expectException(problem("own-mentor"));
    }
}
