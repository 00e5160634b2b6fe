package io.talentplatform.standalone.people;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the pages (and integrators) start from without knowing an id: who am I, who is there (each caller as far as
 * their standing and people's consent allow, a page at a time), a manager's reports, a person's contracts, the roles
 * and the openings.
 */
@StandaloneTest
class StartingPointsApiTest {

    @LocalServerPort
    int port;

    private String suffix;
    private String manager;
    private Http hr;
    private long position;

    @BeforeEach
    void aTeam() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        manager = "M-" + suffix;
        hr = Http.at(port).as("HR-1", "HR");
        register(manager, "Grace " + suffix, null);
        for (int i = 1; i <= 5; i++) {
            register(person(i), "Report " + i + " " + suffix, manager);
        }
        register("X-" + suffix, "Elsewhere " + suffix, null);
        position = Http.at(port).as(person(1), "EMPLOYEE").put("/api/v1/employees/" + person(1) + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}").ok()
                .position();
    }

    @Test
    void whoAmISaysMyNameRolesAndReports() {
        JsonNode me = Http.at(port).as(manager, "MANAGER").get("/api/v1/me?minPosition=" + position).json();

        assertThat(me.get("employeeId").asString()).isEqualTo(manager);
        assertThat(me.get("displayName").asString()).isEqualTo("Grace " + suffix);
        assertThat(me.get("roles").get(0).asString()).isEqualTo("MANAGER");
        assertThat(me.get("reports").size()).isEqualTo(5);
        assertThat(me.get("now").asString()).isNotBlank();
        JsonNode nobody = Http.at(port).as("A-1", "AUDITOR").get("/api/v1/me").json();
        assertThat(nobody.get("displayName").isNull()).isTrue();
        assertThat(nobody.get("reports").size()).isZero();
    }

    @Test
    void hrSearchesEveryoneAPageAtATimeWithCursors() {
        List<String> found = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = hr.get("/api/v1/employees?query=" + suffix + "&limit=2&minPosition=" + position
                    + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
            page.get("people").forEach(person -> found.add(person.get("employeeId").asString()));
            cursor = page.get("nextCursor").isNull() ? "" : page.get("nextCursor").asString();
            pages++;
        } while (!cursor.isEmpty());

        assertThat(found).hasSize(7).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(4);
        assertThat(hr.get("/api/v1/employees?cursor=not-one-of-ours!").status()).isEqualTo(400);
    }

    @Test
    void aManagerFindsTheirOwnReportsOnlyAndAPanelOnlyThoseWhoLetPanelsFindThem() {
        JsonNode own = Http.at(port).as(manager, "MANAGER").get("/api/v1/employees?query=" + suffix
                + "&minPosition=" + position).json();
        assertThat(own.get("people").size()).isEqualTo(5);
        assertThat(Http.at(port).as(manager, "MANAGER").get("/api/v1/employees?managerId=M-other").status())
                .isEqualTo(403);

        JsonNode consented = Http.at(port).as("P-1", "PANEL").get("/api/v1/employees?query=" + suffix).json();
        assertThat(consented.get("people").size()).isOne();
        assertThat(consented.get("people").get(0).get("employeeId").asString()).isEqualTo(person(1));
        assertThat(Http.at(port).as(person(2), "EMPLOYEE").get("/api/v1/employees").status()).isEqualTo(403);
    }

    @Test
    void aManagersReportsShowTheirConversationsAndOpenContract() {
        Http grace = Http.at(port).as(manager, "MANAGER");
        grace.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead","evidenceOfSuccess":"a review run","reviewCadence":"QUARTERLY",
                 "nextReviewOn":"%s"}""".formatted(person(2), LocalDate.now().plusDays(60))).ok();
        long last = grace.post("/api/v1/employees/" + person(2) + "/aspirations", """
                {"direction":"DOMAIN_DEPTH","targetRoleFamilies":[],"horizonYears":2,"narrative":"go deep",
                 "shareDirection":false}""").ok().position();

        JsonNode reports = grace.get("/api/v1/managers/" + manager + "/reports?minPosition=" + last).json();

        JsonNode second = reports.get("reports").valueStream()
                .filter(report -> report.get("employeeId").asString().equals(person(2))).findFirst().orElseThrow();
        assertThat(second.get("direction").asString()).isEqualTo("DOMAIN_DEPTH");
        assertThat(second.get("contract").get("reviewOverdue").asBoolean()).isFalse();
        JsonNode asHr = hr.get("/api/v1/managers/" + manager + "/reports").json().get("reports").valueStream()
                .filter(report -> report.get("employeeId").asString().equals(person(2))).findFirst().orElseThrow();
        assertThat(asHr.has("direction")).as("HR reads the structure, not the direction").isFalse();
        assertThat(Http.at(port).as("M-other", "MANAGER").get("/api/v1/managers/" + manager + "/reports").status())
                .isEqualTo(403);

        JsonNode contracts = Http.at(port).as(person(2), "EMPLOYEE").get("/api/v1/employees/" + person(2)
                + "/contracts").json();
        assertThat(contracts.get("contracts").size()).isOne();
        assertThat(contracts.get("contracts").get(0).get("goal").asString()).isEqualTo("lead");
    }

    @Test
    void rolesAndOpeningsAreListed() {
        String role = "R-" + suffix;
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Staff Engineer","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"staff-engineering","requiredCapabilities":[{"capability":"distributed-systems",
                 "minLevel":4}]}""".formatted(role)).ok();
        long opened = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":true}".formatted(LocalDate.now())).ok().position();

        JsonNode roles = Http.at(port).as("P-1", "PANEL").get("/api/v1/roles?critical=true&limit=200&minPosition="
                + opened).json();
        assertThat(roles.get("roles").valueStream().map(r -> r.get("roleId").asString())).contains(role);
        JsonNode openings = Http.at(port).as(person(3), "EMPLOYEE").get("/api/v1/openings?status=OPEN&limit=200")
                .json();
        JsonNode ours = openings.get("openings").valueStream()
                .filter(opening -> opening.get("roleId").asString().equals(role)).findFirst().orElseThrow();
        assertThat(ours.get("internalOnly").asBoolean()).isTrue();
        assertThat(ours.get("kind").asString()).isEqualTo("ROLE");
        assertThat(Http.at(port).as(person(3), "EMPLOYEE").get("/api/v1/roles").status()).isEqualTo(403);
        assertThat(hr.get("/api/v1/openings?status=MAYBE").status()).isEqualTo(400);
    }

    private String person(int i) {
        return "E-" + suffix + "-" + i;
    }

    private void register(String id, String name, String managerId) {
        position = hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"Engineer","level":"L4","function":"Engineering"%s}"""
                .formatted(id, name, managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"")).ok().position();
    }
}
