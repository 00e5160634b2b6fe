package io.talentplatform.projections.talentpool;

import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.employee.PersonalDataErased;
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
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import io.talentplatform.projections.TableDigest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Given people, a role, an opening and a slate, then the talent-pool rows; a rebuild gives the same rows. */
@ProjectionsTest
class TalentPoolProjectorTest {

    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void peopleRolesOpeningsAndSlatesBecomeRowsAndRebuildToTheSame() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ada = "E-" + suffix;
        String ben = "B-" + suffix;
        String cy = "C-" + suffix;
        String role = "R-" + suffix;
        UUID opening = UUID.randomUUID();
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<RequiredCapability> required = List.of(new RequiredCapability("distributed-systems", 4),
                new RequiredCapability("mentoring", 3));
        log.append("Employee", ada,
                new EmployeeRegistered(ada, "Ada", "Engineer", "L5", "Engineering", "M-1"),
                new CapabilityEvidenced(ada, UUID.randomUUID(), "mentoring", 2, "mentored one", EvidenceSource.REVIEW,
                        today.minusDays(100), null),
                new CapabilityEvidenced(ada, UUID.randomUUID(), "mentoring", 4, "mentored two", EvidenceSource.PEER,
                        today.minusDays(10), null),
                // An older observation recorded later does not replace the newer one.
                new CapabilityEvidenced(ada, UUID.randomUUID(), "mentoring", 1, "old note", EvidenceSource.SELF,
                        today.minusDays(400), null),
                new CapabilityEvidenced(ada, UUID.randomUUID(), "distributed-systems", 5, "ran the migration",
                        EvidenceSource.CONVERSATION, today.minusDays(20), null),
                new ConsentRecorded(ada, true, true, Set.of(ShareScope.CAPABILITIES, ShareScope.ASPIRATION)),
                new AspirationStated(ada, CareerDirection.PEOPLE_LEADERSHIP, List.of("engineering-leadership"), 2,
                        "lead a team", true, null),
                new SignalingGapOpened(ada, "D-1", null));
        log.append("Employee", ben,
                new EmployeeRegistered(ben, "Ben", "Engineer", "L4", "Engineering", "M-1"),
                new EmployeeMoved(ben, MoveType.PROMOTION, "Engineering Lead", "L6", "Engineering", "Engineer", "L4",
                        "Engineering", today, opening));
        log.append("Employee", cy, new EmployeeRegistered(cy, "Cy", "Engineer", "L5", "Engineering", "M-1"),
                new ConsentRecorded(cy, false, true, Set.of(ShareScope.CAPABILITIES, ShareScope.ASPIRATION)),
                new ConsentRecorded(cy, false, true, Set.of(ShareScope.CAPABILITIES)));
        long generation = openingsGeneration();
        long rolesGeneration = rolesGeneration();
        log.append("Role", "role:" + role,
                new RoleDefined(role, "Engineering Lead", "Engineering", "L6", true, "engineering-leadership",
                        required),
                new SuccessorNominated(role, ada, SuccessionReadiness.READY_1_2_YEARS, false, "strong", "P-1"),
                new SuccessorReassessed(role, ada, SuccessionReadiness.READY_1_2_YEARS,
                        SuccessionReadiness.READY_1_2_YEARS, true, "still strong", "P-2"),
                new SuccessorNominated(role, ben, SuccessionReadiness.READY_NOW, false, "ready", "P-1"),
                new SuccessorRemoved(role, ben, "moved into the role", "P-1"),
                new SuccessorNominated(role, cy, SuccessionReadiness.READY_NOW, false, "covers today", "P-1"));
        log.append("Employee", cy, new EmployeeDeparted(cy, today, DepartureReason.VOLUNTARY, true));
        log.append("Opening", opening.toString(),
                new OpeningOpened(opening, role, "Engineering Lead", "Engineering", "L6", "engineering-leadership",
                        required, today.minusDays(30), false),
                new OpeningFilled(opening, role, "Engineering", today.minusDays(30), today, ben, true, null));

