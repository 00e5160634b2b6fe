package io.talentplatform.command.employee;

import io.talentplatform.command.employee.EmployeeCommands.AnswerContest;
import io.talentplatform.command.employee.EmployeeCommands.ContestRecord;
import io.talentplatform.events.employee.CapabilityEvidenceWithdrawn;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ContestAnswered;
import io.talentplatform.events.employee.ContestOutcome;
import io.talentplatform.events.employee.ContestedRecord;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.ReadinessWithdrawn;
import io.talentplatform.events.employee.RecordContested;
import io.talentplatform.events.employee.RelationshipKind;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.RelationshipWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.talentplatform.command.RuleViolations.problem;

/** The person's voice: each rule of contesting a record and answering a contest, one given/when/expect each. */
class ContestsTest {

    private static final EmployeeRegistered ADA =
            new EmployeeRegistered("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-1");
    private static final UUID EVIDENCE = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID CONVERSATION = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 1);
    private static final CapabilityEvidenced CACHE_REDESIGN = new CapabilityEvidenced("E-1", EVIDENCE,
            "stakeholder-management", 2, "kept the cache migration to herself", EvidenceSource.CONVERSATION,
            OBSERVED, CONVERSATION, EvidenceVisibility.SHARED, 7L);
    private static final ReadinessAssessed NOT_YET = new ReadinessAssessed("E-1", "R-STAFF", null,
            Readiness.READY_3_PLUS, "needs more scope", "M-1");
    private static final UUID RELATIONSHIP = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final RelationshipMapped LINUS = new RelationshipMapped("E-1", RELATIONSHIP, "M-2", "Linus",
            "Product", RelationshipKind.CROSS_FUNCTIONAL_LEADER, null);
    private static final UUID CONTEST = UUID.fromString("00000000-0000-0000-0000-0000000c0001");

    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
    }

    @Test
    void aPersonContestsAReadinessAssessmentWithAReason() {
        fixture.given(ADA, NOT_YET)
                .when(new ContestRecord("E-1", CONTEST, ContestedRecord.READINESS, "R-STAFF", "I led two platform moves"))
                .expectEvents(new RecordContested("E-1", CONTEST, ContestedRecord.READINESS, "R-STAFF",
                        "I led two platform moves"));
    }

    @Test
    void onlyARecordThatStandsCanBeContested() {
        fixture.given(ADA, NOT_YET)
                .when(new ContestRecord("E-1", CONTEST, ContestedRecord.READINESS, "R-OTHER", "why?"))
                .expectException(problem("unknown-contest-subject"));
        fixture.given(ADA)
                .when(new ContestRecord("E-1", CONTEST, ContestedRecord.EVIDENCE, "not-an-id", "why?"))
                .expectException(problem("unknown-contest-subject"));
        fixture.given(ADA, LINUS, new RelationshipWithdrawn("E-1", RELATIONSHIP, UUID.randomUUID()))
                .when(new ContestRecord("E-1", CONTEST, ContestedRecord.RELATIONSHIP, RELATIONSHIP.toString(), "x"))
                .expectException(problem("unknown-contest-subject"));
    }

    @Test
    void aRecordIsContestedOnceUntilTheManagerAnswers() {
        RecordContested first = new RecordContested("E-1", CONTEST, ContestedRecord.EVIDENCE, EVIDENCE.toString(), "no");
        fixture.given(ADA, CACHE_REDESIGN, first)
                .when(new ContestRecord("E-1", UUID.randomUUID(), ContestedRecord.EVIDENCE, EVIDENCE.toString(), "again"))
                .expectException(problem("already-contested"));
        UUID second = UUID.randomUUID();
        fixture.given(ADA, CACHE_REDESIGN, first, new ContestAnswered("E-1", CONTEST, ContestedRecord.EVIDENCE,
                        EVIDENCE.toString(), ContestOutcome.UPHELD, "it stands", "M-1"))
                .when(new ContestRecord("E-1", second, ContestedRecord.EVIDENCE, EVIDENCE.toString(), "new facts"))
                .expectEvents(new RecordContested("E-1", second, ContestedRecord.EVIDENCE, EVIDENCE.toString(),
                        "new facts"));
    }

    @Test
    void aPersonsOwnEvidenceIsNotContestedButRecordedAnew() {
        CapabilityEvidenced self = new CapabilityEvidenced("E-1", EVIDENCE, "coaching", 3, "ran the guild",
                EvidenceSource.SELF, OBSERVED, null);
        fixture.given(ADA, self)
                .when(new ContestRecord("E-1", CONTEST, ContestedRecord.EVIDENCE, EVIDENCE.toString(), "wrong"))
                .expectException(problem("own-evidence"));
    }

    @Test
    void anAmendedReadinessIsANewAssessmentByTheManager() {
        fixture.given(ADA, NOT_YET, contested(ContestedRecord.READINESS, "R-STAFF"))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.AMENDED, "you are right", "M-1", null,
                        Readiness.READY_1_2_YEARS, null))
                .expectEvents(new ContestAnswered("E-1", CONTEST, ContestedRecord.READINESS, "R-STAFF",
                                ContestOutcome.AMENDED, "you are right", "M-1"),
                        new ReadinessAssessed("E-1", "R-STAFF", null, Readiness.READY_1_2_YEARS, "you are right",
                                "M-1"));
    }

    @Test
    void aWithdrawnReadinessNoLongerStands() {
        ReadinessAssessed family = new ReadinessAssessed("E-1", null, "engineering-management",
                Readiness.NOT_A_FIT, "no", "M-1");
        fixture.given(ADA, family, contested(ContestedRecord.READINESS, "engineering-management"))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.WITHDRAWN, "my mistake", "M-1", null, null,
                        null))
                .expectEvents(new ContestAnswered("E-1", CONTEST, ContestedRecord.READINESS,
                                "engineering-management", ContestOutcome.WITHDRAWN, "my mistake", "M-1"),
                        new ReadinessWithdrawn("E-1", null, "engineering-management", CONTEST));
    }

    @Test
    void anAmendedEvidenceItemIsRecordedAgainAtItsCorrectedLevelAndTheOldOneWithdrawn() {
        UUID amended = UUID.randomUUID();
        fixture.given(ADA, CACHE_REDESIGN, contested(ContestedRecord.EVIDENCE, EVIDENCE.toString()))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.AMENDED, "she briefed three teams", "M-1", 3,
                        null, amended))
                .expectEvents(new ContestAnswered("E-1", CONTEST, ContestedRecord.EVIDENCE, EVIDENCE.toString(),
                                ContestOutcome.AMENDED, "she briefed three teams", "M-1"),
                        new CapabilityEvidenced("E-1", amended, "stakeholder-management", 3,
                                "she briefed three teams", EvidenceSource.CONVERSATION, OBSERVED, CONVERSATION,
                                EvidenceVisibility.SHARED, 7L),
                        new CapabilityEvidenceWithdrawn("E-1", EVIDENCE, "stakeholder-management", CONTEST));
    }

    @Test
    void anAmendmentSaysWhatItCorrects() {
        fixture.given(ADA, CACHE_REDESIGN, contested(ContestedRecord.EVIDENCE, EVIDENCE.toString()))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.AMENDED, "changed", "M-1", null, null, null))
                .expectException(problem("amendment-incomplete"));
        fixture.given(ADA, NOT_YET, contested(ContestedRecord.READINESS, "R-STAFF"))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.AMENDED, "changed", "M-1", 3, null, null))
                .expectException(problem("amendment-incomplete"));
        fixture.given(ADA, LINUS, contested(ContestedRecord.RELATIONSHIP, RELATIONSHIP.toString()))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.AMENDED, "changed", "M-1", null, null, null))
                .expectException(problem("relationship-not-amendable"));
    }

    @Test
    void aWithdrawnRelationshipNoLongerCounts() {
        fixture.given(ADA, LINUS, contested(ContestedRecord.RELATIONSHIP, RELATIONSHIP.toString()))
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.WITHDRAWN, "they never met", "M-1", null,
                        null, null))
                .expectEvents(new ContestAnswered("E-1", CONTEST, ContestedRecord.RELATIONSHIP,
                                RELATIONSHIP.toString(), ContestOutcome.WITHDRAWN, "they never met", "M-1"),
                        new RelationshipWithdrawn("E-1", RELATIONSHIP, CONTEST));
    }

    @Test
    void anUpheldRecordStandsAndAContestIsAnsweredOnce() {
        RecordContested contest = contested(ContestedRecord.EVIDENCE, EVIDENCE.toString());
        ContestAnswered upheld = new ContestAnswered("E-1", CONTEST, ContestedRecord.EVIDENCE, EVIDENCE.toString(),
                ContestOutcome.UPHELD, "it stands", "M-1");
        fixture.given(ADA, CACHE_REDESIGN, contest)
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.UPHELD, "it stands", "M-1", null, null, null))
                .expectEvents(upheld);
        fixture.given(ADA, CACHE_REDESIGN, contest, upheld)
                .when(new AnswerContest("E-1", CONTEST, ContestOutcome.WITHDRAWN, "on second thought", "M-1", null,
                        null, null))
                .expectException(problem("contest-answered"));
    }

    private static RecordContested contested(ContestedRecord subject, String subjectId) {
        return new RecordContested("E-1", CONTEST, subject, subjectId, "I disagree");
    }
}
