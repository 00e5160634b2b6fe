package io.talentplatform.command.role;

import io.talentplatform.command.employee.Employee;
import io.talentplatform.command.employee.EmployeeCommands.RecordMove;
import io.talentplatform.command.role.RoleCommands.DefineRole;
import io.talentplatform.command.role.RoleCommands.FillOpening;
import io.talentplatform.command.role.RoleCommands.NominateSuccessor;
import io.talentplatform.command.role.RoleCommands.OpenOpening;
import io.talentplatform.command.role.RoleCommands.RemoveSuccessor;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessionReadiness;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.employee.CareerConversationDue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.command.RuleViolations.problem;

/** The rules of slates, openings and internal moves, one given/when/expect each. */
class RoleAndOpeningTest {

    private static final RoleId LEAD = new RoleId("R-1");
    private static final List<RequiredCapability> REQUIRED = List.of(new RequiredCapability("mentoring", 3));
    private static final RoleDefined DEFINED = new RoleDefined("R-1", "Engineering Lead", "Engineering", "L6", true,
            "engineering-leadership", REQUIRED);
    private static final UUID OPENING = UUID.randomUUID();
    private static final LocalDate OPENED_ON = LocalDate.of(2026, 9, 1);
    private static final OpeningOpened OPENED = new OpeningOpened(OPENING, "R-1", "Engineering Lead", "Engineering",
            "L6", "engineering-leadership", REQUIRED, OPENED_ON, true);

    private final AggregateTestFixture<Role> roles = new AggregateTestFixture<>(Role.class);
    private final AggregateTestFixture<Opening> openings = new AggregateTestFixture<>(Opening.class);
    private final AggregateTestFixture<Employee> people = new AggregateTestFixture<>(Employee.class);

    @Test
    void aRoleStreamIsKeptApartFromAnyPersonsStream() {
        org.assertj.core.api.Assertions.assertThat(LEAD.toString()).isEqualTo("role:R-1");
        roles.givenNoPriorActivity()
                .when(new DefineRole(LEAD, "Engineering Lead", "Engineering", "L6", true, "engineering-leadership",
                        REQUIRED))
                .expectEvents(DEFINED);
    }

    @Test
    void onlyACurrentEmployeeIsNominated() {
        roles.given(DEFINED)
                .when(new NominateSuccessor(LEAD, "E-1", SuccessionReadiness.READY_NOW, false, "ran the team", "P-1",
                        false))
                .expectNoEvents()
                .expectException(problem("employee-departed"));
    }

    @Test
    void aNominationRecordsReadinessRationaleAndWhoDecided() {
        roles.given(DEFINED)
                .when(new NominateSuccessor(LEAD, "E-1", SuccessionReadiness.READY_1_2_YEARS, true, "led the migration",
                        "P-1", true))
                .expectEvents(new SuccessorNominated("R-1", "E-1", SuccessionReadiness.READY_1_2_YEARS, true,
                        "led the migration", "P-1"));
    }

    @Test
    void nominatingSomeoneAlreadyOnTheSlateReassessesThemWithTheReadinessBefore() {
        roles.given(DEFINED, new SuccessorNominated("R-1", "E-1", SuccessionReadiness.READY_3_PLUS, false, "early",
                        "P-1"))
                .when(new NominateSuccessor(LEAD, "E-1", SuccessionReadiness.READY_NOW, false, "ran the team", "P-2", true))
                .expectEvents(new SuccessorReassessed("R-1", "E-1", SuccessionReadiness.READY_3_PLUS,
                        SuccessionReadiness.READY_NOW, false, "ran the team", "P-2"));
    }

    @Test
    void onlySomeoneOnTheSlateCanBeRemoved() {
        roles.given(DEFINED)
                .when(new RemoveSuccessor(LEAD, "E-1", "moved on", "P-1"))
                .expectNoEvents()
                .expectException(problem("not-on-slate"));
        roles.given(DEFINED, new SuccessorNominated("R-1", "E-1", SuccessionReadiness.READY_NOW, false, "x", "P-1"))
                .when(new RemoveSuccessor(LEAD, "E-1", "moved on", "P-1"))
                .expectEvents(new SuccessorRemoved("R-1", "E-1", "moved on", "P-1"));
    }

    @Test
    void anInternalOnlyOpeningIsNotFilledByAnExternalHire() {
        openings.given(OPENED)
                .when(new FillOpening(OPENING, OPENED_ON.plusDays(30), null, null))
                .expectNoEvents()
                .expectException(problem("internal-only"));
    }

    @Test
    void anOpeningIsFilledOnceAndNotBeforeItOpened() {
        openings.given(OPENED)
                .when(new FillOpening(OPENING, OPENED_ON.minusDays(1), "E-1", null))
                .expectException(problem("filled-before-opened"));
        openings.given(OPENED, new OpeningFilled(OPENING, "R-1", "Engineering", OPENED_ON, OPENED_ON.plusDays(9),
                        "E-1", true, null))
                .when(new FillOpening(OPENING, OPENED_ON.plusDays(10), "E-2", null))
                .expectNoEvents()
                .expectException(problem("opening-filled"));
        openings.given(OPENED)
                .when(new FillOpening(OPENING, OPENED_ON.plusDays(30), "E-1", MoveType.PROMOTION))
                .expectEvents(new OpeningFilled(OPENING, "R-1", "Engineering", OPENED_ON, OPENED_ON.plusDays(30),
                        "E-1", true, MoveType.PROMOTION));
    }

    @Test
    void anInternalFillMovesThePersonAndInfersTheKindOfMove() {
        EmployeeRegistered ada = new EmployeeRegistered("E-1", "Ada", "Engineer", "L5", "Engineering", "M-1");
        LocalDate on = OPENED_ON.plusDays(30);
        // A promotion and a move to another function are significant changes: a transition conversation is due.
        LocalDate today = LocalDate.ofInstant(people.currentTime(), java.time.ZoneOffset.UTC);
        LocalDate due = (on.isAfter(today) ? on : today).plusDays(30);
        people.given(ada)
                .when(new RecordMove("E-1", "Engineering Lead", "L6", "Engineering", null, on, OPENING))
                .expectEvents(new EmployeeMoved("E-1", MoveType.PROMOTION, "Engineering Lead", "L6", "Engineering",
                        "Engineer", "L5", "Engineering", on, OPENING), new CareerConversationDue("E-1", "M-1",
                        ConversationTrigger.ROLE_CHANGE, "a move (promotion) from " + on, today, due,
                        "move:" + on + ":Engineering Lead"));
        people.given(ada)
                .when(new RecordMove("E-1", "Product Lead", "L5", "Product", null, on, OPENING))
                .expectEvents(new EmployeeMoved("E-1", MoveType.CROSS_FUNCTION, "Product Lead", "L5", "Product",
                        "Engineer", "L5", "Engineering", on, OPENING), new CareerConversationDue("E-1", "M-1",
                        ConversationTrigger.ROLE_CHANGE, "a move (cross function) from " + on, today, due,
                        "move:" + on + ":Product Lead"));
        people.given(ada)
                .when(new RecordMove("E-1", "Tech Lead", "L5", "Engineering", null, on, OPENING))
                .expectEvents(new EmployeeMoved("E-1", MoveType.LATERAL, "Tech Lead", "L5", "Engineering",
                        "Engineer", "L5", "Engineering", on, OPENING));
    }
}
