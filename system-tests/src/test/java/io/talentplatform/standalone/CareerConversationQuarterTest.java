package io.talentplatform.standalone;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Q1 of SCENARIOS.md for one person, through the HTTP API: Grace books a full career conversation with Ada, sends
 * the prompt, defers it once, holds it, keeps a listening note, records what it produced on Ada's Career Capital and
 * completes it with the four outcomes. The profile then shows each outcome with the conversation's id, one deferral,
 * and the note only to Grace.
 */
@StandaloneTest
class CareerConversationQuarterTest {

    private static final String NOTE = "frustration with the architecture board looks like ambition with nowhere to go";
    private static final String NARRATIVE = "I want to set technical direction, not just follow it";

    @LocalServerPort
    int port;

    @Test
    void aFullQuarterForAdaEndsInAProfileThatShowsWhatTheConversationProduced() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String grace = "M-" + suffix;
        String ada = "E-" + suffix;
        String hedy = "D-" + suffix;
        String linus = "L-" + suffix;
        Http hr = Http.at(port).as("HR-1", "HR");
        register(hr, hedy, "Hedy", null);
        register(hr, grace, "Grace", hedy);
        register(hr, linus, "Linus", hedy);
        register(hr, ada, "Ada", grace);
        Http asGrace = Http.at(port).as(grace, "MANAGER");
        Http asAda = Http.at(port).as(ada, "EMPLOYEE");

