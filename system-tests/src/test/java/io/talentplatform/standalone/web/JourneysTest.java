package io.talentplatform.standalone.web;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.standalone.StandaloneApplication;
import io.talentplatform.standalone.web.Browser.Visit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser, one journey per kind of user, with the team of SCENARIOS.md: Grace books, prepares,
 * holds and completes a career conversation with Ada and agrees her contract; Ada reads her map, states her
 * aspiration and grants, then withdraws, her consent; the panel sees her discovered, then no more; HR searches,
 * keeps the capability catalogue, defines and opens, watches the cadence after the clock moves, records a departure
 * and an erasure; the auditor reads the timeline, the views as of a day, the access log and a rebuild's progress.
 * Every page visited is photographed
 * (web/target/screenshots), checked with axe-core, and searched for the confidential texts its viewer may not see.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.OwnTokensInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysTest {

    /** Grace's listening note: her eyes only. */
    static final String NOTE = "frustration with the architecture board looks like ambition with nowhere to go";
    /** Ada's own words: Ada and Grace only. */
    static final String NARRATIVE = "I want to set technical direction, not just follow it";
    /** What draws Ada, in her words (seed 001): Ada and Grace only. */
    static final String DRAWN_TO = "untangling systems that many teams depend on";
    /** What Ada is leaving behind: Ada and Grace only. */
    static final String MOVING_AWAY_FROM = "being the one who fixes every incident at night";
    /** The honest caveat of Ada's contract: Ada and Grace only. */
    static final String CAVEAT = "no Staff opening in the next 12 months";
    static final String EVIDENCE = "redesigned the cache, beyond her 18 months ago";
    /** Ada's reason for contesting a record: Ada, Grace and auditors only. */
    static final String CONTEST_REASON = "the redesign was mine end to end, not shared with the team";
    /** Why the panel put Barbara in a talent pool: HR and panels only, never Barbara. */
    static final String POOL_REASON = "steady under pressure in every incident review";
    /** What Barbara wants to ask her mentor: Barbara and Grace only (the contract's commitment). */
    static final String MENTORING_NOTE = "how did your first year of leading go";

    @LocalServerPort
    int port;
    @Autowired
    PlatformClock clock;

    private final List<Visit> visits = Collections.synchronizedList(new ArrayList<>());
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeAll
    void theTeamOfTheScenarios() {
        Browser.requireChromium();
        Http hr = api("HR-1", "HR");
        register(hr, "D-1", "Hedy", "Director of Engineering", "D1", "Engineering", null);
        register(hr, "M-1", "Grace", "Engineering Manager", "M1", "Engineering", "D-1");
        register(hr, "E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-1");
        register(hr, "E-2", "Alan", "Senior Engineer", "L5", "Engineering", "M-1");
        register(hr, "E-3", "Barbara", "Engineer", "L4", "Engineering", "M-1");
        register(hr, "M-2", "Linus", "Product Manager", "M1", "Product", null);
        hr.post("/api/v1/roles", """
                {"roleId":"R-STAFF","title":"Staff Engineer","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"staff-engineering","requiredCapabilities":[{"capability":"distributed-systems",
                 "minLevel":4}]}""").ok();
    }

    @AfterAll
    void leaveTheClockAsItWas() {
        clock.resetForTests();
    }

    @Test
    @Order(1)
    void graceHoldsACareerConversationWithAdaAndAgreesHerContract() {
        try (Browser grace = Browser.open(port, "manager", visits)) {
            grace.signIn("M-1", "MANAGER", "EMPLOYEE").go("/team");
            assertThat(grace.text()).contains("Ada", "Alan", "Barbara");

            grace.go("/team/E-1/conversations/new");
            String now = Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().substring(0, 16);
            grace.submit("Book it", Map.of("kind", "FULL", "trigger", "QUARTERLY", "scheduledFor", now,
                    "plannedMinutes", "30"));
            assertThat(grace.text()).as("the platform's refusal, and what was typed kept").contains("45 minutes");
            assertThat(grace.driver().findElement(org.openqa.selenium.By.name("plannedMinutes"))
                    .getAttribute("value")).isEqualTo("30");
            grace.submit("Book it", Map.of("plannedMinutes", "90"));
            assertThat(grace.text()).contains("Full career conversation with Ada", "light reflection prompt");
            assertThat(grace.driver().findElement(org.openqa.selenium.By.id("prompt-text")).getText())
                    .as("seed 001's prompt, as the API answers it").contains("what energises you most");
            assertThat(grace.text()).as("dates as the browser's locale (en-GB) writes them")
                    .contains(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)
                            .format(LocalDate.now(ZoneOffset.UTC)));

            grace.press("I have sent it");
            assertThat(grace.text()).contains("You sent it on");
            grace.submit("Record that it was held", Map.of("actualMinutes", "85"));
            assertThat(grace.text()).contains("Complete it with its outcomes", "The written summary");

            // The platform reaches out: the summary is due, on the home page, with the way to it.
            grace.go("/").awaitText("Share the written summary of your conversation with Ada");
            grace.follow("Share the written summary of your conversation with Ada");
            grace.submit("I shared it", Map.of("summary", "the design review is yours; I introduce you to the architect"));
            assertThat(grace.text()).contains("You shared it on", "the design review is yours");

            grace.follow("Record what it taught about their Career Capital");
            grace.submit("Record the capability", Map.of("capability", "distributed-systems", "level", "4",
                    "evidence", EVIDENCE, "source", "CONVERSATION"));
            grace.submit("Record the relationship", Map.of("counterpartName", "Linus", "counterpartId", "M-2",
                    "counterpartFunction", "Product", "kind", "CROSS_FUNCTIONAL_LEADER"));
            grace.submit("Record it", Map.of("decisionMakerId", "D-1", "aware", "false",
                    "basis", "has not seen the cache redesign"));
            grace.follow("Back to the conversation");
            grace.submit("Add the note", Map.of("kind", "AMBITION", "text", NOTE));
            assertThat(grace.text()).contains(NOTE);
            grace.submit("Complete the conversation", Map.of("humanCapitalUpdated", "true",
                    "relationshipCapitalAssessed", "true", "signalingGap", "IDENTIFIED",
                    "advocacyDescription", "a slot at the architecture forum",
                    "advocacyDueOn", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString(),
                    "nextConversationOn", LocalDate.now(ZoneOffset.UTC).plusDays(90).toString()));
            assertThat(grace.text()).contains("Outcomes", "a slot at the architecture forum");

            grace.go("/team/E-1").awaitText("4 of the four outcomes");
            assertThat(grace.text()).contains("distributed-systems", "Linus", "D-1");

            grace.go("/team/E-1/contract").submit("Agree the contract", Map.of(
                    "goal", "lead cross-team technical initiatives independently",
                    "evidenceOfSuccess", "design review of the auth refactor run with both teams",
                    "reviewCadence", "MONTHLY", "nextReviewOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
                    "caveat", CAVEAT, "openQuestions", "is a platform-wide role realistic?"));
            grace.fill("Add the commitment", Map.of("owner", "MANAGER", "kind", "INTRODUCTION",
                    "description", "introduce Ada to the platform architect",
                    "dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString())).pressTwice("Add the commitment");
            grace.go("/team/E-1/contract");
            assertThat(grace.text().split("introduce Ada to the platform architect", -1))
                    .as("a double click writes once (the form's idempotency key)").hasSize(2);
            grace.submit("Add the commitment", Map.of("owner", "EMPLOYEE", "kind", "OTHER",
                    "description", "lead the auth-refactor design doc",
                    "dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString()));
            assertThat(grace.text()).contains(CAVEAT, "introduce Ada to the platform architect",
                    "lead the auth-refactor design doc");
            grace.go("/follow-through");
            assertThat(grace.text()).contains("introduce Ada to the platform architect");
            grace.go("/team");
            assertThat(grace.text()).contains("Due this week");

            // The next conversation starts from the contract: Grace's own commitments first (seed 001's checklist).
            grace.go("/team/E-1/conversations/new").submit("Book it", Map.of("kind", "FULL", "trigger", "QUARTERLY",
                    "scheduledFor", LocalDate.now(ZoneOffset.UTC).plusDays(20) + "T10:00", "plannedMinutes", "90"));
            grace.awaitText("introduce Ada to the platform architect");
            String preparation = grace.driver().findElement(org.openqa.selenium.By.id("preparation")).getText();
            assertThat(preparation).contains("Start from the contract", "Your own commitments first",
                    "the design review is yours");
            assertThat(preparation.indexOf("introduce Ada to the platform architect"))
                    .as("the manager's own commitments come before the person's")
                    .isLessThan(preparation.indexOf("lead the auth-refactor design doc"));

            // "Not here", respected: Alan's transition plan, with Grace's support as a commitment.
            grace.go("/team/E-2/contract").submit("Agree the contract", Map.of(
                    "goal", "a good next step, here or elsewhere", "evidenceOfSuccess", "an offer Alan wants",
                    "reviewCadence", "MONTHLY", "nextReviewOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
            grace.submit("Agree the plan", Map.of("partialPaths", "lead the observability guild until he goes",
                    "timeline", "by the end of the year", "supportDescription", "introduce Alan to two CTOs I know",
                    "supportDueOn", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString(),
                    "supportKind", "INTRODUCTION"));
            grace.awaitText("lead the observability guild until he goes");
            assertThat(grace.text()).contains("by the end of the year", "introduce Alan to two CTOs I know");
        }
    }

    @Test
    @Order(2)
    void adaReadsHerMapStatesHerAspirationAndSharesWithPanels() {
        try (Browser ada = Browser.open(port, "employee", visits)) {
            ada.signIn("E-1", "EMPLOYEE").go("/me/career-capital").awaitText("4 of the four outcomes");
            assertThat(ada.text()).contains("distributed-systems", EVIDENCE);

            ada.go("/me/aspiration").submit("Save", Map.of("direction", "TECHNICAL_LEADERSHIP",
                    "targetRoleFamilies", "staff-engineering", "horizonYears", "40", "narrative", NARRATIVE,
                    "shareDirection", "true"));
            assertThat(ada.driver().findElement(org.openqa.selenium.By.id("horizonYears-error")).getText())
                    .as("the platform's field error, beside its field").contains("must be less than or equal to 20");
            assertThat(ada.driver().findElement(org.openqa.selenium.By.name("narrative")).getAttribute("value"))
                    .as("what was typed, kept").isEqualTo(NARRATIVE);
            ada.submit("Save", Map.of("horizonYears", "2", "drawnTo", DRAWN_TO, "movingAwayFrom", MOVING_AWAY_FROM));
            assertThat(ada.text()).contains("Technical leadership", NARRATIVE, DRAWN_TO, MOVING_AWAY_FROM,
                    "Against staff-engineering");
            ada.scrollTo("Against staff-engineering");
            ada.go("/me/consent").submit("Save", Map.of("marketplaceVisible", "true",
                    "successionDiscoverable", "true", "share", "CAPABILITIES,ASPIRATION"));
            assertThat(ada.text()).contains("Your capabilities and their evidence yes yes",
                    "The direction of your aspiration yes yes yes");
            ada.go("/me/contract");
            assertThat(ada.text()).contains(CAVEAT, "lead the auth-refactor design doc");
            ada.go("/me/openings");

            ada.go("/me/career-capital").submit("Contest it", Map.of("reason", CONTEST_REASON));
            assertThat(ada.text()).contains(CONTEST_REASON, "awaiting the manager's answer");
            ada.scrollTo("Disagreements and answers");
        }
        try (Browser grace = Browser.open(port, "manager-answers", visits)) {
            grace.signIn("M-1", "MANAGER", "EMPLOYEE").go("/team/E-1").awaitText(CONTEST_REASON);
            grace.scrollTo("Disagreements and answers");
            grace.submit("Answer", Map.of("outcome", "UPHELD", "note", "it stands: the design review named all three"));
            assertThat(grace.text()).contains("upheld: it stands", "the design review named all three");
            grace.scrollTo("Disagreements and answers");
        }
    }

    @Test
    @Order(3)
    void thePanelSeesAdaDiscoveredUntilSheWithdrawsHerConsent() {
        try (Browser panel = Browser.open(port, "panel", visits)) {
            panel.signIn("D-1", "PANEL").go("/succession");
            assertThat(panel.text()).contains("Staff Engineer");
            panel.follow("Staff Engineer").awaitText("Ada");

            try (Browser ada = Browser.open(port, "employee-withdraws", visits)) {
                ada.signIn("E-1", "EMPLOYEE").go("/me/consent").submit("Save", Map.of("marketplaceVisible", "",
                        "successionDiscoverable", "", "share", ""));
                assertThat(ada.text()).contains("Your capabilities and their evidence yes no no",
                        "The direction of your aspiration yes no no");
            }
            panel.go("/succession/roles/R-STAFF");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
                panel.go("/succession/roles/R-STAFF");
                assertThat(panel.text()).doesNotContain("Ada");
            });
            panel.submit("Nominate", Map.of("employeeId", "E-3", "readiness", "READY_3_PLUS",
                    "rationale", "growing fast on the platform team"));
            assertThat(panel.text()).contains("Barbara");
        }
    }

    @Test
    @Order(4)
    void opportunitiesBeyondVacanciesAGigAPoolAndAMentor() {
        // Linus moved into engineering management and lets himself be asked; Grace agreed a contract with Barbara.
        Http hr = api("HR-1", "HR");
        hr.post("/api/v1/roles", """
                {"roleId":"R-EMP","title":"Engineering Manager, platform","function":"Engineering","level":"M1",
                 "critical":false,"roleFamily":"engineering-management","requiredCapabilities":[
                   {"capability":"stakeholder-management","minLevel":3}]}""").ok();
        hr.post("/api/v1/employees/M-2/moves", """
                {"jobTitle":"Engineering Manager, platform","level":"M1","function":"Engineering",
                 "moveType":"CROSS_FUNCTION","effectiveOn":"%s"}""".formatted(today)).ok();
        api("M-2", "EMPLOYEE").put("/api/v1/employees/M-2/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[\"MENTOR\"]}").ok();
        api("M-1", "MANAGER").post("/api/v1/contracts", """
                {"employeeId":"E-3","goal":"lead a team within two years","evidenceOfSuccess":"runs the team's rituals",
                 "reviewCadence":"MONTHLY","nextReviewOn":"%s","openQuestions":[]}"""
                .formatted(LocalDate.now(ZoneOffset.UTC).plusDays(30))).ok();

        try (Browser hrPages = Browser.open(port, "hr-opportunities", visits)) {
            hrPages.signIn("HR-1", "HR").go("/gigs/new").submit("Post it", Map.of("kind", "GIG",
                    "title", "Run the architecture forum", "function", "Engineering", "hoursPerWeek", "4",
                    "startsOn", today, "endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(45).toString(),
                    "developsCapabilities", "stakeholder-management", "sponsorId", "D-1"));
            assertThat(hrPages.text()).contains("Run the architecture forum", "stakeholder-management", "0 / 1");
            hrPages.go("/talent-pools").submit("Create", Map.of("poolId", "future-engineering-managers",
                    "name", "Future engineering managers", "roleFamily", "engineering-management",
                    "capabilities", "stakeholder-management:3", "functions", "Engineering"));
            assertThat(hrPages.text()).contains("Future engineering managers", "Bench strength");
            hrPages.submit("Nominate", Map.of("employeeId", "E-3", "reason", POOL_REASON));
            assertThat(hrPages.text()).contains("Barbara", POOL_REASON, "nominated");
        }
        String gig = null;
        for (tools.jackson.databind.JsonNode opening : hr.get("/api/v1/openings?kind=GIG&status=OPEN&limit=200").json()
                .get("openings")) {
            if (opening.get("title").asString().equals("Run the architecture forum")) {
                gig = opening.get("openingId").asString();
            }
        }
        assertThat(gig).as("the gig HR posted on the page").isNotNull();

        try (Browser barbara = Browser.open(port, "employee-barbara", visits)) {
            barbara.signIn("E-3", "EMPLOYEE").go("/me/aspiration").submit("Save", Map.of("direction",
                    "PEOPLE_LEADERSHIP", "targetRoleFamilies", "engineering-management", "horizonYears", "2",
                    "narrative", "I want to lead a team", "shareDirection", "true"));
            barbara.go("/me/openings").awaitText("Run the architecture forum");
            assertThat(barbara.text()).contains("Growth: develops stakeholder-management");
            barbara.submitBy("note-" + gig, "I want to practise with other teams' leads", "ask-gig");
            barbara.go("/me/mentors").awaitText("Linus");
            assertThat(barbara.text()).contains("moved into Engineering Manager, platform", "Future engineering managers")
                    .doesNotContain(POOL_REASON);
            barbara.submitBy("ask-M-2", MENTORING_NOTE, "ask-mentor");
            assertThat(barbara.text()).contains("Introduce E-3 to M-2", MENTORING_NOTE);
        }
        try (Browser grace = Browser.open(port, "manager-opportunities", visits)) {
            grace.signIn("M-1", "MANAGER", "EMPLOYEE").go("/inbox")
                    .awaitText("Barbara asks to take a gig or project beside their role");
            assertThat(grace.text()).contains("Run the architecture forum");
            grace.press("Agree: they take it");
            assertThat(grace.text()).doesNotContain("Barbara asks to take a gig or project");
        }
    }

    @Test
    @Order(5)
    void hrFindsPeopleOpensAVacancyWatchesTheCadenceAndRecordsADepartureAndAnErasure() {
        try (Browser hr = Browser.open(port, "hr", visits)) {
            hr.signIn("HR-1", "HR").go("/people?query=Ada");
            assertThat(hr.text()).contains("Ada", "E-1");
            hr.go("/capabilities").submit("Add the capability", Map.of("capabilityId", "platform-strategy",
                    "label", "Platform strategy", "aliases", "platform-vision"));
            assertThat(hr.text()).contains("platform-strategy", "platform-vision", "offered");
            hr.go("/capabilities").submit("Add the capability", Map.of("capabilityId", "platform-stratgy",
                    "label", "Typo"));
            assertThat(hr.text()).as("a name close to another is HR's to add: only evidence and roles are refused")
                    .contains("platform-stratgy");
            hr.go("/roles").submit("Define the role", Map.of("roleId", "R-EM", "title", "Engineering Manager",
                    "function", "Engineering", "level", "M1", "roleFamily", "engineering-management",
                    "requiredCapabilities", "stakeholder-management:3\npeople-development:2", "critical", "true"));
            assertThat(hr.text()).contains("Engineering Manager");
            hr.press("Open a vacancy").go("/roles");
            assertThat(hr.text()).contains("See the matches");
            hr.follow("See the matches");

            hr.go("/managers");
            assertThat(breachesOfGrace(hr)).as("Alan and Barbara never had one").isEqualTo(2);
            Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"P100D\"}").ok();
            hr.go("/managers");
            assertThat(breachesOfGrace(hr)).as("a hundred days after Ada's conversation").isEqualTo(3);
            assertThat(hr.text()).contains("cadence breached");
            hr.go("/metrics");
            assertThat(hr.text()).contains("Internal mobility", "The numbers behind the bars");

            hr.go("/people/E-1").submit("Record the move", Map.of("jobTitle", "Staff Engineer", "level", "L6",
                    "function", "Engineering", "moveType", "PROMOTION", "effectiveOn",
                    clock.today().toString()));
            hr.go("/people/E-2").press("Continue");
            assertThat(hr.text()).contains("Confirm the departure", "Alan leaves on");
            hr.press("Record the departure");
            hr.awaitText("has left");
            hr.fill("Continue", Map.of("reason", "his request of this morning")).press("Continue");
            assertThat(hr.text()).contains("Confirm the erasure", "cannot be undone");
            hr.press("Erase their personal data");
            hr.go("/projections").press("Rebuild");
            assertThat(hr.text()).contains("talent-metrics");
        }
    }

    @Test
    @Order(6)
    void theAuditorReadsTheTimelineThePastAndWhoReadWhat() {
        try (Browser auditor = Browser.open(port, "auditor", visits)) {
            auditor.signIn("A-1", "AUDITOR").go("/audit");
            auditor.go("/audit/people/E-1");
            assertThat(auditor.text()).contains("CapabilityEvidenced", "by M-1 (EMPLOYEE,MANAGER)");
            auditor.go("/audit/people/E-1/as-of?date=" + today);
            String then = auditor.text();
            auditor.go("/audit/people/E-1/as-of?date=" + clock.today());
            String now = auditor.text();
            assertThat(then).contains("Senior Engineer").doesNotContain("Staff Engineer ·");
            assertThat(now).contains("Staff Engineer");
            assertThat(then).isNotEqualTo(now);
            auditor.go("/audit/roles/R-STAFF/as-of?date=" + clock.today());
            assertThat(auditor.text()).contains("Barbara");
            assertThat(auditor.driver().findElement(org.openqa.selenium.By.cssSelector("form[method=get]"))
                    .getAttribute("action")).as("another day, for the same role").endsWith("/audit/roles/R-STAFF/as-of");
            auditor.go("/audit/access-log?subject=E-1");
            assertThat(auditor.text()).contains("M-1 (EMPLOYEE, MANAGER)");
            auditor.go("/projections");
            assertThat(auditor.text()).contains("career-capital", "talent-metrics");
        }
    }

    @Test
    @Order(7)
    void everyPageMeetsWcagAndShowsNothingConfidentialOutsideItsAudience() {
        assertThat(visits).hasSizeGreaterThan(40);
        List<String> violations = new ArrayList<>();
        for (Visit visit : visits) {
            visit.violations().forEach(violation -> violations.add(visit.viewer() + " " + visit.url() + ": "
                    + violation));
        }
        assertThat(violations).as("axe-core violations of impact serious or critical").isEmpty();

        // "manager-answers" is Grace again, answering Ada's contest.
        Map<String, Set<String>> audience = Map.of(NOTE, Set.of("manager", "manager-answers"),
                NARRATIVE, Set.of("manager", "manager-answers", "employee", "employee-withdraws"),
                DRAWN_TO, Set.of("manager", "manager-answers", "employee", "employee-withdraws"),
                MOVING_AWAY_FROM, Set.of("manager", "manager-answers", "employee", "employee-withdraws"),
                CAVEAT, Set.of("manager", "manager-answers", "employee", "employee-withdraws"),
                CONTEST_REASON, Set.of("employee", "manager-answers", "auditor"),
                POOL_REASON, Set.of("hr-opportunities", "auditor"),
                MENTORING_NOTE, Set.of("employee-barbara", "manager-opportunities", "manager", "manager-answers",
                        "auditor"));
        for (Visit visit : visits) {
            audience.forEach((text, viewers) -> {
                if (!viewers.contains(visit.viewer())) {
                    assertThat(visit.source()).as("%s on %s", visit.viewer(), visit.url()).doesNotContain(text);
                }
            });
        }
        assertThat(visits.stream().filter(visit -> visit.viewer().equals("manager"))
                .anyMatch(visit -> visit.source().contains(NOTE))).as("the check can see the note").isTrue();
    }

    /**
     * An operator tries the API from Swagger UI: the document names the bearer scheme, so Authorize takes a token,
     * and "Try it out" on a read answers 200 instead of 401. Its own visits: Swagger UI is not one of our pages, and
     * is held to no audit of ours.
     */
    @Test
    @Order(8)
    void anOperatorCallsTheApiFromSwaggerUiWithAToken() {
        String token = Http.at(port).post("/api/v1/dev/tokens", "{\"sub\":\"HR-1\",\"roles\":[\"HR\"]}").json()
                .get("token").asString();
        try (Browser operator = Browser.open(port, "operator", new ArrayList<>())) {
            operator.go("/swagger-ui/index.html");
            org.openqa.selenium.WebDriver driver = operator.driver();
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")))
                    .sendKeys(token);
            driver.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
            driver.findElement(By.cssSelector(".auth-btn-wrapper button.btn-done")).click();
            WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//div[contains(@class,'opblock-get')][.//*[@data-path='/api/v1/capabilities']]")));
            WebElement summary = operation.findElement(By.cssSelector(".opblock-summary"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", summary);
            summary.click();
            wait.until(d -> operation.findElement(By.cssSelector(".try-out__btn"))).click();
            wait.until(d -> operation.findElement(By.cssSelector("button.execute"))).click();
            WebElement status = wait.until(d -> operation.findElement(
                    By.cssSelector(".live-responses-table .response .response-col_status")));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", status);
            operator.photograph("swagger-ui-tried");
            assertThat(status.getText().trim()).as("Swagger UI's call with the token").startsWith("200");
            assertThat(operation.findElement(By.cssSelector(".live-responses-table")).getText())
                    .contains("catalogueVersion");
        }
    }

    private int breachesOfGrace(Browser hr) {
        String row = hr.driver().findElement(org.openqa.selenium.By.xpath("//tr[th[contains(., 'Grace')]]"))
                .getText();
        return Integer.parseInt(row.split("\\s+")[3]);
    }

    private Http api(String subject, String role) {
        Answer token = Http.at(port).post("/api/v1/dev/tokens", "{\"sub\":\"%s\",\"roles\":[\"%s\"]}"
                .formatted(subject, role));
        return Http.at(port).header("Authorization", "Bearer " + token.json().get("token").asString());
    }

    private static void register(Http hr, String id, String name, String title, String level, String function,
                                 String manager) {
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"%s","level":"%s","function":"%s"%s}"""
                .formatted(id, name, title, level, function,
                        manager == null ? "" : ",\"managerId\":\"" + manager + "\"")).ok();
    }
}