        // The processor's segments run apart: a person's stream may be processed after the opening's.
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            assertThat(opening(opening)).endsWith(ben);
            assertThat(person(ada)).isEqualTo("{distributed-systems,mentoring}|{5,4}|1|true|true|true|false|"
                    + "{engineering-leadership}");
            assertThat(person(ben)).startsWith("{}|{}|0|");
            assertThat(jdbc.sql("SELECT job_title FROM tp_person WHERE employee_id = ?").param(ben)
                    .query(String.class).single()).isEqualTo("Engineering Lead");
            assertThat(slate(role)).isEqualTo(ada + ":READY_1_2_YEARS:true:P-2:still strong:unchanged:true;"
                    + cy + ":READY_NOW:false:P-1:covers today:unchanged:false");
            assertThat(jdbc.sql("SELECT tp_grades(capabilities, capability_levels)::text FROM tp_person "
                    + "WHERE employee_id = ?").param(ada).query(String.class).single()).as("each capability once per level up to the one held")
                    .isEqualTo("{distributed-systems:1,distributed-systems:2,distributed-systems:3,distributed-systems:4,"
                            + "distributed-systems:5,mentoring:1,mentoring:2,mentoring:3,mentoring:4}");
            assertThat(openingsGeneration()).as("opened and filled").isGreaterThanOrEqualTo(generation + 2);
            assertThat(rolesGeneration()).as("a role defined").isGreaterThan(rolesGeneration);
            // The periods and levels the succession view as of a moment searches (V3_25). Ada's mentoring: level 2
            // in her first observation (sequence 1), 4 in her second, 1 in her third.
            assertThat(jdbc.sql("""
                            SELECT h.reached = ARRAY[e1.timestamp, e1.timestamp, e2.timestamp, e2.timestamp]::timestamptz[]
                            FROM tp_capability h, domainevententry e1, domainevententry e2
                            WHERE h.employee_id = ? AND h.capability = 'mentoring'
                              AND e1.aggregateidentifier = h.employee_id AND e1.sequencenumber = 1
                              AND e2.aggregateidentifier = h.employee_id AND e2.sequencenumber = 2""")
                    .param(ada).query(Boolean.class).single()).as("the earliest moment of each level").isTrue();
            assertThat(jdbc.sql("""
                            SELECT string_agg(c.sequence_number || ':' || discoverable || ':'
                                || (c.since = e.timestamp::timestamptz) || ':'
                                || coalesce((c.until = n.timestamp::timestamptz)::text, 'open'), ';'
                                ORDER BY c.sequence_number)
                            FROM tp_consent_period c
                            JOIN domainevententry e ON e.aggregateidentifier = c.employee_id
                                AND e.sequencenumber = c.sequence_number
                            LEFT JOIN domainevententry n ON n.aggregateidentifier = e.aggregateidentifier
                                AND n.sequencenumber = e.sequencenumber + 1
                            WHERE c.employee_id = ?""")
                    .param(cy).query(String.class).single()).as("a consent holds until the next")
                    .isEqualTo("1:true:true:true;2:false:true:open");
            assertThat(jdbc.sql("SELECT shared_families::text || ':' || (until IS NULL) FROM tp_aspiration_period "
                    + "WHERE employee_id = ?").param(ada).query(String.class).single())
                    .isEqualTo("{engineering-leadership}:true");
            assertThat(jdbc.sql("SELECT required_capabilities::text || minimum_levels::text FROM tp_role "
                    + "WHERE role_id = ?").param(role).query(String.class).single()).isEqualTo("{distributed-systems,mentoring}{4,3}");
        });
        String live = digest();

        log.rebuildAndCompare(TalentPoolProjector.NAME, live, this::digest);
    }

    /**
     * The marketplace's holdings (V3_47) follow a person's capabilities and what the marketplace may read of them:
     * families only while shared, gone at once on a withdrawal, a departure or an erasure; a rebuild gives the same.
     */
    @Test
    void theMarketplacesHoldingsFollowCapabilitiesConsentAndStanding() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dee = "D-" + suffix;
        String eve = "V-" + suffix;
        String fay = "F-" + suffix;
        LocalDate today = LocalDate.of(2026, 3, 1);
        Set<ShareScope> everything = Set.of(ShareScope.CAPABILITIES, ShareScope.ASPIRATION);
        log.append("Employee", dee,
                new EmployeeRegistered(dee, "Dee", "Engineer", "L4", "Engineering", "M-1"),
                new CapabilityEvidenced(dee, UUID.randomUUID(), "testing", 3, "wrote the suite", EvidenceSource.PEER,
                        today.minusDays(30), null),
                new CapabilityEvidenced(dee, UUID.randomUUID(), "security", 1, "threat model", EvidenceSource.SELF,
                        today.minusDays(40), null),
                new ConsentRecorded(dee, true, false, everything),
                new AspirationStated(dee, CareerDirection.DOMAIN_DEPTH, List.of("data-leadership"), 2,
                        "lead data", true, null),
                new SignalingGapOpened(dee, "D-1", null));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(holdings(dee))
                .isEqualTo("security:1:2026-01-20:1:{data-leadership};testing:3:2026-01-30:1:{data-leadership}"));

        log.append("Employee", dee,
                new ConsentRecorded(dee, true, false, Set.of(ShareScope.CAPABILITIES)),
                new CapabilityEvidenced(dee, UUID.randomUUID(), "testing", 4, "led the rewrite", EvidenceSource.REVIEW,
                        today.minusDays(5), null),
                new SignalingGapClosed(dee, "D-1", null));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(holdings(dee))
                .as("families unshared, a newer level, the gap closed")
                .isEqualTo("security:1:2026-01-20:0:{};testing:4:2026-02-24:0:{}"));

        log.append("Employee", dee, new ConsentRecorded(dee, false, false, Set.of(ShareScope.CAPABILITIES)));
        log.append("Employee", eve,
                new EmployeeRegistered(eve, "Eve", "Engineer", "L4", "Engineering", "M-1"),
                new CapabilityEvidenced(eve, UUID.randomUUID(), "testing", 2, "tests", EvidenceSource.PEER,
                        today.minusDays(3), null),
                new ConsentRecorded(eve, true, false, everything),
                new EmployeeDeparted(eve, today, DepartureReason.VOLUNTARY, true));
        log.append("Employee", fay,
                new EmployeeRegistered(fay, "Fay", "Engineer", "L4", "Engineering", "M-1"),
                new CapabilityEvidenced(fay, UUID.randomUUID(), "testing", 2, "tests", EvidenceSource.PEER,
                        today.minusDays(3), null),
                new ConsentRecorded(fay, true, false, everything),
                new PersonalDataErased(fay, "HR-1", "asked to be forgotten"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(holdings(dee)).as("withdrawn from the marketplace").isEmpty();
            assertThat(holdings(eve)).as("departed").isEmpty();
            assertThat(holdings(fay)).as("erased").isEmpty();
            assertThat(person(eve)).as("Eve's capabilities are still hers").startsWith("{testing}|{2}|");
        });
        String live = digest();

        log.rebuildAndCompare(TalentPoolProjector.NAME, live, this::digest);
    }

    private String holdings(String id) {
        return jdbc.sql("""
                        SELECT coalesce(string_agg(capability || ':' || level || ':' || observed_on || ':'
                            || open_signaling_gaps || ':' || shared_families::text, ';' ORDER BY capability), '')
                        FROM tp_marketplace_holding WHERE employee_id = ?""")
                .param(id).query(String.class).single();
    }

    private String person(String id) {
        return jdbc.sql("""
                        SELECT capabilities::text || '|' || capability_levels::text || '|' || open_signaling_gaps
                            || '|' || marketplace_visible || '|' || succession_discoverable || '|' || share_capabilities
                            || '|' || share_readiness || '|' || target_role_families::text
                        FROM tp_person WHERE employee_id = ?""")
                .param(id).query(String.class).optional().orElse("");
    }

    private String slate(String role) {
        return jdbc.sql("""
                        SELECT string_agg(employee_id || ':' || readiness || ':' || emergency_cover || ':' || decided_by
                            || ':' || rationale || ':'
                            || CASE WHEN readiness_since = nominated_at THEN 'unchanged' ELSE 'progressed' END
                            || ':' || employed, ';' ORDER BY employee_id DESC)
                        FROM tp_successor WHERE role_id = ?""")
                .param(role).query(String.class).single();
    }

    private long openingsGeneration() {
        return jdbc.sql("SELECT generation FROM tp_openings_generation").query(Long.class).single();
    }

    private long rolesGeneration() {
        return jdbc.sql("SELECT generation FROM tp_roles_generation").query(Long.class).single();
    }

    private String opening(UUID id) {
        return jdbc.sql("SELECT coalesce(filled_on::text, '') || ':' || coalesce(filled_by, '') FROM tp_opening "
                + "WHERE opening_id = ?").param(id).query(String.class).optional().orElse("");
    }

    private String digest() {
        return TableDigest.of(jdbc, ReadModel.TALENT_POOL.tables());
    }
}
