package io.talentplatform.standalone.metrics;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.StandaloneTest;
import io.talentplatform.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From HR's and the panel's requests to the talent metrics of a function: the numbers of a group, nothing about a
 * person, and nothing at all about a group of one.
 */
@StandaloneTest
class TalentMetricsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PlatformClock clock;

    @Test
    void hrAndPanelsReadAFunctionsMetricsAndASingletonFunctionRevealsNothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String function = "Metrics-" + suffix;
        String loner = "Solo-" + suffix;
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Http hr = Http.at(port).as("HR-1", "HR");
        Http panel = Http.at(port).as("P-1", "PANEL");
        long position = 0;

        List<String> people = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "E-" + suffix + "-" + i;
            people.add(id);
            position = Math.max(position, hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"Person %d","jobTitle":"Analyst","level":"L3","function":"%s"}"""
                    .formatted(id, i, function)).ok().position());
        }
        for (int i = 1; i <= 5; i++) {
            position = Math.max(position, hr.post("/api/v1/roles", """
                    {"roleId":"R-%s-%d","title":"Lead %d","function":"%s","level":"L6","critical":true,
                     "roleFamily":"analytics-leadership","requiredCapabilities":[]}""".formatted(suffix, i, i, function)).ok().position());
        }
        // Ready now for R1 and R2; R3's ready-now successor is about to leave.
        for (int i = 1; i <= 3; i++) {
            String successor = people.get(i == 3 ? 5 : i - 1);
            position = Math.max(position, panel.post("/api/v1/roles/R-" + suffix + "-" + i + "/successors", """
                    {"employeeId":"%s","readiness":"READY_NOW","rationale":"ran the quarter close alone"}"""
                    .formatted(successor)).ok().position());
        }
        position = Math.max(position, hr.post("/api/v1/employees/" + people.get(1) + "/moves", """
                {"jobTitle":"Senior Analyst","level":"L4","function":"%s","moveType":"PROMOTION","effectiveOn":"%s"}"""
                .formatted(function, today)).ok().position());
        position = Math.max(position, hr.post("/api/v1/employees/" + people.get(5) + "/departure",
                "{\"effectiveOn\":\"%s\",\"reason\":\"VOLUNTARY\",\"regretted\":true}".formatted(today)).ok().position());
        position = Math.max(position, hr.post("/api/v1/employees", """
                {"employeeId":"S-%s","displayName":"Only One","jobTitle":"Analyst","level":"L3","function":"%s"}"""
                .formatted(suffix, loner)).ok().position());

        String query = "/api/v1/metrics/talent?from=" + today + "&to=" + today + "&minPosition=" + position
                + "&function=";
        Answer answer = hr.get(query + function);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode metrics = answer.json();
        assertThat(metrics.get("definitionVersion").asString()).isEqualTo("2");
        assertThat(metrics.get("function").asString()).isEqualTo(function);
        // Six people in the function today; one promoted, one left and was regretted.
        assertRate(metrics.get("internalMobilityRate"), 1, 6, "0.1667");
        assertRate(metrics.get("regrettedAttritionRate"), 1, 6, "0.1667");
        // Five critical roles; R1 and R2 have a ready-now successor in post, R3's has left.
        assertRate(metrics.get("successionCoverage"), 2, 5, "0.4");
        // No opening was filled: nothing to show.
        assertThat(metrics.get("internalFillRate").get("suppressed").asBoolean()).isTrue();
        for (String person : people) {
            assertThat(answer.body()).doesNotContain(person);
        }
        assertThat(answer.body()).doesNotContain("Person ").doesNotContain("quarter close");

        assertThat(panel.get(query + function).status()).isEqualTo(200);

        JsonNode single = hr.get(query + loner).json().get("internalMobilityRate");
        assertThat(single.get("suppressed").asBoolean()).isTrue();
        assertThat(single.get("numerator").isNull()).isTrue();
        assertThat(single.get("denominator").isNull()).isTrue();
        assertThat(single.get("value").isNull()).isTrue();
    }

    @Test
    void onlyHrAndPanelsReadTheMetrics() {
        String window = "/api/v1/metrics/talent?from=2026-01-01&to=2026-03-31";
        for (Http caller : List.of(Http.at(port).as("E-any", "EMPLOYEE"), Http.at(port).as("M-any", "MANAGER"),
                Http.at(port).as("A-any", "AUDITOR"))) {
            Answer answer = caller.get(window);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:forbidden");
        }
        assertThat(Http.at(port).as("HR-1", "HR").get(window).status()).isEqualTo(200);
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        Answer answer = Http.at(port).as("HR-1", "HR").get("/api/v1/metrics/talent?from=2026-04-01&to=2026-03-31");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:invalid-request");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void withoutAWindowTheMetricsCoverTheLastTwelveMonths() {
        LocalDate today = clock.today();

        Answer answer = Http.at(port).as("HR-1", "HR").get("/api/v1/metrics/talent");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode window = answer.json().get("window");
        assertThat(window.get("from").asString()).isEqualTo(today.minusYears(1).plusDays(1).toString());
        assertThat(window.get("to").asString()).isEqualTo(today.toString());
        JsonNode fromOnly = Http.at(port).as("HR-1", "HR").get("/api/v1/metrics/talent?from=2026-04-01").json();
        assertThat(fromOnly.get("window").get("to").asString()).isEqualTo("2027-03-31");
    }

    private static void assertRate(JsonNode metric, long numerator, long denominator, String value) {
        assertThat(metric.get("suppressed").asBoolean()).as(metric.toString()).isFalse();
        assertThat(metric.get("numerator").asLong()).as(metric.toString()).isEqualTo(numerator);
        assertThat(metric.get("denominator").asLong()).as(metric.toString()).isEqualTo(denominator);
        assertThat(metric.get("value").decimalValue()).as(metric.toString()).isEqualByComparingTo(value);
    }
}
