package io.talentplatform.standalone.security;

import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Grant;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.testing.PeoplesEvents;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static io.talentplatform.platform.security.Relationship.ANY_PERSON;
import static io.talentplatform.platform.security.Relationship.CURRENT_MANAGER;
import static io.talentplatform.platform.security.Relationship.SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated from the {@link Access} table: every endpoint called as every kind of caller. A caller the table allows
 * gets 2xx; every other caller gets 403 and, for commands, nothing is appended. Every endpoint the application
 * serves under /api/v1 must be in the table.
 */
@StandaloneTest
class AuthorizationMatrixTest {

    /** The kinds of caller, relative to a fresh team: each a role standing in one relationship to the person. */
    enum Caller {
        HR("HR", ANY_PERSON), PANEL("PANEL", ANY_PERSON), AUDITOR("AUDITOR", ANY_PERSON),
        SELF_("EMPLOYEE", SELF), CURRENT_MANAGER_("MANAGER", CURRENT_MANAGER),
        OTHER_MANAGER("MANAGER", null), OTHER_EMPLOYEE("EMPLOYEE", null),
        SELF_WITHOUT_EMPLOYEE_ROLE("PANEL", SELF), SELF_AS_MANAGER("MANAGER", SELF);

        final String role;
        final io.talentplatform.platform.security.Relationship relationship;

        Caller(String role, io.talentplatform.platform.security.Relationship relationship) {
            this.role = role;
            this.relationship = relationship;
        }

        boolean allowedBy(Access access) {
            for (Grant grant : access.grants()) {
                boolean role = grant.role().name().equals(this.role);
                boolean stands = grant.relationship() == ANY_PERSON || grant.relationship() == relationship;
                if (role && stands) {
                    return true;
                }
            }
            return false;
        }

        Http client(TestTeam team) {
            Http http = Http.at(team.port());
            return switch (this) {
                case HR -> http.as("HR-1", role);
                case PANEL -> http.as("P-1", role);
                case AUDITOR -> http.as("A-1", role);
                case SELF_, SELF_WITHOUT_EMPLOYEE_ROLE, SELF_AS_MANAGER -> http.as(team.employee(), role);
                case CURRENT_MANAGER_ -> http.as(team.manager(), role);
                case OTHER_MANAGER -> http.as(team.otherManager(), role);
                case OTHER_EMPLOYEE -> http.as(team.otherEmployee(), role);
            };
        }
    }

    record Call(String path, String body, String contentType) {

        Call(String path, String body) {
            this(path, body, "application/json");
        }
    }

    /** How to call each endpoint for a fresh team. A missing entry fails {@link #everyEndpointHasACall()}. */
    private static final Map<Access, Function<TestTeam, Call>> CALLS = new EnumMap<>(Access.class);
    /** Calls whose set-up depends on who calls (a commitment is completed or moved only by its owner's side). */
    private static final Map<Access, java.util.function.BiFunction<TestTeam, Caller, Call>> CALLER_CALLS =
            new EnumMap<>(Access.class);

