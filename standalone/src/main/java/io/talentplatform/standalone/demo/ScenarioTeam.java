package io.talentplatform.standalone.demo;

import io.talentplatform.platform.security.TokenMint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team of SCENARIOS.md (Grace and her reports Ada, Alan and Barbara, Hedy above her, Linus in Product) with the
 * first quarter of their story, played through the platform's own HTTP API as each of them would: registered by HR,
 * Ada's full career conversation held and completed with its four outcomes, her contract agreed, Alan's that produced
 * two, Barbara's check-in booked, the Staff Engineer slate and an Engineering Manager opening; and Katherine, who made
 * the move to engineering management and may be asked as a mentor, a gig and a talent pool. The pages' sign-in offers
 * these people first.
 */
final class ScenarioTeam {

    private static final Logger log = LoggerFactory.getLogger(ScenarioTeam.class);
    private static final Pattern ID = Pattern.compile("\"(conversationId|contractId)\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final TokenMint mint;

    ScenarioTeam(int port, TokenMint mint) {
        this.base = "http://127.0.0.1:" + port;
        this.mint = mint;
    }

    void play() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        register("D-1", "Hedy", "Director of Engineering", "D1", "Engineering", null);
        register("M-1", "Grace", "Engineering Manager", "M1", "Engineering", "D-1");
        register("E-1", "Ada", "Senior Engineer", "L5", "Engineering", "M-1");
        register("E-2", "Alan", "Senior Engineer", "L5", "Engineering", "M-1");
        register("E-3", "Barbara", "Engineer", "L4", "Engineering", "M-1");
        register("M-2", "Linus", "Product Manager", "M1", "Product", null);
        register("M-3", "Katherine", "Senior Engineer", "L5", "Engineering", "D-1");
        send("HR-1", "HR", "POST", "/api/v1/roles", """
                {"roleId":"R-STAFF","title":"Staff Engineer","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"staff-engineering","requiredCapabilities":[{"capability":"distributed-systems",
                 "minLevel":4}]}""");
        send("HR-1", "HR", "POST", "/api/v1/roles", """
                {"roleId":"R-EM","title":"Engineering Manager","function":"Engineering","level":"M1","critical":true,
                 "roleFamily":"engineering-management","requiredCapabilities":[{"capability":"stakeholder-management",
                 "minLevel":3},{"capability":"people-development","minLevel":2}]}""");
        send("HR-1", "HR", "POST", "/api/v1/roles/R-EM/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":true}".formatted(today));

        // Q1, Ada: the full conversation of seeds 000 and 001, and her contract.
        String ada = grace("POST", "/api/v1/conversations", """
                {"employeeId":"E-1","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":90}"""
                .formatted(now.minus(2, ChronoUnit.HOURS)), "conversationId");
        grace("POST", "/api/v1/conversations/" + ada + "/prompt-sent",
                "{\"sentAt\":\"%s\"}".formatted(now.minus(3, ChronoUnit.HOURS)), null);
        grace("POST", "/api/v1/conversations/" + ada + "/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":85}".formatted(now.minus(1, ChronoUnit.HOURS)), null);
        grace("POST", "/api/v1/employees/E-1/capabilities", """
                {"capability":"distributed-systems","level":4,"evidence":"redesigned the cache, beyond her 18 months ago",
                 "source":"CONVERSATION","observedOn":"%s","conversationId":"%s"}""".formatted(today, ada), null);
        grace("POST", "/api/v1/employees/E-1/relationships", """
                {"counterpartId":"M-2","counterpartName":"Linus","counterpartFunction":"Product",
                 "kind":"CROSS_FUNCTIONAL_LEADER","conversationId":"%s"}""".formatted(ada), null);
        grace("POST", "/api/v1/employees/E-1/signals", """
                {"decisionMakerId":"D-1","aware":false,"basis":"has not seen the cache redesign",
                 "conversationId":"%s"}""".formatted(ada), null);
        send("E-1", "EMPLOYEE", "POST", "/api/v1/employees/E-1/aspirations", """
                {"direction":"TECHNICAL_LEADERSHIP","targetRoleFamilies":["staff-engineering"],"horizonYears":2,
                 "narrative":"I want to set technical direction, not just follow it","shareDirection":true,
                 "conversationId":"%s"}""".formatted(ada));
        grace("POST", "/api/v1/conversations/" + ada + "/notes", """
                {"kind":"AMBITION","text":"frustration with the architecture board looks like ambition with nowhere to go"}""",
                null);
        grace("POST", "/api/v1/conversations/" + ada + "/complete", """
                {"outcomes":{"humanCapitalUpdated":true,"relationshipCapitalAssessed":true,"signalingGap":"IDENTIFIED",
                 "advocacyAction":{"description":"a slot at the architecture forum","dueOn":"%s"}},
                 "nextConversationOn":"%s"}""".formatted(today.plusDays(30), today.plusDays(90)), null);
        String contract = grace("POST", "/api/v1/contracts", """
                {"employeeId":"E-1","goal":"lead cross-team technical initiatives independently",
                 "evidenceOfSuccess":"design review of the auth refactor run with both teams","reviewCadence":"MONTHLY",
                 "nextReviewOn":"%s","caveat":"no Staff opening in the next 12 months",
                 "openQuestions":["is a platform-wide role realistic?"],"conversationId":"%s"}"""
                .formatted(today.plusDays(30), ada), "contractId");
        grace("POST", "/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"EMPLOYEE","description":"lead the auth-refactor design doc","dueOn":"%s"}"""
                .formatted(today.plusDays(60)), null);
        grace("POST", "/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","kind":"INTRODUCTION","description":"introduce Ada to the platform architect",
                 "dueOn":"%s"}""".formatted(today.plusDays(14)), null);
        grace("POST", "/api/v1/contracts/" + contract + "/summary-shared",
                "{\"sharedAt\":\"%s\"}".formatted(now), null);
        send("E-1", "EMPLOYEE", "PUT", "/api/v1/employees/E-1/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\",\"ASPIRATION\"]}");

        // Q1, Alan: "I'm happy where I am" - the answer that is too clean; two of the four outcomes.
        String alan = grace("POST", "/api/v1/conversations", """
                {"employeeId":"E-2","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":60}"""
                .formatted(now.minus(5, ChronoUnit.HOURS)), "conversationId");
        grace("POST", "/api/v1/conversations/" + alan + "/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":50}".formatted(now.minus(4, ChronoUnit.HOURS)), null);
        grace("POST", "/api/v1/conversations/" + alan + "/notes",
                "{\"kind\":\"TOO_CLEAN\",\"text\":\"happy where he is, just wants to keep doing good work\"}", null);
        send("E-2", "EMPLOYEE", "POST", "/api/v1/employees/E-2/aspirations", """
                {"direction":"UNDECIDED","targetRoleFamilies":[],"horizonYears":3,"narrative":"keep doing good work",
                 "shareDirection":false}""");
        grace("POST", "/api/v1/conversations/" + alan + "/complete",
                "{\"outcomes\":{\"humanCapitalUpdated\":true,\"relationshipCapitalAssessed\":false,"
                        + "\"signalingGap\":\"NONE\"}}", null);

        // Q1, Barbara: back from leave, a check-in first.
        grace("POST", "/api/v1/conversations", """
                {"employeeId":"E-3","kind":"CHECK_IN","trigger":"TRANSITION_POINT","scheduledFor":"%s",
                 "plannedMinutes":20}""".formatted(now.plus(2, ChronoUnit.DAYS)), "conversationId");
        send("E-3", "EMPLOYEE", "POST", "/api/v1/employees/E-3/capabilities", """
                {"capability":"stakeholder-management","level":2,"evidence":"ran the release planning with Product",
                 "source":"SELF","observedOn":"%s"}""".formatted(today));
        send("E-3", "EMPLOYEE", "PUT", "/api/v1/employees/E-3/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}");

        // Opportunities beyond vacancies: Katherine made the move to engineering management eight months ago and may
        // be asked as a mentor; Barbara aims at it; a gig develops what its roles ask; a pool prepares people for it.
        send("HR-1", "HR", "POST", "/api/v1/employees/M-3/moves", """
                {"jobTitle":"Engineering Manager","level":"M1","function":"Engineering","moveType":"PROMOTION",
                 "effectiveOn":"%s"}""".formatted(today.minusDays(240)));
        send("M-3", "EMPLOYEE", "PUT", "/api/v1/employees/M-3/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[\"MENTOR\"]}");
        send("E-3", "EMPLOYEE", "POST", "/api/v1/employees/E-3/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["engineering-management"],"horizonYears":2,
                 "narrative":"I want to lead a team one day","shareDirection":true}""");
        send("HR-1", "HR", "POST", "/api/v1/openings", """
                {"kind":"GIG","title":"Run the architecture forum","function":"Engineering","hoursPerWeek":4,
                 "startsOn":"%s","endsOn":"%s","requiredCapabilities":[],"developsCapabilities":["stakeholder-management"],
                 "sponsorId":"D-1"}""".formatted(today.plusDays(7), today.plusDays(60)));
        send("HR-1", "HR", "POST", "/api/v1/talent-pools", """
                {"poolId":"future-engineering-managers","name":"Future engineering managers","confidential":false,
                 "roleFamily":"engineering-management",
                 "rule":{"capabilities":[{"capability":"stakeholder-management","minLevel":3}],"functions":["Engineering"]}}""");
        send("D-1", "PANEL", "POST", "/api/v1/talent-pools/future-engineering-managers/members",
                "{\"employeeId\":\"E-3\",\"reason\":\"ran the release planning with Product\"}");

