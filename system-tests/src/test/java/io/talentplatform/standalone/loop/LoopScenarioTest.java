package io.talentplatform.standalone.loop;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.standalone.OwnPlatform;
import io.talentplatform.standalone.StandaloneTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A year of SCENARIOS.md's team with the dev clock moving (docs/loop.md): each trigger, each escalation, each inbox
 * item and each flag is checked on the day before it should appear (absent) and on the day it should (present),
 * through the API as the manager, the person and HR see it; the daily digests go to a real SMTP server. At the end the
 * loop's processors restart (the person's policies replaying the whole log) and the read model is rebuilt, and
 * nothing appears twice: no new event, the same inbox rows.
 */
@StandaloneTest
@OwnPlatform
class LoopScenarioTest {

    private static final String AMBITION = "frustration with the architecture board looks like ambition";
    private static final String FLIGHT = "mentioned an offer from another company over coffee";
    private static final String BURNOUT = "burnout disguised as disengagement";
    private static final String OWN_PROMPT = "What would you like to be known for a year from now?";

    @LocalServerPort
    int port;
    @Autowired
    PlatformClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String hedy = "D1-" + suffix;
    private final String grace = "M1-" + suffix;
    private final String ada = "E1-" + suffix;
    private final String alan = "E2-" + suffix;
    private final String barbara = "E3-" + suffix;
    private final String linus = "M2-" + suffix;
    private final String function = "Platform-" + suffix;
    private LocalDate start;

    @Test
    void aYearOfTheTeamRaisesRemindsAndEscalatesOnTheDayAndNothingTwice() {
        Clock aggregateClock = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
        try {
            year();
        } finally {
            clock.resetForTests();
            GenericEventMessage.clock = aggregateClock;
        }
    }

