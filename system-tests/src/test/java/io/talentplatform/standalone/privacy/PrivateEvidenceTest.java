package io.talentplatform.standalone.privacy;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence marked private counts for the capability everywhere the person's consent lets it (matching ranks on the
 * level), but its text is read only by the person and their manager: never by a panel, never in an audit history.
 */
@StandaloneTest
class PrivateEvidenceTest {

    @LocalServerPort
    int port;

    @Test
    void aPrivateTextCountsForTheCapabilityButOnlyThePersonAndTheirManagerReadIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String manager = "M-" + run;
        String ada = "ADA-" + run;
        Http hr = Http.at(port).as("HR-1", "HR");
        Http grace = Http.at(port).as(manager, "MANAGER");
        Http asAda = Http.at(port).as(ada, "EMPLOYEE");
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Grace","jobTitle":"Manager","level":"M1","function":"Engineering"}"""
                .formatted(manager)).ok();
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Ada","jobTitle":"Engineer","level":"L4","function":"Engineering",
                 "managerId":"%s"}""".formatted(ada, manager)).ok();
        asAda.put("/api/v1/employees/" + ada + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}").ok();
        String observed = LocalDate.now().minusDays(5).toString();
        grace.post("/api/v1/employees/" + ada + "/capabilities", """
                {"capability":"mentoring","level":4,"evidence":"struggled with the first mentee before it clicked",
                 "source":"CONVERSATION","observedOn":"%s","visibility":"PRIVATE"}""".formatted(observed)).ok();
        grace.post("/api/v1/employees/" + ada + "/capabilities", """
                {"capability":"distributed-systems","level":4,"evidence":"ran the cache migration",
                 "source":"REVIEW","observedOn":"%s"}""".formatted(observed)).ok();
        Answer refused = grace.post("/api/v1/employees/" + ada + "/capabilities", """
                {"capability":"sql","level":3,"evidence":"x","source":"REVIEW","observedOn":"%s","visibility":"SECRET"}"""
                .formatted(observed));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);

        String role = "R-" + run;
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":false,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[{"capability":"mentoring","minLevel":3},
                 {"capability":"distributed-systems","minLevel":3}]}""".formatted(role)).ok();
        Answer opened = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now())).ok();
        String opening = opened.json().get("openingId").asString();

        Answer matches = Http.at(port).as("P-1", "PANEL").get("/api/v1/mobility/openings/" + opening
                + "/matches?limit=100&minPosition=" + opened.position());
        JsonNode match = matches.json().get("matches").valueStream()
                .filter(node -> node.get("employeeId").asString().equals(ada)).findFirst().orElseThrow();
        assertThat(match.get("fullFit").asBoolean()).as("the private evidence counts").isTrue();
        assertThat(matches.body()).contains("ran the cache migration").doesNotContain("struggled");

        Answer own = asAda.get("/api/v1/employees/" + ada + "/career-capital?minPosition=" + opened.position());
        assertThat(own.body()).contains("struggled with the first mentee").contains("ran the cache migration");
        JsonNode mentoring = own.json().get("capabilities").valueStream()
                .filter(node -> node.get("capability").asString().equals("mentoring")).findFirst().orElseThrow();
        assertThat(mentoring.get("evidence").get(0).get("visibility").asString()).as("the map says it is kept private")
                .isEqualTo("PRIVATE");
        assertThat(grace.get("/api/v1/employees/" + ada + "/career-capital").body())
                .contains("struggled with the first mentee");
        Answer history = Http.at(port).as("A-1", "AUDITOR").get("/api/v1/audit/streams/employee/" + ada + "/events");
        assertThat(history.body()).doesNotContain("struggled").contains("\"visibility\":\"PRIVATE\"");
    }
}
