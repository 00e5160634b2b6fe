package io.talentplatform.standalone;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.time.PlatformClock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seed 001's failure mode made visible: a contract with commitments on both sides; time passes (the dev clock);
 * the platform marks the commitments overdue and the review due by itself, and the manager's follow-through shows
 * the overdue manager commitment and the quarterly cadence breach. Another manager gets 403, HR sees the structure
 * without the texts, and no listening note reaches either answer.
 */
@StandaloneTest
class ContractFollowThroughTest {

    private static final String NOTE = "burnout disguised as disengagement, watch this";

    @LocalServerPort
    int port;
    @Autowired
    PlatformClock clock;

    @Test
    void overdueCommitmentsAndTheCadenceBreachShowInTheFollowThrough() {
        TestTeam team = TestTeam.register(port);
        Http grace = team.asManager();
        String conversation = team.heldConversation();
        grace.post("/api/v1/conversations/" + conversation + "/notes",
                "{\"kind\":\"BURNOUT\",\"text\":\"%s\"}".formatted(NOTE)).ok();
        Answer opened = grace.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead cross-team technical initiatives independently",
                 "evidenceOfSuccess":"design review of the auth refactor run with both teams","reviewCadence":"MONTHLY",
                 "nextReviewOn":"%s","caveat":"no Staff opening in the next 12 months",
                 "openQuestions":["is a platform-wide role realistic?"],"conversationId":"%s"}"""
                .formatted(team.employee(), clock.today().plusDays(30), conversation)).ok();
        String contract = opened.json().get("contractId").asString();
        grace.post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","description":"introduce Ada to the platform architect","dueOn":"%s",
                 "kind":"INTRODUCTION"}""".formatted(clock.today().plusDays(14))).ok();
        team.asEmployee().post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"EMPLOYEE","description":"lead the auth-refactor design doc","dueOn":"%s"}"""
                .formatted(clock.today().plusDays(45))).ok();
        grace.post("/api/v1/contracts/" + contract + "/summary-shared",
                "{\"sharedAt\":\"%s\"}".formatted(clock.instant().minusSeconds(5))).ok();
        grace.post("/api/v1/conversations/" + conversation + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"IDENTIFIED",
                 "advocacyAction":{"description":"a slot at the architecture forum","dueOn":"%s"}}}"""
                .formatted(clock.today().plusDays(20))).ok();
        long position = team.settle();
        JsonNode before = grace.get("/api/v1/managers/" + team.manager() + "/follow-through?minPosition=" + position)
                .json();
        JsonNode report = before.get("reports").get(0);
        assertThat(report.get("quarterlyCadenceBreached").asBoolean()).isFalse();
        assertThat(report.get("contract").get("summaryNotSharedWithin48Hours").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(15)).until(() -> grace.get("/api/v1/employees/" + team.employee()
                + "/contract").json().get("commitments").size() == 3);

        Clock aggregateClock = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
        try {
            Answer moved = Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"P100D\"}");
            assertThat(moved.status()).isEqualTo(200);

            JsonNode followThrough = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> grace.get("/api/v1/managers/" + team.manager() + "/follow-through").json(),
                            answer -> answer.get("fulfilment").get("overdueOpen").asInt() == 2
                                    && answer.get("reports").get(0).get("employeeCommitments").get("overdue")
                                    .asInt() == 1
                                    && answer.get("reports").get(0).get("contract").get("reviewBreached").asBoolean()
                                    && !answer.get("reports").get(0).get("quarterlyConversationDueRaisedOn").isNull());
            JsonNode ada = followThrough.get("reports").get(0);
            assertThat(ada.get("employeeId").asString()).isEqualTo(team.employee());
            assertThat(ada.get("quarterlyCadenceBreached").asBoolean()).isTrue();
            assertThat(ada.get("quarterlyConversationDueRaisedOn").isNull())
                    .as("the platform raised the quarterly conversation as due").isFalse();
            assertThat(ada.get("daysSinceLastFullConversation").asLong()).isGreaterThanOrEqualTo(99);
            assertThat(ada.get("managerCommitments").get("overdue").asInt()).isEqualTo(2);
            assertThat(StreamSupport.stream(followThrough.get("openCommitments").spliterator(), false)
                    .filter(own -> own.get("kind").asString().equals("INTRODUCTION"))
                    .map(own -> own.get("status").asString())).containsExactly("OVERDUE");
            assertThat(StreamSupport.stream(followThrough.get("openCommitments").spliterator(), false)
                    .anyMatch(own -> own.get("kind").asString().equals("ADVOCACY")))
                    .as("the advocacy action became an ADVOCACY commitment").isTrue();
            assertThat(followThrough.get("fulfilment").get("made").asInt()).isEqualTo(2);

            JsonNode view = team.asEmployee().get("/api/v1/employees/" + team.employee() + "/contract").json();
            assertThat(StreamSupport.stream(view.get("commitments").spliterator(), false)
                    .map(commitment -> commitment.get("status").asString()))
                    .containsOnly("OVERDUE").hasSize(3);
            String introduction = StreamSupport.stream(view.get("commitments").spliterator(), false)
                    .filter(commitment -> "INTRODUCTION".equals(commitment.get("kind").asString()))
                    .findFirst().orElseThrow().get("commitmentId").asString();
            grace.post("/api/v1/contracts/" + contract + "/commitments/" + introduction + "/complete",
                    "{\"completedOn\":\"%s\"}".formatted(clock.today())).ok();
            JsonNode completed = await().atMost(Duration.ofSeconds(15)).until(() -> grace.get(
                    "/api/v1/managers/" + team.manager() + "/follow-through").json(),
                    answer -> answer.get("fulfilment").get("completedLate").asInt() == 1);
            assertThat(completed.get("fulfilment").get("overdueOpen").asInt()).isEqualTo(1);

            Answer otherManager = Http.at(port).as(team.otherManager(), "MANAGER")
                    .get("/api/v1/managers/" + team.manager() + "/follow-through");
            assertThat(otherManager.status()).isEqualTo(403);
            Answer forHr = team.hr().get("/api/v1/managers/" + team.manager() + "/follow-through");
            assertThat(forHr.status()).isEqualTo(200);
            assertThat(forHr.body()).doesNotContain("introduce Ada").doesNotContain("architecture forum");
            assertThat(forHr.json().get("reports").get(0).get("quarterlyCadenceBreached").asBoolean()).isTrue();

            for (Answer answer : new Answer[]{grace.get("/api/v1/managers/" + team.manager() + "/follow-through"),
                    forHr, grace.get("/api/v1/employees/" + team.employee() + "/contract"),
                    team.asEmployee().get("/api/v1/employees/" + team.employee() + "/contract")}) {
                assertThat(answer.body()).doesNotContain(NOTE);
            }
        } finally {
            clock.resetForTests();
            GenericEventMessage.clock = aggregateClock;
        }
    }
}