    private void year() {
        start = clock.today().plusDays(1);
        to(0);
        register(hedy, "Hedy", null, function);
        register(grace, "Grace", hedy, function);
        register(ada, "Ada", grace, function);
        register(alan, "Alan", grace, function);
        register(barbara, "Barbara", grace, function);
        register(linus, "Linus", hedy, "Product-" + suffix);
        Http grace = as(this.grace, "MANAGER");
        Http ada = as(this.ada, "EMPLOYEE");

        // Q1, 1-2: the FULL conversation, its prompt three days before, a deferral.
        String adaFirst = book(this.ada, "FULL", "QUARTERLY", 10);
        to(6);
        assertThat(kinds(this.grace, adaFirst)).doesNotContain("PROMPT_TO_SEND");
        assertThat(kinds(this.ada, adaFirst)).doesNotContain("REFLECTION_PROMPT");
        to(7);
        assertThat(item(this.grace, "PROMPT_TO_SEND", adaFirst).get("dueOn").asString()).isEqualTo(day(10).toString());
        assertThat(item(this.ada, "REFLECTION_PROMPT", adaFirst).get("text").asString())
                .startsWith("Before we meet for the career conversation");
        grace.post("/api/v1/conversations/" + adaFirst + "/prompt", "{\"prompt\":\"%s\"}".formatted(OWN_PROMPT)).ok();
        settle();
        assertThat(item(this.ada, "REFLECTION_PROMPT", adaFirst).get("text").asString()).isEqualTo(OWN_PROMPT);
        assertThat(digestOn(this.grace, 7)).contains("Send Ada the reflection prompt");
        to(8);
        grace.post("/api/v1/conversations/" + adaFirst + "/reschedule",
                "{\"scheduledFor\":\"%s\",\"reason\":\"release week\"}".formatted(at(12, 10))).ok();
        settle();
        assertThat(kinds(this.grace, adaFirst)).as("the prompt moved with the conversation")
                .doesNotContain("PROMPT_TO_SEND");
        to(9);
        assertThat(item(this.grace, "PROMPT_TO_SEND", adaFirst).get("dueOn").asString()).isEqualTo(day(12).toString());
        grace.post("/api/v1/conversations/" + adaFirst + "/prompt-sent", "{\"sentAt\":\"%s\"}".formatted(at(9, 9))).ok();
        settle();
        assertThat(kinds(this.grace, adaFirst)).doesNotContain("PROMPT_TO_SEND");

        // Q1, 3-6: held, the map, the contract, all four outcomes with the advocacy aimed at Hedy's gap.
        to(12);
        held(adaFirst, 12, 90);
        grace.post("/api/v1/employees/" + this.ada + "/capabilities", """
                {"capability":"distributed-systems","level":4,"evidence":"redesigned the cache, beyond her 18 months ago",
                 "source":"CONVERSATION","observedOn":"%s","conversationId":"%s"}""".formatted(day(12), adaFirst)).ok();
        grace.post("/api/v1/employees/" + this.ada + "/relationships", """
                {"counterpartId":"%s","counterpartName":"Linus","counterpartFunction":"Product",
                 "kind":"CROSS_FUNCTIONAL_LEADER","conversationId":"%s"}""".formatted(linus, adaFirst)).ok();
        grace.post("/api/v1/employees/" + this.ada + "/signals", """
                {"decisionMakerId":"%s","aware":false,"basis":"has not seen the cache work","conversationId":"%s"}"""
                .formatted(hedy, adaFirst)).ok();
        ada.post("/api/v1/employees/" + this.ada + "/aspirations", """
                {"direction":"TECHNICAL_LEADERSHIP","targetRoleFamilies":["staff-engineering"],"horizonYears":2,
                 "narrative":"I want to set technical direction","shareDirection":true}""").ok();
        note(adaFirst, "AMBITION", AMBITION);
        String contract = grace.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead cross-team technical initiatives independently",
                 "evidenceOfSuccess":"design review of the auth refactor run with both teams","reviewCadence":"MONTHLY",
                 "nextReviewOn":"%s","caveat":"no Staff opening in the next 12 months",
                 "openQuestions":["is a platform-wide role realistic?"],"conversationId":"%s"}"""
                .formatted(this.ada, day(42), adaFirst)).ok().json().get("contractId").asString();
        String designDoc = commit(ada, contract, "EMPLOYEE", "lead the auth-refactor design doc", 40, null);
        String introduction = commit(grace, contract, "MANAGER", "introduce Ada to the platform architect", 26,
                "INTRODUCTION");
        grace.post("/api/v1/conversations/" + adaFirst + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"IDENTIFIED",
                 "advocacyAction":{"description":"a slot at the architecture forum","dueOn":"%s","decisionMakerId":"%s"}},
                 "nextConversationOn":"%s"}""".formatted(day(50), hedy, day(100))).ok();
        settle();
        assertThat(item(this.grace, "SUMMARY_DUE", adaFirst).get("dueOn").asString()).isEqualTo(day(14).toString());
        assertThat(kinds(this.ada, null)).as("an aspiration stated for the first time is no change of direction")
                .doesNotContain("CONVERSATION_DUE");
        assertThat(items(this.grace)).as("a first capability evidence is no milestone")
                .noneMatch(i -> kind(i, "CONVERSATION_DUE") && about(i, this.ada));
        to(13);
        grace.post("/api/v1/conversations/" + adaFirst + "/summary", """
                {"sharedAt":"%s","summary":"we agreed the design review; I introduce you to the architect"}"""
                .formatted(at(13, 9))).ok();
        String alanFirst = book(alan, "FULL", "QUARTERLY", 16);
        settle();
        assertThat(kinds(this.grace, adaFirst)).doesNotContain("SUMMARY_DUE");
        assertThat(report(this.ada).get("summariesLate")).isEmpty();

        // Q1, 7: Alan's "too clean" answer; nothing comes of his conversation; no summary.
        to(16);
        held(alanFirst, 16, 60);
        note(alanFirst, "TOO_CLEAN", "I'm happy where I am");
        as(alan, "EMPLOYEE").post("/api/v1/employees/" + alan + "/aspirations", """
                {"direction":"UNDECIDED","targetRoleFamilies":[],"horizonYears":0,"narrative":"keep doing good work",
                 "shareDirection":true}""").ok();
        grace.post("/api/v1/conversations/" + alanFirst + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":false,
                 "signalingGap":"NOT_ASSESSED"}}""").ok();
        to(17);
        assertThat(report(alan).get("summariesLate")).isEmpty();
        to(18);
        assertThat(ids(report(alan).get("summariesLate"))).containsExactly(alanFirst);
        assertThat(item(this.grace, "SUMMARY_DUE", alanFirst).get("overdue").asBoolean()).isFalse();
        assertThat(kinds(this.grace, adaFirst)).doesNotContain("NEXT_NOT_BOOKED");
        to(19);
        assertThat(item(this.grace, "SUMMARY_DUE", alanFirst).get("overdue").asBoolean()).isTrue();
        assertThat(item(this.grace, "NEXT_NOT_BOOKED", adaFirst)).isNotNull();
        assertThat(commitmentItem(this.grace, introduction).get("dueOn").asString()).isEqualTo(day(26).toString());
        assertThat(report(this.ada).get("nextConversationBooked").asBoolean()).isFalse();
        String adaSecond = book(this.ada, "FULL", "QUARTERLY", 100);
        settle();
        assertThat(kinds(this.grace, adaFirst)).doesNotContain("NEXT_NOT_BOOKED");
        assertThat(report(this.ada).get("nextConversationBooked").asBoolean()).isTrue();
        to(22);
        assertThat(kinds(this.grace, alanFirst)).doesNotContain("NEXT_NOT_BOOKED");
        to(23);
        assertThat(kinds(this.grace, alanFirst)).contains("NEXT_NOT_BOOKED");
        to(26);
        assertThat(commitmentItem(this.grace, introduction).get("overdue").asBoolean()).isFalse();
        to(27);
        assertThat(commitmentItem(this.grace, introduction).get("overdue").asBoolean()).isTrue();
        to(29);
        assertThat(kinds(this.grace, alanFirst)).doesNotContain("GOES_NOWHERE");
        assertThat(report(alan).get("conversationsGoingNowhere")).isEmpty();
        to(30);
        assertThat(kinds(this.grace, alanFirst)).contains("GOES_NOWHERE");
        assertThat(ids(report(alan).get("conversationsGoingNowhere"))).containsExactly(alanFirst);
        assertThat(report(this.ada).get("conversationsGoingNowhere")).as("a contract came of Ada's").isEmpty();
        grace.post("/api/v1/contracts/" + contract + "/commitments/" + introduction + "/complete",
                "{\"completedOn\":\"%s\"}".formatted(day(30))).ok();

        // Q1, 8: Barbara back from leave; then her FULL conversation is cancelled "until later" and moved: escalated.
        String barbaraCheckIn = book(barbara, "CHECK_IN", "TRANSITION_POINT", 31);
        to(31);
        held(barbaraCheckIn, 31, 20);
        grace.post("/api/v1/conversations/" + barbaraCheckIn + "/summary",
                "{\"sharedAt\":\"%s\",\"summary\":\"welcome back; a FULL conversation soon\"}".formatted(at(31, 11))).ok();
        String barbaraFull = book(barbara, "FULL", "TRANSITION_POINT", 40);
        to(32);
        assertThat(commitmentItem(this.ada, designDoc)).isNull();
        to(33);
        assertThat(commitmentItem(this.ada, designDoc).get("text").asString()).isEqualTo(
                "lead the auth-refactor design doc");
        to(34);
        assertThat(kinds(this.grace, null)).doesNotContain("REVIEW_DUE");
        to(35);
        assertThat(item(this.grace, "REVIEW_DUE", null).get("dueOn").asString()).isEqualTo(day(42).toString());
        grace.post("/api/v1/conversations/" + barbaraFull + "/cancel", "{\"reason\":\"until later\"}").ok();
        String barbaraFullAgain = book(barbara, "FULL", "TRANSITION_POINT", 45);
        settle();
        assertThat(report(barbara).get("consecutiveDeferrals").asInt()).isEqualTo(1);
        assertThat(escalated(barbara)).isEmpty();
        ada.post("/api/v1/contracts/" + contract + "/commitments/" + designDoc + "/complete",
                "{\"completedOn\":\"%s\"}".formatted(day(35))).ok();
        to(42);
        grace.post("/api/v1/contracts/" + contract + "/reviews", """
                {"reviewedOn":"%s","progress":"the design doc is out","nextReviewOn":"%s"}"""
                .formatted(day(42), day(72))).ok();
        settle();
        assertThat(kinds(this.grace, null)).doesNotContain("REVIEW_DUE");
        to(44);
        grace.post("/api/v1/conversations/" + barbaraFullAgain + "/reschedule",
                "{\"scheduledFor\":\"%s\",\"reason\":\"a customer escalation\"}".formatted(at(50, 10))).ok();
        settle();
        assertThat(report(barbara).get("consecutiveDeferrals").asInt()).isEqualTo(2);
        assertThat(escalated(barbara)).containsExactly("TWO_DEFERRALS_IN_A_ROW");

        // Q2, 9: the advocacy action done asks about Hedy; Hedy aware closes the gap.
        to(45);
        String advocacy = commitments(contract).stream().filter(c -> "ADVOCACY".equals(c.get("kind").asString()))
                .findFirst().orElseThrow().get("commitmentId").asString();
        grace.post("/api/v1/contracts/" + contract + "/commitments/" + advocacy + "/complete",
                "{\"completedOn\":\"%s\"}".formatted(day(45))).ok();
        settle();
        JsonNode reassess = item(this.grace, "REASSESS_SIGNAL", null);
        assertThat(reassess.get("counterpartId").asString()).isEqualTo(hedy);
        to(46);
        grace.post("/api/v1/employees/" + this.ada + "/signals", """
                {"decisionMakerId":"%s","aware":true,"basis":"saw her talk at the architecture forum"}"""
                .formatted(hedy)).ok();
        settle();
        assertThat(kinds(this.grace, null)).doesNotContain("REASSESS_SIGNAL");

        // Q2, 11: the panel's readiness starts the watch for a promotion that stalls.
        to(47);
        as(hedy, "PANEL").post("/api/v1/employees/" + this.ada + "/readiness", """
                {"roleFamily":"staff-engineering","readiness":"READY_1_2_YEARS","rationale":"runs the design review"}""").ok();

        // Barbara's FULL conversation held; a burnout note pauses development pushes for six weeks.
        to(50);
        held(barbaraFullAgain, 50, 60);
        note(barbaraFullAgain, "BURNOUT", BURNOUT);
        grace.post("/api/v1/conversations/" + barbaraFullAgain + "/complete", """
                {"outcomes":{"humanCapitalUpdated":false,"relationshipCapitalAssessed":false,
                 "signalingGap":"NOT_ASSESSED"}}""").ok();
        grace.post("/api/v1/conversations/" + barbaraFullAgain + "/summary",
                "{\"sharedAt\":\"%s\",\"summary\":\"we talked about load first\"}".formatted(at(50, 11))).ok();
        settle();
        assertThat(report(barbara).get("consecutiveDeferrals").asInt()).isZero();
        assertThat(escalated(barbara)).isEmpty();
        assertThat(report(barbara).get("developmentPushesPausedUntil").asString()).isEqualTo(day(92).toString());
        JsonNode asHr = reportAs(hr(), barbara);
        assertThat(asHr.has("developmentPushesPausedUntil") && !asHr.get("developmentPushesPausedUntil").isNull())
                .as("only the note's writer sees the pause").isFalse();
        assertThat(asHr.has("pausedBy") && !asHr.get("pausedBy").isNull()).isFalse();
        to(64);
        assertThat(ids(report(barbara).get("conversationsGoingNowhere"))).containsExactly(barbaraFullAgain);
        assertThat(kinds(this.grace, barbaraFullAgain)).as("a development push, held back while paused")
                .doesNotContain("GOES_NOWHERE");
        to(92);
        assertThat(kinds(this.grace, barbaraFullAgain)).doesNotContain("GOES_NOWHERE");
        to(93);
        assertThat(kinds(this.grace, barbaraFullAgain)).contains("GOES_NOWHERE");
        grace.post("/api/v1/employees/" + barbara + "/capabilities", """
                {"capability":"incident-response","level":3,"evidence":"ran the on-call rota review",
                 "source":"CONVERSATION","observedOn":"%s","conversationId":"%s"}"""
                .formatted(day(93), barbaraFullAgain)).ok();
        settle();
        assertThat(kinds(this.grace, barbaraFullAgain)).doesNotContain("GOES_NOWHERE");

        // Q2: Ada's quarterly conversation; Alan goes a quarter without one: escalated, and raised.
        to(100);
        held(adaSecond, 100, 90);
        grace.post("/api/v1/conversations/" + adaSecond + "/summary",
                "{\"sharedAt\":\"%s\",\"summary\":\"the review went well\"}".formatted(at(100, 11))).ok();
        to(105);
        assertThat(items(this.grace)).as("Ada's quarter ran out after a newer conversation: nothing to raise")
                .noneMatch(i -> kind(i, "CONVERSATION_DUE") && about(i, this.ada));
        to(108);
        assertThat(escalated(alan)).isEmpty();
        assertThat(dues(alan)).isEmpty();
        to(109);
        assertThat(escalated(alan)).containsExactly("QUARTER_WITHOUT_CONVERSATION");
        assertThat(dues(alan)).containsExactly("QUARTERLY");
        String alanSecond = book(alan, "FULL", "QUARTERLY", 115);
        to(115);
        held(alanSecond, 115, 60);
        settle();
        assertThat(escalated(alan)).isEmpty();
        assertThat(dues(alan)).isEmpty();

        // Q3, 12: a flight signal in a check-in: within the week; the changed direction too; answered by one.
        String adaCheckIn = book(this.ada, "CHECK_IN", "AD_HOC", 190);
        to(190);
        held(adaCheckIn, 190, 30);
        note(adaCheckIn, "FLIGHT_SIGNAL", FLIGHT);
        settle();
        JsonNode flight = items(this.grace).stream().filter(i -> kind(i, "CONVERSATION_DUE") && about(i, this.ada))
                .findFirst().orElseThrow();
        assertThat(flight.get("reason").asString()).isEqualTo("FLIGHT_SIGNAL");
        assertThat(flight.get("dueOn").asString()).isEqualTo(day(197).toString());
        assertThat(kinds(this.ada, null)).as("why it is due is for the manager only").doesNotContain(
                "CONVERSATION_DUE");
        to(192);
        ada.post("/api/v1/employees/" + this.ada + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["engineering-management"],"horizonYears":1,
                 "narrative":"I want to grow people","shareDirection":true}""").ok();
        grace.post("/api/v1/contracts/" + contract + "/revisions", """
                {"goal":"lead a team of four","reason":"Ada now wants people leadership"}""").ok();
        settle();
        assertThat(dues(this.ada)).containsExactly("FLIGHT_SIGNAL", "FLIGHT_SIGNAL");
        String adaAdHoc = book(this.ada, "FULL", "FLIGHT_SIGNAL", 195);
        to(195);
        held(adaAdHoc, 195, 60);
        settle();
        assertThat(dues(this.ada)).isEmpty();

        // A promotion discussed on day 47 and not progressed by day 228.
        grace.post("/api/v1/employees/" + this.ada + "/capabilities", """
                {"capability":"stakeholder-management","level":2,"evidence":"ran the vendor review",
                 "source":"REVIEW","observedOn":"%s"}""".formatted(day(195))).ok();
        to(227);
        assertThat(dues(this.ada)).isEmpty();
        to(228);
        JsonNode stalled = dueItems(this.ada).get(0);
        assertThat(stalled.get("reason").asString()).isEqualTo("PROMOTION_STALLED");
        assertThat(stalled.get("dueOn").asString()).isEqualTo(day(242).toString());

        // Milestones: a capability level reached; Q4, 15: a promotion (a change of role) and the goal met.
        to(250);
        grace.post("/api/v1/employees/" + this.ada + "/capabilities", """
                {"capability":"stakeholder-management","level":3,"evidence":"brought two teams to one roadmap",
                 "source":"REVIEW","observedOn":"%s"}""".formatted(day(250))).ok();
        settle();
        assertThat(dueItems(this.ada)).extracting(i -> i.get("reason").asString() + "@" + i.get("dueOn").asString())
                .containsExactly("PROMOTION_STALLED@" + day(242), "MILESTONE@" + day(264));
        String adaQ4 = book(this.ada, "FULL", "MILESTONE", 260);
        to(260);
        held(adaQ4, 260, 60);
        to(280);
        hr().post("/api/v1/employees/" + this.ada + "/moves", """
                {"jobTitle":"Engineering Manager","level":"M1","function":"%s","moveType":"PROMOTION",
                 "effectiveOn":"%s"}""".formatted(function, day(280))).ok();
        grace.post("/api/v1/contracts/" + contract + "/close", "{\"reason\":\"GOAL_MET\"}").ok();
        settle();
        assertThat(dueItems(this.ada)).extracting(i -> i.get("reason").asString() + "@" + i.get("dueOn").asString())
                .containsExactlyInAnyOrder("ROLE_CHANGE@" + day(310), "MILESTONE@" + day(294));

        // A new manager for Barbara: a transition conversation with Linus within 30 days; Grace's items end.
        to(300);
        hr().post("/api/v1/employees/" + barbara + "/manager",
                "{\"managerId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(linus, day(300))).ok();
        settle();
        JsonNode transition = items(linus).stream().filter(i -> kind(i, "CONVERSATION_DUE") && about(i, barbara))
                .findFirst().orElseThrow();
        assertThat(transition.get("reason").asString()).isEqualTo("ROLE_CHANGE");
        assertThat(transition.get("dueOn").asString()).isEqualTo(day(330).toString());
        assertThat(items(this.grace)).noneMatch(i -> about(i, barbara) && !kind(i, "COMMITMENT_DUE"));

        // Q4, 16: Alan's honest "not here": a transition plan, closed as supported, then he leaves.
        to(310);
        String alanContract = grace.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"a good next step, here or elsewhere","evidenceOfSuccess":"Alan has an offer he wants",
                 "reviewCadence":"MONTHLY","nextReviewOn":"%s","openQuestions":[]}""".formatted(alan, day(340))).ok()
                .json().get("contractId").asString();
        Answer promised = grace.post("/api/v1/contracts/" + alanContract + "/commitments", """
                {"owner":"MANAGER","description":"a Staff role for Alan","dueOn":"%s","kind":"ROLE"}"""
                .formatted(day(340)));
        assertThat(promised.status()).isEqualTo(422);
        assertThat(promised.body()).contains("a plan, not a promise");
        assertThat(grace.post("/api/v1/contracts/" + alanContract + "/close", "{\"reason\":\"TRANSITION_SUPPORTED\"}")
                .status()).as("a supported transition has a plan").isEqualTo(409);
        grace.post("/api/v1/contracts/" + alanContract + "/transition-plan", """
                {"partialPaths":["lead the observability guild until he goes"],"timeline":"by the end of the year",
                 "support":[{"description":"introduce Alan to two CTOs I know","dueOn":"%s","kind":"INTRODUCTION"}]}"""
                .formatted(day(325))).ok();
        grace.post("/api/v1/contracts/" + alanContract + "/close", "{\"reason\":\"TRANSITION_SUPPORTED\"}").ok();
        to(330);
        hr().post("/api/v1/employees/" + alan + "/departure",
                "{\"effectiveOn\":\"%s\",\"reason\":\"VOLUNTARY\",\"regretted\":true}".formatted(day(330))).ok();
        settle();
        assertThat(items(alan)).isEmpty();
        assertThat(items(this.grace)).noneMatch(i -> about(i, alan));

        // The digests: one a day at most, and no text outside its audience.
        to(365);
        for (String person : List.of(this.grace, this.ada, alan, barbara, linus)) {
            List<String> days = TestMail.to(person).stream()
                    .map(mail -> mail.subject().substring(mail.subject().lastIndexOf(' ') + 1)).toList();
            assertThat(days).as("one digest per day for " + person).doesNotHaveDuplicates();
            assertThat(TestMail.to(person)).as("listening notes never leave their writer's view")
                    .noneMatch(mail -> mail.text().contains(AMBITION) || mail.text().contains(FLIGHT)
                            || mail.text().contains(BURNOUT));
        }
        assertThat(TestMail.to(this.grace)).as("the manager heard from the platform").isNotEmpty();
        assertThat(TestMail.to(this.ada)).as("why a conversation is due is the manager's")
                .noneMatch(mail -> mail.text().toLowerCase().contains("flight"));
        assertThat(TestMail.to(this.ada)).as("the manager's own commitment goes to the manager")
                .noneMatch(mail -> mail.text().contains("introduce Ada"));

        restartAndRebuildChangeNothing();
    }

    /** Restarted, with the person's policies replaying the whole log, and rebuilt: no new event, the same rows. */
    private void restartAndRebuildChangeNothing() {
        settle();
        long ours = ourEvents();
        String inbox = inboxRows();
        String flags = String.valueOf(report(ada)) + reportOf(linus, barbara);
        for (String name : List.of("employee-policies", "contract-policies", "follow-through")) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            if (name.equals("employee-policies")) {
                processor.resetTokens();
            }
            processor.start();
        }
        settle();
        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp("employee-policies"));
        settle();
        assertThat(ourEvents()).as("a replay of the policies raised nothing again").isEqualTo(ours);
        assertThat(inboxRows()).isEqualTo(inbox);

        long head = head();
        assertThat(hr().post("/api/v1/admin/projections/follow-through/rebuild", null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode followThrough = StreamSupport.stream(hr().get("/api/v1/admin/projections").ok().json()
                            .get("processors").spliterator(), false)
                    .filter(processor -> processor.get("name").asString().equals("follow-through")).findFirst()
                    .orElseThrow();
            assertThat(followThrough.get("rebuild").get("state").asString()).isEqualTo("RESET");
            assertThat(followThrough.get("rebuild").get("resetPosition").asLong()).isGreaterThanOrEqualTo(head);
            assertThat(followThrough.get("rebuild").get("percent").asDouble()).isEqualTo(100.0);
            assertThat(followThrough.get("rebuilding").asBoolean()).isFalse();
        });
        settle();
        assertThat(inboxRows()).isEqualTo(inbox);
        assertThat(String.valueOf(report(ada)) + reportOf(linus, barbara)).isEqualTo(flags);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The calendar: day n of the scenario at noon UTC, plus the seconds the test has run.

    private LocalDate day(int n) {
        return start.plusDays(n);
    }

    private Instant at(int n, int hour) {
        return day(n).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** Moves the platform clock to noon of day n (never back) and waits until everything due has happened. */
    private void to(int n) {
        Instant target = at(n, 12);
        Duration by = Duration.between(clock.instant(), target);
        if (!by.isNegative() && !by.isZero()) {
            Answer moved = Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"PT%dS\"}".formatted(
                    by.toSeconds() + 1));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        assertThat(clock.today()).isEqualTo(day(n));
        settle();
    }

    /**
     * Waits until no deadline is due, the loop's processors have processed the whole log, and the log has stopped
     * growing (a policy's command appends an event the processors then take).
     */
    private void settle() {
        try {
            settleOrTimeOut();
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            StringBuilder state = new StringBuilder("not settled on " + clock.today() + ", head " + head());
            for (String name : List.of("employee-policies", "contract-policies", "follow-through")) {
                processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(processor -> state
                        .append("; ").append(name).append(' ').append(processor.processingStatus().values().stream()
                                .map(status -> status.getSegment().getSegmentId() + "@"
                                        + status.getCurrentPosition().orElse(-1) + (status.isReplaying() ? "R" : "")
                                        + (status.isErrorState() ? "E" : "")).toList()));
            }
            throw new AssertionError(state.toString(), e);
        }
    }

    private void settleOrTimeOut() {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            long head = head();
            boolean due = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time <= ? AND NOT picked "
                            + "AND task_name <> 'idempotency-expiry'")
                    .param(Timestamp.from(clock.instant())).query(Long.class).single() > 0;
            boolean stable = head == last[0];
            last[0] = head;
            return stable && !due && caughtUp("employee-policies") && caughtUp("contract-policies")
                    && caughtUp("follow-through");
        });
    }

    private boolean caughtUp(String name) {
        long head = head();
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow();
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        // A replay ends only at the first event after the reset point: caught up is having processed the head.
        return !statuses.isEmpty() && statuses.values().stream().allMatch(status -> !status.isErrorState()
                && status.getCurrentPosition().orElse(-1) >= head);
    }

    private long head() {
        return jdbc.sql("SELECT coalesce(max(globalindex), -1) FROM domainevententry").query(Long.class).single();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Writes, as the people of the scenario.

    private void register(String id, String name, String managerId, String inFunction) {
        hr().post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"Engineer","level":"L5","function":"%s"%s}"""
                .formatted(id, name, inFunction, managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"")).ok();
    }

    /** Books a conversation with the person for 10:00 on day n, by their current manager. */
    private String book(String employeeId, String kind, String trigger, int n) {
        String manager = employeeId.equals(barbara) && clock.today().isAfter(day(299)) ? linus : grace;
        return as(manager, "MANAGER").post("/api/v1/conversations", """
                {"employeeId":"%s","kind":"%s","trigger":"%s","scheduledFor":"%s","plannedMinutes":%d}"""
                .formatted(employeeId, kind, trigger, at(n, 10), kind.equals("CHECK_IN") ? 20 : 90)).ok()
                .json().get("conversationId").asString();
    }

    private void held(String conversationId, int n, int minutes) {
        as(grace, "MANAGER").post("/api/v1/conversations/" + conversationId + "/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":%d}".formatted(at(n, 10), minutes)).ok();
    }

    private void note(String conversationId, String kind, String text) {
        as(grace, "MANAGER").post("/api/v1/conversations/" + conversationId + "/notes",
                "{\"kind\":\"%s\",\"text\":\"%s\"}".formatted(kind, text)).ok();
    }

    private String commit(Http side, String contractId, String owner, String description, int dueDay, String kind) {
        return side.post("/api/v1/contracts/" + contractId + "/commitments", """
                {"owner":"%s","description":"%s","dueOn":"%s"%s}""".formatted(owner, description, day(dueDay),
                kind == null ? "" : ",\"kind\":\"" + kind + "\"")).ok().json().get("commitmentId").asString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reads, as the platform answers them.

    private List<JsonNode> items(String recipient) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = as(recipient, "EMPLOYEE", "MANAGER").get("/api/v1/me/inbox?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor)).ok();
            page.json().get("items").forEach(all::add);
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return all;
    }

    /** The kinds of the recipient's items about one conversation (or all, for {@code null}). */
    private List<String> kinds(String recipient, String conversationId) {
        return items(recipient).stream()
                .filter(i -> conversationId == null || conversationId.equals(text(i, "conversationId")))
                .map(i -> i.get("kind").asString()).toList();
    }

    private JsonNode item(String recipient, String kind, String conversationId) {
        return items(recipient).stream().filter(i -> kind(i, kind)
                        && (conversationId == null || conversationId.equals(text(i, "conversationId"))))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + recipient + " on "
                        + clock.today() + ": " + items(recipient)));
    }

    private JsonNode commitmentItem(String recipient, String commitmentId) {
        return items(recipient).stream().filter(i -> kind(i, "COMMITMENT_DUE")
                && commitmentId.equals(text(i, "commitmentId"))).findFirst().orElse(null);
    }

    /** The reasons of the conversations due with a person, in the follow-through of their manager. */
    private List<String> dues(String employeeId) {
        return StreamSupport.stream(report(employeeId).get("conversationsDue").spliterator(), false)
                .map(due -> due.get("reason").asString()).toList();
    }

    private List<JsonNode> dueItems(String employeeId) {
        return items(grace).stream().filter(i -> kind(i, "CONVERSATION_DUE") && about(i, employeeId)).toList();
    }

    private JsonNode report(String employeeId) {
        return reportAs(as(grace, "MANAGER"), employeeId);
    }

    private JsonNode reportAs(Http reader, String employeeId) {
        return reportAs(reader, grace, employeeId);
    }

    /** The report as their manager's follow-through shows it to that manager. */
    private JsonNode reportOf(String manager, String employeeId) {
        return reportAs(as(manager, "MANAGER"), manager, employeeId);
    }

    private JsonNode reportAs(Http reader, String manager, String employeeId) {
        JsonNode view = reader.get("/api/v1/managers/" + manager + "/follow-through").ok().json();
        return StreamSupport.stream(view.get("reports").spliterator(), false)
                .filter(report -> report.get("employeeId").asString().equals(employeeId)).findFirst()
                .orElseThrow(() -> new AssertionError(employeeId + " is not in " + view));
    }

    /** Why HR's view across managers lists the person, if it does. */
    private List<String> escalated(String employeeId) {
        List<String> why = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = hr().get("/api/v1/managers?limit=50" + (cursor == null ? "" : "&cursor=" + cursor)).ok()
                    .json();
            page.get("managers").forEach(manager -> manager.get("escalations").forEach(escalation -> {
                if (escalation.get("employeeId").asString().equals(employeeId)) {
                    escalation.get("why").forEach(reason -> why.add(reason.asString()));
                }
            }));
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return why;
    }

    private List<JsonNode> commitments(String contractId) {
        JsonNode contract = as(grace, "MANAGER").get("/api/v1/employees/" + ada + "/contract").ok().json();
        assertThat(contract.get("contractId").asString()).isEqualTo(contractId);
        return StreamSupport.stream(contract.get("commitments").spliterator(), false).toList();
    }

    /** The digest the person received for day n, waiting for it. */
    private String digestOn(String employeeId, int n) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(employeeId).stream()
                        .filter(mail -> mail.subject().endsWith(day(n).toString())).map(TestMail.Mail::text)
                        .findFirst().orElse(null), java.util.Objects::nonNull);
    }

    private String inboxRows() {
        return String.join("\n", jdbc.sql("""
                        SELECT item_id || '|' || recipient_id || '|' || visible_from || '|' || coalesce(due_on::text, '')
                               || '|' || coalesce(resolved_on::text, '') || '|' || coalesce(detail, '')
                        FROM inbox_item WHERE employee_id IN (?, ?, ?, ?) ORDER BY item_id COLLATE "C" """)
                .params(ada, alan, barbara, grace).query(String.class).list());
    }

    private long ourEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?, ?, ?, ?, ?)")
                .params(hedy, grace, ada, alan, barbara, linus).query(Long.class).single();
    }

    private Http as(String subject, String... roles) {
        return Http.at(port).as(subject, roles);
    }

    private Http hr() {
        return Http.at(port).as("HR-" + suffix, "HR");
    }

    private static boolean kind(JsonNode item, String kind) {
        return kind.equals(item.get("kind").asString());
    }

    private static boolean about(JsonNode item, String employeeId) {
        return employeeId.equals(item.get("employeeId").asString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> ids(JsonNode conversations) {
        return StreamSupport.stream(conversations.spliterator(), false)
                .map(conversation -> conversation.get("conversationId").asString()).toList();
    }
}
