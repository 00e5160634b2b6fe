package io.talentplatform.command.access;

import io.talentplatform.command.CommandServiceTest;
import io.talentplatform.command.TestTeam;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint called as every kind of caller: the right role with the right relationship succeeds; the
 * others (another manager, another employee, the person or manager where not allowed, HR, panel, auditor) get 403
 * and write nothing.
 */
@CommandServiceTest
class CommandAuthorizationTest {

    /** The callers, relative to a fresh team. */
    enum As {
        HR, SELF, MANAGER, PANEL, AUDITOR, OTHER_MANAGER, OTHER_EMPLOYEE;

        Http client(TestTeam team) {
            Http http = Http.at(team.port());
            return switch (this) {
                case HR -> http.as("HR-1", "HR");
                case SELF -> http.as(team.employee(), "EMPLOYEE");
                case MANAGER -> http.as(team.manager(), "MANAGER");
                case PANEL -> http.as("P-1", "PANEL");
                case AUDITOR -> http.as("A-1", "AUDITOR");
                case OTHER_MANAGER -> http.as(team.otherManager(), "MANAGER");
                case OTHER_EMPLOYEE -> http.as(team.otherEmployee(), "EMPLOYEE");
            };
        }
    }

    /** One endpoint: how to call it for a team, and who may. */
    record Endpoint(String name, Set<As> allowed, Function<TestTeam, Call> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Call(String method, String path, String body) {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> endpoints() {
        String today = LocalDate.now().toString();
        return Stream.of(
                new Endpoint("register employee", EnumSet.of(As.HR), team -> new Call("POST", "/api/v1/employees", """
                        {"employeeId":"N-%s","displayName":"New","jobTitle":"Engineer","level":"L3",
                         "function":"Engineering"}""".formatted(System.nanoTime()))),
                new Endpoint("change manager", EnumSet.of(As.HR), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/manager",
                        "{\"managerId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(team.otherManager(), today))),
                new Endpoint("record move", EnumSet.of(As.HR), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/moves", """
                        {"jobTitle":"Senior Engineer","level":"L5","function":"Engineering","moveType":"PROMOTION",
                         "effectiveOn":"%s"}""".formatted(today))),
                new Endpoint("record departure", EnumSet.of(As.HR), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/departure",
                        "{\"effectiveOn\":\"%s\",\"reason\":\"VOLUNTARY\",\"regretted\":true}".formatted(today))),
                new Endpoint("record capability", EnumSet.of(As.SELF, As.MANAGER), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/capabilities", """
                        {"capability":"mentoring","level":3,"evidence":"mentored two","source":"SELF",
                         "observedOn":"%s"}""".formatted(today))),
                new Endpoint("map relationship", EnumSet.of(As.SELF, As.MANAGER), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/relationships", """
                        {"counterpartName":"Linus","counterpartFunction":"Product",
                         "kind":"CROSS_FUNCTIONAL_LEADER"}""")),
                new Endpoint("assess signal", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/signals",
                        "{\"decisionMakerId\":\"D-1\",\"aware\":false,\"basis\":\"has not seen the work\"}")),
                new Endpoint("state aspiration", EnumSet.of(As.SELF, As.MANAGER), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/aspirations", """
                        {"direction":"TECHNICAL_LEADERSHIP","targetRoleFamilies":["staff-engineering"],
                         "horizonYears":2,"narrative":"set direction","shareDirection":true}""")),
                new Endpoint("record consent", EnumSet.of(As.SELF), team -> new Call("PUT",
                        "/api/v1/employees/" + team.employee() + "/consent",
                        "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}")),
                new Endpoint("assess readiness", EnumSet.of(As.MANAGER, As.PANEL), team -> new Call("POST",
                        "/api/v1/employees/" + team.employee() + "/readiness",
                        "{\"roleFamily\":\"staff-engineering\",\"readiness\":\"READY_1_2_YEARS\",\"rationale\":\"scope\"}")),
                new Endpoint("schedule conversation", EnumSet.of(As.MANAGER, As.HR), team -> new Call("POST",
                        "/api/v1/conversations", """
                        {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s",
                         "plannedMinutes":60}""".formatted(team.employee(), Instant.now().plus(2, ChronoUnit.DAYS)))),
                new Endpoint("prompt sent", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/conversations/" + team.scheduleConversation() + "/prompt-sent",
                        "{\"sentAt\":\"%s\"}".formatted(Instant.now().minusSeconds(60)))),
                new Endpoint("reschedule", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/conversations/" + team.scheduleConversation() + "/reschedule",
                        "{\"scheduledFor\":\"%s\",\"reason\":\"release week\"}"
                                .formatted(Instant.now().plus(9, ChronoUnit.DAYS)))),
                new Endpoint("held", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/conversations/" + team.scheduleConversation() + "/held",
                        "{\"heldAt\":\"%s\",\"actualMinutes\":70}".formatted(Instant.now().minusSeconds(600)))),
                new Endpoint("listening note", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/conversations/" + team.heldConversation() + "/notes",
                        "{\"kind\":\"TOO_CLEAN\",\"text\":\"the answer that is too clean\"}")),
                new Endpoint("complete", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/conversations/" + team.heldConversation() + "/complete", """
                        {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":false,
                         "signalingGap":"NONE"}}""")),
                new Endpoint("cancel", EnumSet.of(As.MANAGER), team -> new Call("POST",
                        "/api/v1/conversations/" + team.scheduleConversation() + "/cancel",
                        "{\"reason\":\"moved team\"}"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheRightRoleInTheRightRelationshipMaySendIt(Endpoint endpoint) {
        for (As caller : As.values()) {
            if (endpoint.allowed().contains(caller)) {
                continue;
            }
            TestTeam team = TestTeam.register(port);
            Call call = endpoint.call().apply(team);
            long before = events();
            Answer answer = caller.client(team).send(call.method(), call.path(), call.body());
            assertThat(answer.status()).as(endpoint + " as " + caller + ": " + answer).isEqualTo(403);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:forbidden");
            assertThat(events()).as(endpoint + " as " + caller + " appended").isEqualTo(before);
        }
        for (As caller : endpoint.allowed()) {
            TestTeam team = TestTeam.register(port);
            Call call = endpoint.call().apply(team);
            Answer answer = caller.client(team).send(call.method(), call.path(), call.body());
            assertThat(answer.status()).as(endpoint + " as " + caller + ": " + answer).isBetween(200, 201);
        }
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