        // Hedy's panel puts Ada on the Staff Engineer slate.
        send("D-1", "PANEL", "POST", "/api/v1/roles/R-STAFF/successors",
                "{\"employeeId\":\"E-1\",\"readiness\":\"READY_1_2_YEARS\",\"rationale\":\"ran the cache redesign\"}");
        log.info("The team of SCENARIOS.md is in: sign in as Grace (M-1), Ada (E-1), HR-1, Hedy (D-1) or A-1");
    }

    private void register(String id, String name, String title, String level, String function, String manager) {
        send("HR-1", "HR", "POST", "/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"%s","level":"%s","function":"%s"%s}"""
                .formatted(id, name, title, level, function,
                        manager == null ? "" : ",\"managerId\":\"" + manager + "\""));
    }

    /** As Grace, Ada's and Alan's manager; the id named {@code field} of the answer, if asked for. */
    private String grace(String method, String path, String json, String field) {
        String body = send("M-1", "MANAGER", method, path, json);
        if (field == null) {
            return null;
        }
        Matcher matcher = ID.matcher(body);
        while (matcher.find()) {
            if (matcher.group(1).equals(field)) {
                return matcher.group(2);
            }
        }
        throw new IllegalStateException(path + " answered no " + field + ": " + body);
    }

    private String send(String subject, String role, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + mint.mint(subject, List.of(role), Duration.ofMinutes(5)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