        String conversation = asGrace.post("/api/v1/conversations", """
                {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":90}"""
                .formatted(ada, Instant.now().plus(3, ChronoUnit.DAYS))).json().get("conversationId").asString();
        String base = "/api/v1/conversations/" + conversation;
        asGrace.post(base + "/prompt-sent", "{\"sentAt\":\"%s\"}".formatted(Instant.now().minusSeconds(5))).ok();
        asGrace.post(base + "/reschedule", "{\"scheduledFor\":\"%s\",\"reason\":\"release week\"}"
                .formatted(Instant.now().plus(5, ChronoUnit.DAYS))).ok();
        asGrace.post(base + "/held", "{\"heldAt\":\"%s\",\"actualMinutes\":95}"
                .formatted(Instant.now().minusSeconds(60))).ok();
        asGrace.post(base + "/notes", "{\"kind\":\"AMBITION\",\"text\":\"%s\"}".formatted(NOTE)).ok();
        asGrace.post("/api/v1/employees/" + ada + "/capabilities", """
                {"capability":"distributed-systems","level":4,"evidence":"redesigned the cache, beyond her 18 months ago",
                 "source":"CONVERSATION","observedOn":"%s","conversationId":"%s"}"""
                .formatted(LocalDate.now(), conversation)).ok();
        asGrace.post("/api/v1/employees/" + ada + "/relationships", """
                {"counterpartId":"%s","counterpartName":"Linus","counterpartFunction":"Product",
                 "kind":"CROSS_FUNCTIONAL_LEADER","conversationId":"%s"}""".formatted(linus, conversation)).ok();
        asGrace.post("/api/v1/employees/" + ada + "/signals", """
                {"decisionMakerId":"%s","aware":false,"basis":"has not seen the cache redesign",
                 "conversationId":"%s"}""".formatted(hedy, conversation)).ok();
        asAda.post("/api/v1/employees/" + ada + "/aspirations", """
                {"direction":"TECHNICAL_LEADERSHIP","targetRoleFamilies":["staff-engineering"],"horizonYears":2,
                 "narrative":"%s","shareDirection":true,"conversationId":"%s"}""".formatted(NARRATIVE, conversation)).ok();
        Answer completed = asGrace.post(base + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"IDENTIFIED",
                 "advocacyAction":{"description":"a slot at the architecture forum","dueOn":"%s"}},
                 "nextConversationOn":"%s"}""".formatted(LocalDate.now().plusDays(14), LocalDate.now().plusDays(90)));
        completed.ok();
        long position = asAda.put("/api/v1/employees/" + ada + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\",\"ASPIRATION\"]}").ok()
                .position();

        Answer forGrace = asGrace.get("/api/v1/employees/" + ada + "/career-capital?minPosition=" + position);
        assertThat(forGrace.status()).isEqualTo(200);
        JsonNode map = forGrace.json();
        assertThat(map.get("capabilities").get(0).get("evidence").get(0).get("conversationId").asString())
                .isEqualTo(conversation);
        assertThat(map.get("relationships").get(0).get("conversationId").asString()).isEqualTo(conversation);
        assertThat(map.get("relationships").get(0).get("counterpartName").asString()).isEqualTo("Linus");
        assertThat(map.get("relationshipsByKindAndFunction").get(0).get("function").asString()).isEqualTo("Product");
        JsonNode gap = map.get("signaling").get("openGaps").get(0);
        assertThat(gap.get("decisionMakerId").asString()).isEqualTo(hedy);
        assertThat(gap.get("conversationId").asString()).isEqualTo(conversation);
        assertThat(map.get("aspiration").get("direction").asString()).isEqualTo("TECHNICAL_LEADERSHIP");
        assertThat(map.get("aspiration").get("conversationId").asString()).isEqualTo(conversation);
        JsonNode held = map.get("conversations").get(0);
        assertThat(held.get("conversationId").asString()).isEqualTo(conversation);
        assertThat(held.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(held.get("deferrals").asInt()).isEqualTo(1);
        assertThat(held.get("promptSentAt").isNull()).isFalse();
        assertThat(held.get("outcomes").get("produced").asInt()).isEqualTo(4);
        assertThat(held.get("outcomes").get("allFour").asBoolean()).isTrue();
        assertThat(held.get("outcomes").get("signalingGap").asString()).isEqualTo("IDENTIFIED");
        assertThat(held.get("nextConversationOn").asString()).isEqualTo(LocalDate.now().plusDays(90).toString());
        assertThat(held.get("notes").get(0).get("text").asString()).isEqualTo(NOTE);
        assertThat(held.get("notes").get(0).get("kind").asString()).isEqualTo("AMBITION");

        Answer forAda = asAda.get("/api/v1/employees/" + ada + "/career-capital");
        assertThat(forAda.status()).isEqualTo(200);
        assertThat(forAda.body()).doesNotContain(NOTE).contains(NARRATIVE);
        assertThat(forAda.json().get("conversations").get(0).get("notes")).isEmpty();

        for (Http outsider : new Http[]{hr, Http.at(port).as(hedy, "MANAGER"), Http.at(port).as(linus, "MANAGER"),
                Http.at(port).as("P-1", "PANEL"), Http.at(port).as("A-1", "AUDITOR"),
                Http.at(port).as("E-other", "EMPLOYEE")}) {
            Answer refused = outsider.get("/api/v1/employees/" + ada + "/career-capital");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(NOTE).doesNotContain(NARRATIVE);
        }

        long moved = hr.post("/api/v1/employees/" + ada + "/manager",
                "{\"managerId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(hedy, LocalDate.now())).ok().position();
        Answer forHedy = Http.at(port).as(hedy, "MANAGER")
                .get("/api/v1/employees/" + ada + "/career-capital?minPosition=" + moved);
        assertThat(forHedy.status()).isEqualTo(200);
        assertThat(forHedy.body()).as("the new manager never sees the former manager's notes").doesNotContain(NOTE);
        assertThat(asGrace.get("/api/v1/employees/" + ada + "/career-capital").status())
                .as("the former manager loses access").isEqualTo(403);

        for (var record : TopicReader.readKey("talent.events.v1", ada)) {
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(raw).doesNotContain(NOTE).doesNotContain(NARRATIVE).doesNotContain("Ada");
        }
        for (String document : new String[]{Http.at(port).get("/v3/api-docs").body(),
                Http.at(port).as("HR-1", "HR").get("/actuator/health").body()}) {
            assertThat(document).doesNotContain(NOTE).doesNotContain(NARRATIVE);
        }
    }

    private static void register(Http hr, String id, String name, String managerId) {
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"Engineer","level":"L5","function":"Engineering"%s}"""
                .formatted(id, name, managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"")).ok();
    }
}