    static {
        String today = LocalDate.now().toString();
        CALLS.put(Access.REGISTER_EMPLOYEE, team -> new Call("/api/v1/employees", """
                {"employeeId":"N-%s","displayName":"New","jobTitle":"Engineer","level":"L3","function":"Engineering"}"""
                .formatted(System.nanoTime())));
        CALLS.put(Access.CHANGE_MANAGER, team -> new Call(person(team) + "/manager",
                "{\"managerId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(team.otherManager(), today)));
        CALLS.put(Access.RECORD_MOVE, team -> new Call(person(team) + "/moves", """
                {"jobTitle":"Senior Engineer","level":"L5","function":"Engineering","moveType":"PROMOTION",
                 "effectiveOn":"%s"}""".formatted(today)));
        CALLS.put(Access.RECORD_DEPARTURE, team -> new Call(person(team) + "/departure",
                "{\"effectiveOn\":\"%s\",\"reason\":\"VOLUNTARY\",\"regretted\":true}".formatted(today)));
        CALLS.put(Access.ERASE_PERSONAL_DATA, team -> {
            team.hr().post(person(team) + "/departure",
                    "{\"effectiveOn\":\"%s\",\"reason\":\"VOLUNTARY\",\"regretted\":false}".formatted(today));
            return new Call(person(team) + "/erasure", "{\"requestedBy\":\"HR-1\",\"reason\":\"request\"}");
        });
        CALLS.put(Access.RECORD_CAPABILITY, team -> new Call(person(team) + "/capabilities", """
                {"capability":"mentoring","level":3,"evidence":"mentored two","source":"SELF","observedOn":"%s"}"""
                .formatted(today)));
        CALLS.put(Access.MAP_RELATIONSHIP, team -> new Call(person(team) + "/relationships",
                "{\"counterpartName\":\"Linus\",\"counterpartFunction\":\"Product\",\"kind\":\"MENTOR\"}"));
        CALLS.put(Access.ASSESS_SIGNAL, team -> new Call(person(team) + "/signals",
                "{\"decisionMakerId\":\"D-1\",\"aware\":false,\"basis\":\"has not seen the work\"}"));
        CALLS.put(Access.STATE_ASPIRATION, team -> new Call(person(team) + "/aspirations", """
                {"direction":"DOMAIN_DEPTH","targetRoleFamilies":[],"horizonYears":2,"narrative":"go deep",
                 "shareDirection":false}"""));
        CALLS.put(Access.RECORD_CONSENT, team -> new Call(person(team) + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}"));
        CALLS.put(Access.ASSESS_READINESS, team -> new Call(person(team) + "/readiness",
                "{\"roleFamily\":\"staff-engineering\",\"readiness\":\"READY_NOW\",\"rationale\":\"ready\"}"));
        CALLS.put(Access.CONTEST_RECORD, team -> {
            team.asManager().post(person(team) + "/readiness",
                    "{\"roleFamily\":\"staff-engineering\",\"readiness\":\"NOT_A_FIT\",\"rationale\":\"no\"}").ok();
            return new Call(person(team) + "/contests",
                    "{\"subject\":{\"kind\":\"READINESS\",\"id\":\"staff-engineering\"},\"reason\":\"I disagree\"}");
        });
        CALLS.put(Access.ANSWER_CONTEST, team -> {
            team.asManager().post(person(team) + "/readiness",
                    "{\"roleFamily\":\"staff-engineering\",\"readiness\":\"NOT_A_FIT\",\"rationale\":\"no\"}").ok();
            String contest = team.asEmployee().post(person(team) + "/contests",
                    "{\"subject\":{\"kind\":\"READINESS\",\"id\":\"staff-engineering\"},\"reason\":\"I disagree\"}")
                    .ok().json().get("contestId").asString();
            return new Call("/api/v1/contests/" + contest + "/answer", "{\"outcome\":\"UPHELD\",\"note\":\"it stands\"}");
        });
        CALLS.put(Access.SCHEDULE_CONVERSATION, team -> new Call("/api/v1/conversations", """
                {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":60}"""
                .formatted(team.employee(), Instant.now().plus(2, ChronoUnit.DAYS))));
        CALLS.put(Access.SEND_REFLECTION_PROMPT, team -> new Call(conversation(team.scheduleConversation())
                + "/prompt-sent", "{\"sentAt\":\"%s\"}".formatted(Instant.now().minusSeconds(60))));
        CALLS.put(Access.WRITE_REFLECTION_PROMPT, team -> new Call(conversation(team.scheduleConversation())
                + "/prompt", "{\"prompt\":\"what would you like to be known for?\"}"));
        CALLS.put(Access.SHARE_CONVERSATION_SUMMARY, team -> new Call(conversation(team.heldConversation())
                + "/summary", "{\"sharedAt\":\"%s\",\"summary\":\"what we agreed\"}"
                .formatted(Instant.now().minusSeconds(30))));
        CALLS.put(Access.RESCHEDULE_CONVERSATION, team -> new Call(conversation(team.scheduleConversation())
                + "/reschedule", "{\"scheduledFor\":\"%s\",\"reason\":\"clash\"}"
                .formatted(Instant.now().plus(9, ChronoUnit.DAYS))));
        CALLS.put(Access.HOLD_CONVERSATION, team -> new Call(conversation(team.scheduleConversation()) + "/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":60}".formatted(Instant.now().minusSeconds(60))));
        CALLS.put(Access.RECORD_LISTENING_NOTE, team -> new Call(conversation(team.heldConversation()) + "/notes",
                "{\"kind\":\"BURNOUT\",\"text\":\"flat answers lately\"}"));
        CALLS.put(Access.COMPLETE_CONVERSATION, team -> new Call(conversation(team.heldConversation())
                + "/complete", "{\"outcomes\":{\"humanCapitalUpdated\":true,\"relationshipCapitalAssessed\":false,"
                + "\"signalingGap\":\"NONE\"}}"));
        CALLS.put(Access.CANCEL_CONVERSATION, team -> new Call(conversation(team.scheduleConversation())
                + "/cancel", "{\"reason\":\"moved team\"}"));
        CALLS.put(Access.OPEN_CONTRACT, team -> new Call("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead","evidenceOfSuccess":"a review run","reviewCadence":"QUARTERLY",
                 "nextReviewOn":"%s"}""".formatted(team.employee(), LocalDate.now().plusDays(60))));
        CALLS.put(Access.REVISE_CONTRACT, team -> new Call("/api/v1/contracts/" + team.openContract() + "/revisions",
                "{\"goal\":\"lead people\",\"reason\":\"goals changed\"}"));
        CALLS.put(Access.MAKE_COMMITMENT, team -> new Call("/api/v1/contracts/" + team.openContract()
                + "/commitments", "{\"owner\":\"EMPLOYEE\",\"description\":\"write the doc\",\"dueOn\":\"%s\"}"
                .formatted(LocalDate.now().plusDays(10))));
        CALLER_CALLS.put(Access.COMPLETE_COMMITMENT, (team, caller) -> {
            String contract = team.openContract();
            String owner = caller == Caller.CURRENT_MANAGER_ ? "MANAGER" : "EMPLOYEE";
            return new Call("/api/v1/contracts/" + contract + "/commitments/" + team.commitment(contract, owner)
                    + "/complete", "{\"completedOn\":\"%s\"}".formatted(today));
        });
        CALLER_CALLS.put(Access.RESCHEDULE_COMMITMENT, (team, caller) -> {
            String contract = team.openContract();
            String owner = caller == Caller.CURRENT_MANAGER_ ? "MANAGER" : "EMPLOYEE";
            return new Call("/api/v1/contracts/" + contract + "/commitments/" + team.commitment(contract, owner)
                    + "/reschedule", "{\"dueOn\":\"%s\",\"reason\":\"moved\"}"
                    .formatted(LocalDate.now().plusDays(30)));
        });
        CALLS.put(Access.WITHDRAW_COMMITMENT, team -> {
            String contract = team.openContract();
            return new Call("/api/v1/contracts/" + contract + "/commitments/" + team.commitment(contract, "MANAGER")
                    + "/withdraw", "{\"reason\":\"no longer useful\"}");
        });
        CALLS.put(Access.REVIEW_CONTRACT, team -> new Call("/api/v1/contracts/" + team.openContract() + "/reviews",
                "{\"reviewedOn\":\"%s\",\"progress\":\"doc drafted\",\"nextReviewOn\":\"%s\"}"
                        .formatted(today, LocalDate.now().plusDays(31))));
        CALLS.put(Access.SHARE_CONTRACT_SUMMARY, team -> new Call("/api/v1/contracts/" + team.openContract()
                + "/summary-shared", "{\"sharedAt\":\"%s\"}".formatted(Instant.now().minusSeconds(30))));
        CALLS.put(Access.AGREE_TRANSITION_PLAN, team -> new Call("/api/v1/contracts/" + team.openContract()
                + "/transition-plan", "{\"partialPaths\":[\"lead the guild\"],\"timeline\":\"six months\"}"));
        CALLS.put(Access.CLOSE_CONTRACT, team -> new Call("/api/v1/contracts/" + team.openContract() + "/close",
                "{\"reason\":\"GOAL_MET\"}"));
        CALLS.put(Access.READ_CONTRACT, team -> {
            team.openContract();
            return new Call(person(team) + "/contract?minPosition=" + team.settle(), null);
        });
        CALLS.put(Access.READ_FOLLOW_THROUGH, team -> new Call("/api/v1/managers/" + team.employee()
                + "/follow-through?minPosition=" + team.settle(), null));
        CALLS.put(Access.READ_GAPS, team -> new Call(person(team) + "/gaps?roleFamily=staff-engineering&minPosition="
                + team.settle(), null));
        CALLS.put(Access.READ_CAREER_CAPITAL, team -> {
            long position = team.asEmployee().put(person(team) + "/consent",
                    "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[]}").position();
            return new Call(person(team) + "/career-capital?minPosition=" + position, null);
        });
    }

    static {
        CALLS.put(Access.DEFINE_ROLE, team -> new Call("/api/v1/roles", role("R-" + System.nanoTime())));
        CALLS.put(Access.ADD_CAPABILITY, team -> new Call("/api/v1/capabilities",
                "{\"capabilityId\":\"%s\",\"label\":\"A capability\"}".formatted(newCapability())));
        CALLS.put(Access.ALIAS_CAPABILITY, team -> new Call("/api/v1/capabilities/" + capability(team) + "/aliases",
                "{\"alias\":\"%s\"}".formatted(newCapability())));
        CALLS.put(Access.MERGE_CAPABILITY, team -> new Call("/api/v1/capabilities/" + capability(team) + "/merge",
                "{\"into\":\"%s\"}".formatted(capability(team))));
        CALLS.put(Access.DEPRECATE_CAPABILITY, team -> new Call("/api/v1/capabilities/" + capability(team)
                + "/deprecate", "{\"reason\":\"no longer used\"}"));
        CALLS.put(Access.IMPORT_CAPABILITIES, team -> new Call("/api/v1/capabilities/import",
                "conceptUri,preferredLabel,altLabels,skillType,reuseLevel,description\n"
                        + "http://example.test/esco-fixture/%1$s,%1$s,,skill/competence,transversal,A fixture row.\n"
                        .formatted(newCapability()), "text/csv"));
        CALLS.put(Access.MAP_CAPABILITY_NAME, team -> new Call("/api/v1/capabilities/map",
                "{\"name\":\"free-%d\",\"into\":\"mentoring\"}".formatted(System.nanoTime())));
        CALLS.put(Access.READ_UNMAPPED_CAPABILITIES, team -> new Call("/api/v1/capabilities/unmapped", null));
        CALLS.put(Access.READ_CAPABILITIES, team -> new Call("/api/v1/capabilities?query=a", null));
        CALLS.put(Access.OPEN_OPENING, team -> new Call("/api/v1/roles/" + definedRole(team) + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now())));
        CALLS.put(Access.FILL_OPENING, team -> new Call("/api/v1/openings/" + opening(team) + "/fill",
                "{\"filledOn\":\"%s\",\"employeeId\":\"%s\"}".formatted(LocalDate.now(), team.employee())));
        CALLS.put(Access.NOMINATE_SUCCESSOR, team -> new Call("/api/v1/roles/" + definedRole(team) + "/successors",
                nomination(team)));
        CALLS.put(Access.REMOVE_SUCCESSOR, team -> {
            String role = definedRole(team);
            Answer nominated = panel(team).post("/api/v1/roles/" + role + "/successors", nomination(team));
            assertThat(nominated.status()).as(nominated.toString()).isEqualTo(200);
            return new Call("/api/v1/roles/" + role + "/successors/" + team.employee() + "?reason=moved", null);
        });
        CALLS.put(Access.READ_SUCCESSION, team -> {
            Answer defined = team.hr().post("/api/v1/roles", role("R-" + System.nanoTime()));
            return new Call("/api/v1/succession/roles/" + defined.json().get("roleId").asString() + "?minPosition="
                    + defined.position(), null);
        });
        CALLS.put(Access.READ_SUCCESSION_COVERAGE, team -> new Call("/api/v1/succession/coverage", null));
        CALLS.put(Access.READ_OPENING_MATCHES, team -> {
            Answer opened = team.hr().post("/api/v1/roles/" + definedRole(team) + "/openings",
                    "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now()));
            return new Call("/api/v1/mobility/openings/" + opened.json().get("openingId").asString()
                    + "/matches?minPosition=" + opened.position(), null);
        });
        CALLS.put(Access.READ_EMPLOYEE_MATCHES, team -> new Call("/api/v1/mobility/employees/" + team.employee()
                + "/matches?minPosition=" + team.settle(), null));
        CALLS.put(Access.READ_EVENT_HISTORY, team -> new Call("/api/v1/audit/streams/employee/" + team.employee()
                + "/events", null));
        CALLS.put(Access.READ_PERSON_HISTORY, team -> new Call("/api/v1/audit/employees/" + team.employee()
                + "/history", null));
        CALLS.put(Access.READ_ACCESS_LOG, team -> new Call("/api/v1/audit/access-log?subject=" + team.employee(),
                null));
        CALLS.put(Access.READ_PROFILE_AS_OF, team -> new Call("/api/v1/audit/employees/" + team.employee()
                + "/as-of?at=" + Instant.now(), null));
        CALLS.put(Access.READ_SUCCESSION_AS_OF, team -> new Call("/api/v1/audit/succession/roles/" + definedRole(team)
                + "/as-of?at=" + Instant.now(), null));
        CALLS.put(Access.READ_PROJECTIONS, team -> new Call("/api/v1/admin/projections", null));
        // talent-metrics: the read model the other tests here lean on least while it replays.
        CALLS.put(Access.REBUILD_PROJECTION, team -> new Call("/api/v1/admin/projections/talent-metrics/rebuild",
                null));
        // A split and then a merge of the same segment: the processor ends with the segments it began with.
        CALLS.put(Access.SPLIT_SEGMENT, team -> new Call("/api/v1/admin/projections/talent-metrics/segments/0/split",
                null));
        CALLS.put(Access.MERGE_SEGMENTS, team -> new Call("/api/v1/admin/projections/talent-metrics/segments/0/merge",
                null));
        CALLS.put(Access.REWRAP_PERSON_KEYS, team -> new Call("/api/v1/admin/privacy/master-key/rewrap", null));
        CALLS.put(Access.READ_ME, team -> new Call("/api/v1/me", null));
        CALLS.put(Access.READ_INBOX, team -> new Call("/api/v1/me/inbox?minPosition=" + team.settle(), null));
        CALLS.put(Access.READ_CONVERSATION, team -> {
            String conversation = team.scheduleConversation();
            return new Call(conversation(conversation) + "?minPosition=" + team.settle(), null);
        });
        CALLS.put(Access.SEARCH_PEOPLE, team -> new Call("/api/v1/employees?managerId=" + team.manager()
                + "&minPosition=" + team.settle(), null));
        CALLS.put(Access.READ_REPORTS, team -> new Call("/api/v1/managers/" + team.employee() + "/reports?minPosition="
                + team.settle(), null));
        CALLS.put(Access.READ_MANAGERS, team -> new Call("/api/v1/managers", null));
        CALLS.put(Access.READ_CONTRACTS, team -> {
            team.openContract();
            return new Call(person(team) + "/contracts?minPosition=" + team.settle(), null);
        });
        CALLS.put(Access.READ_ROLES, team -> new Call("/api/v1/roles?critical=true", null));
        CALLS.put(Access.READ_OPENINGS, team -> new Call("/api/v1/openings?status=OPEN", null));
        // The first weights again, under a version of their own: other tests on this platform score with them.
        CALLS.put(Access.CHANGE_SCORING_WEIGHTS, team -> new Call("/api/v1/matching/weights", """
                {"version":"matrix-%d","capability":0.55,"recency":0.10,"aspiration":0.15,"readiness":0.15,
                 "advocacy":0.05,"reason":"the table's own check"}""".formatted(System.nanoTime())));
        CALLS.put(Access.READ_SCORING_WEIGHTS, team -> new Call("/api/v1/matching/weights", null));
        CALLS.put(Access.REQUEST_OPENING_RANKING, team -> new Call("/api/v1/openings/" + opening(team) + "/rankings",
                "{\"note\":\"shortlist\"}"));
        CALLS.put(Access.DECIDE_SLATE, team -> new Call("/api/v1/roles/" + definedRole(team) + "/slate-decisions",
                "{\"note\":\"talent review\"}"));
        CALLS.put(Access.DISPUTE_RANKING, team -> new Call("/api/v1/mobility/rankings/" + recordedRanking(team)
                + "/disputes", "{\"reason\":\"I disagree\"}"));
        CALLS.put(Access.READ_RANKING, team -> new Call("/api/v1/mobility/rankings/" + recordedRanking(team), null));
        CALLS.put(Access.READ_OWN_RANKINGS, team -> new Call("/api/v1/mobility/employees/" + team.employee()
                + "/rankings?minPosition=" + team.settle(), null));
        CALLS.put(Access.POST_OPPORTUNITY, team -> new Call("/api/v1/openings", gig()));
        CALLS.put(Access.APPLY_FOR_OPPORTUNITY, team -> new Call("/api/v1/openings/" + postedGig(team)
                + "/applications", "{\"employeeId\":\"%s\",\"note\":\"I want to learn this\"}"
                .formatted(team.employee())));
        CALLS.put(Access.AGREE_OPPORTUNITY, team -> new Call("/api/v1/openings/" + appliedGig(team)
                + "/applications/" + team.employee() + "/agree", "{}"));
        CALLS.put(Access.COMPLETE_OPPORTUNITY, team -> {
            String gig = appliedGig(team);
            team.asManager().post("/api/v1/openings/" + gig + "/applications/" + team.employee() + "/agree", "{}")
                    .ok();
            return new Call("/api/v1/openings/" + gig + "/applications/" + team.employee() + "/complete", """
                    {"completedOn":"%s","shown":[{"capability":"mentoring","level":3}],"evidence":"ran the guild"}"""
                    .formatted(LocalDate.now()));
        });
        CALLS.put(Access.CREATE_TALENT_POOL, team -> new Call("/api/v1/talent-pools",
                pool("matrix-" + System.nanoTime())));
        CALLS.put(Access.NOMINATE_POOL_MEMBER, team -> new Call("/api/v1/talent-pools/" + createdPool(team)
                + "/members", "{\"employeeId\":\"%s\",\"reason\":\"led the guild\"}".formatted(team.employee())));
        CALLS.put(Access.REMOVE_POOL_MEMBER, team -> {
            String pool = createdPool(team);
            team.hr().post("/api/v1/talent-pools/" + pool + "/members",
                    "{\"employeeId\":\"%s\",\"reason\":\"led the guild\"}".formatted(team.employee())).ok();
            return new Call("/api/v1/talent-pools/" + pool + "/members/" + team.employee() + "?reason=moved%20on",
                    null);
        });
        CALLS.put(Access.CHOOSE_SUCCESSION_POOL, team -> new Call("/api/v1/roles/" + definedRole(team)
                + "/talent-pool", "{\"poolId\":\"%s\"}".formatted(createdPool(team))));
        CALLS.put(Access.READ_TALENT_POOLS, team -> new Call("/api/v1/talent-pools", null));
        CALLS.put(Access.READ_TALENT_POOL, team -> {
            String pool = createdPool(team);
            return new Call("/api/v1/talent-pools/" + pool + "?minPosition=" + team.settle(), null);
        });
        CALLS.put(Access.READ_OWN_TALENT_POOLS, team -> new Call(person(team) + "/talent-pools?minPosition="
                + team.settle(), null));
        CALLS.put(Access.FIND_MENTORS, team -> new Call(person(team) + "/mentors?roleFamily=engineering-management"
                + "&minPosition=" + team.settle(), null));
        CALLS.put(Access.REQUEST_MENTORING, team -> {
            team.openContract();
            Http.at(team.port()).as(team.otherEmployee(), "EMPLOYEE").put("/api/v1/employees/"
                    + team.otherEmployee() + "/consent",
                    "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[\"MENTOR\"]}").ok();
            return new Call(person(team) + "/mentor-requests", "{\"mentorId\":\"%s\",\"roleFamily\":\"%s\"}"
                    .formatted(team.otherEmployee(), "engineering-management"));
        });
        CALLS.put(Access.READ_TALENT_METRICS, team -> new Call("/api/v1/metrics/talent?from=%s&to=%s"
                .formatted(LocalDate.now().minusDays(90), LocalDate.now()), null));
    }

    private static String role(String id) {
        return """
                {"roleId":"%s","title":"Engineering Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[{"capability":"mentoring","minLevel":3}]}"""
                .formatted(id);
    }

    /**
     * A ranking recorded for an opening the team's employee is a candidate for (they hold its capability and are in
     * the marketplace): the recorder appends it shortly after the request.
     */
    private static String recordedRanking(TestTeam team) {
        String capability = "ranked-" + System.nanoTime();
        io.talentplatform.standalone.Catalogue.ensure(team.hr(), capability);
        team.asManager().post(person(team) + "/capabilities", """
                {"capability":"%s","level":3,"evidence":"mentored two","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, LocalDate.now())).ok();
        team.asEmployee().put(person(team) + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}").ok();
        String role = "R-" + System.nanoTime();
        team.hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Ranked Lead","function":"Engineering","level":"L6","critical":false,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[{"capability":"%s","minLevel":3}]}"""
                .formatted(role, capability)).ok();
        String opening = team.hr().post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now())).ok().json()
                .get("openingId").asString();
        assertThat(team.hr().post("/api/v1/openings/" + opening + "/rankings", "{\"note\":\"shortlist\"}").status())
                .isEqualTo(202);
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            Answer ranked = team.hr().get("/api/v1/mobility/openings/" + opening + "/matches?asOf=" + Instant.now());
            return ranked.status() == 200 ? ranked.json().get("recorded").get("rankingId").asString() : null;
        }, java.util.Objects::nonNull);
    }

    private static String gig() {
        return """
                {"kind":"GIG","title":"Run the engineering guild","function":"Engineering","hoursPerWeek":4,
                 "startsOn":"%s","endsOn":"%s","requiredCapabilities":[],"developsCapabilities":["mentoring"]}"""
                .formatted(LocalDate.now().minusDays(1), LocalDate.now().plusDays(60));
    }

    private static String postedGig(TestTeam team) {
        return team.hr().post("/api/v1/openings", gig()).ok().json().get("openingId").asString();
    }

    /** A gig the team's employee asked to take. */
    private static String appliedGig(TestTeam team) {
        String gig = postedGig(team);
        team.asEmployee().post("/api/v1/openings/" + gig + "/applications",
                "{\"employeeId\":\"%s\"}".formatted(team.employee())).ok();
        return gig;
    }

    private static String pool(String id) {
        return """
                {"poolId":"%s","name":"Future engineering managers","confidential":false,
                 "roleFamily":"engineering-management",
                 "rule":{"capabilities":[{"capability":"mentoring","minLevel":3}]}}"""
                .formatted(id);
    }

    private static String createdPool(TestTeam team) {
        String id = "matrix-" + System.nanoTime();
        team.hr().post("/api/v1/talent-pools", pool(id)).ok();
        return id;
    }

    private static String definedRole(TestTeam team) {
        String id = "R-" + System.nanoTime();
        Answer defined = team.hr().post("/api/v1/roles", role(id));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        return id;
    }

    private static String opening(TestTeam team) {
        Answer opened = team.hr().post("/api/v1/roles/" + definedRole(team) + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now().minusDays(1)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("openingId").asString();
    }

    private static String nomination(TestTeam team) {
        return "{\"employeeId\":\"%s\",\"readiness\":\"READY_1_2_YEARS\",\"rationale\":\"led the migration\"}"
                .formatted(team.employee());
    }

    private static Http panel(TestTeam team) {
        return Http.at(team.port()).as("P-1", "PANEL");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasACall() {
        Set<Access> covered = java.util.EnumSet.noneOf(Access.class);
        covered.addAll(CALLS.keySet());
        covered.addAll(CALLER_CALLS.keySet());
        assertThat(covered).containsExactlyInAnyOrder(Access.values());
    }

    @Test
    void everyEndpointTheApplicationServesIsInTheTable() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/dev/")) {
                    info.getMethodsCondition().getMethods()
                            .forEach(method -> served.add(method.name() + " " + pattern));
                }
            }
        }
        Set<String> table = new TreeSet<>();
        for (Access access : Access.values()) {
            table.add(access.method() + " " + access.path());
        }
        assertThat(served).isEqualTo(table);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Access.class)
    void eachCallerGetsWhatTheTableSays(Access access) {
        for (Caller caller : Caller.values()) {
            TestTeam team = TestTeam.register(port);
            Call call = CALLS.containsKey(access) ? CALLS.get(access).apply(team)
                    : CALLER_CALLS.get(access).apply(team, caller);
            boolean allowed = caller.allowedBy(access);
            // Counted only where a refusal must leave it unchanged: the count reads the whole log.
            long before = allowed ? 0 : events();
            Answer answer = caller.client(team).send(access.method(), call.path(), call.contentType(), call.body());
            if (allowed) {
                assertThat(answer.status()).as(access + " as " + caller + ": " + answer).isBetween(200, 202);
                if (access == Access.REBUILD_PROJECTION) {
                    awaitRebuilt(team, "talent-metrics");
                }
            } else {
                assertThat(answer.status()).as(access + " as " + caller + ": " + answer).isEqualTo(403);
                assertThat(answer.json().get("type").asString()).isEqualTo("urn:talent:problem:forbidden");
                assertThat(events()).as(access + " as " + caller + " appended").isEqualTo(before);
            }
        }
    }

    /** Tests after this one read the read model: it is whole again before they do. */
    private static void awaitRebuilt(TestTeam team, String readModel) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            tools.jackson.databind.JsonNode status = team.hr().get("/api/v1/admin/projections").json()
                    .get("processors").valueStream().filter(node -> node.get("name").asString().equals(readModel))
                    .findFirst().orElseThrow();
            assertThat(status.get("rebuilding").asBoolean()).as(status.toString()).isFalse();
        });
    }

    private static String newCapability() {
        return "capability-" + System.nanoTime();
    }

    /** A capability HR has just added, for a change to it. */
    private static String capability(TestTeam team) {
        String id = newCapability();
        team.hr().post("/api/v1/capabilities", "{\"capabilityId\":\"%s\",\"label\":\"A capability\"}".formatted(id))
                .ok();
        return id;
    }

    private static String person(TestTeam team) {
        return "/api/v1/employees/" + team.employee();
    }

    private static String conversation(String id) {
        return "/api/v1/conversations/" + id;
    }

    private long events() {
        return PeoplesEvents.count(jdbc);
    }
}
