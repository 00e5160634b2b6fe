package io.talentplatform.platform.security;

import io.talentplatform.platform.problem.RuleViolation;

import java.util.List;
import java.util.function.Predicate;

import static io.talentplatform.platform.security.Grant.of;
import static io.talentplatform.platform.security.Relationship.ANY_PERSON;
import static io.talentplatform.platform.security.Relationship.CURRENT_MANAGER;
import static io.talentplatform.platform.security.Relationship.SELF;
import static io.talentplatform.platform.security.Role.AUDITOR;
import static io.talentplatform.platform.security.Role.EMPLOYEE;
import static io.talentplatform.platform.security.Role.HR;
import static io.talentplatform.platform.security.Role.MANAGER;
import static io.talentplatform.platform.security.Role.PANEL;

/**
 * Who may call which endpoint, as data: the one table of the platform. Each entry names its endpoint and the grants
 * (role and relationship to the person concerned) that allow it. Services decide which relationships hold for a
 * caller and a person; this table decides the rest. {@code AuthorizationMatrixTest} calls every endpoint as every
 * kind of caller from this table, and fails if an endpoint exists that is not in it.
 */
public enum Access {
    REGISTER_EMPLOYEE("POST", "/api/v1/employees", "Only HR registers people.", of(HR, ANY_PERSON)),
    CHANGE_MANAGER("POST", "/api/v1/employees/{employeeId}/manager", "Only HR changes reporting lines.",
            of(HR, ANY_PERSON)),
    RECORD_MOVE("POST", "/api/v1/employees/{employeeId}/moves", "Only HR records moves.", of(HR, ANY_PERSON)),
    RECORD_DEPARTURE("POST", "/api/v1/employees/{employeeId}/departure", "Only HR records departures.",
            of(HR, ANY_PERSON)),
    ERASE_PERSONAL_DATA("POST", "/api/v1/employees/{employeeId}/erasure",
            "Only HR erases a person's personal data.", of(HR, ANY_PERSON)),
    RECORD_CAPABILITY("POST", "/api/v1/employees/{employeeId}/capabilities",
            "Only the person and their current manager record their capabilities.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    MAP_RELATIONSHIP("POST", "/api/v1/employees/{employeeId}/relationships",
            "Only the person and their current manager map their relationships.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    ASSESS_SIGNAL("POST", "/api/v1/employees/{employeeId}/signals",
            "Only the person's current manager assesses who knows their work.", of(MANAGER, CURRENT_MANAGER)),
    STATE_ASPIRATION("POST", "/api/v1/employees/{employeeId}/aspirations",
            "Only the person and their current manager record their aspiration.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    RECORD_CONSENT("PUT", "/api/v1/employees/{employeeId}/consent",
            "Only the person themself decides what they share.", of(EMPLOYEE, SELF)),
    ASSESS_READINESS("POST", "/api/v1/employees/{employeeId}/readiness",
            "Only the person's current manager or a succession panel assesses readiness.",
            of(MANAGER, CURRENT_MANAGER), of(PANEL, ANY_PERSON)),
    CONTEST_RECORD("POST", "/api/v1/employees/{employeeId}/contests",
            "Only the person themself contests what is recorded about them.", of(EMPLOYEE, SELF)),
    ANSWER_CONTEST("POST", "/api/v1/contests/{contestId}/answer",
            "Only the person's current manager answers their contest.", of(MANAGER, CURRENT_MANAGER)),
    SCHEDULE_CONVERSATION("POST", "/api/v1/conversations",
            "Only the person's current manager or HR schedules their career conversations.",
            of(MANAGER, CURRENT_MANAGER), of(HR, ANY_PERSON)),
    SEND_REFLECTION_PROMPT("POST", "/api/v1/conversations/{conversationId}/prompt-sent",
            Access.CONDUCT, of(MANAGER, CURRENT_MANAGER)),
    WRITE_REFLECTION_PROMPT("POST", "/api/v1/conversations/{conversationId}/prompt", Access.CONDUCT,
            of(MANAGER, CURRENT_MANAGER)),
    SHARE_CONVERSATION_SUMMARY("POST", "/api/v1/conversations/{conversationId}/summary", Access.CONDUCT,
            of(MANAGER, CURRENT_MANAGER)),
    RESCHEDULE_CONVERSATION("POST", "/api/v1/conversations/{conversationId}/reschedule",
            Access.CONDUCT, of(MANAGER, CURRENT_MANAGER)),
    HOLD_CONVERSATION("POST", "/api/v1/conversations/{conversationId}/held", Access.CONDUCT,
            of(MANAGER, CURRENT_MANAGER)),
    RECORD_LISTENING_NOTE("POST", "/api/v1/conversations/{conversationId}/notes", Access.CONDUCT,
            of(MANAGER, CURRENT_MANAGER)),
    COMPLETE_CONVERSATION("POST", "/api/v1/conversations/{conversationId}/complete", Access.CONDUCT,
            of(MANAGER, CURRENT_MANAGER)),
    CANCEL_CONVERSATION("POST", "/api/v1/conversations/{conversationId}/cancel", Access.CONDUCT,
            of(MANAGER, CURRENT_MANAGER)),
    OPEN_CONTRACT("POST", "/api/v1/contracts",
            "Only the person's current manager agrees a development contract with them.",
            of(MANAGER, CURRENT_MANAGER)),
    REVISE_CONTRACT("POST", "/api/v1/contracts/{contractId}/revisions", Access.KEEP_CONTRACT,
            of(MANAGER, CURRENT_MANAGER)),
    MAKE_COMMITMENT("POST", "/api/v1/contracts/{contractId}/commitments",
            "Only the person (for their own commitments) and their current manager add commitments.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    COMPLETE_COMMITMENT("POST", "/api/v1/contracts/{contractId}/commitments/{commitmentId}/complete",
            Access.OWNERS_SIDE, of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    RESCHEDULE_COMMITMENT("POST", "/api/v1/contracts/{contractId}/commitments/{commitmentId}/reschedule",
            Access.OWNERS_SIDE, of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    WITHDRAW_COMMITMENT("POST", "/api/v1/contracts/{contractId}/commitments/{commitmentId}/withdraw",
            Access.KEEP_CONTRACT, of(MANAGER, CURRENT_MANAGER)),
    REVIEW_CONTRACT("POST", "/api/v1/contracts/{contractId}/reviews", Access.KEEP_CONTRACT,
            of(MANAGER, CURRENT_MANAGER)),
    SHARE_CONTRACT_SUMMARY("POST", "/api/v1/contracts/{contractId}/summary-shared", Access.KEEP_CONTRACT,
            of(MANAGER, CURRENT_MANAGER)),
    AGREE_TRANSITION_PLAN("POST", "/api/v1/contracts/{contractId}/transition-plan", Access.KEEP_CONTRACT,
            of(MANAGER, CURRENT_MANAGER)),
    CLOSE_CONTRACT("POST", "/api/v1/contracts/{contractId}/close", Access.KEEP_CONTRACT,
            of(MANAGER, CURRENT_MANAGER)),
    READ_CONTRACT("GET", "/api/v1/employees/{employeeId}/contract",
            "Only the person and their current manager read their development contract.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    READ_CONVERSATION("GET", "/api/v1/conversations/{conversationId}",
            "Only the person and their current manager read a conversation and what it starts from.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    READ_FOLLOW_THROUGH("GET", "/api/v1/managers/{managerId}/follow-through",
            "Only the manager themself and HR read a manager's follow-through.", of(MANAGER, SELF), of(HR, ANY_PERSON)),
    READ_CAREER_CAPITAL("GET", "/api/v1/employees/{employeeId}/career-capital",
            "Only the person and their current manager read this map.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    READ_GAPS("GET", "/api/v1/employees/{employeeId}/gaps",
            "Only the person and their current manager read the person's gaps.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    DEFINE_ROLE("POST", "/api/v1/roles", "Only HR defines roles.", of(HR, ANY_PERSON)),
    ADD_CAPABILITY("POST", "/api/v1/capabilities", "Only HR keeps the capability catalogue.", of(HR, ANY_PERSON)),
    ALIAS_CAPABILITY("POST", "/api/v1/capabilities/{capabilityId}/aliases",
            "Only HR keeps the capability catalogue.", of(HR, ANY_PERSON)),
    MERGE_CAPABILITY("POST", "/api/v1/capabilities/{capabilityId}/merge",
            "Only HR keeps the capability catalogue.", of(HR, ANY_PERSON)),
    MAP_CAPABILITY_NAME("POST", "/api/v1/capabilities/map", "Only HR keeps the capability catalogue.",
            of(HR, ANY_PERSON)),
    READ_UNMAPPED_CAPABILITIES("GET", "/api/v1/capabilities/unmapped",
            "Only HR reads the names that the capability catalogue does not map.", of(HR, ANY_PERSON)),
    DEPRECATE_CAPABILITY("POST", "/api/v1/capabilities/{capabilityId}/deprecate",
            "Only HR keeps the capability catalogue.", of(HR, ANY_PERSON)),
    IMPORT_CAPABILITIES("POST", "/api/v1/capabilities/import", "Only HR keeps the capability catalogue.",
            of(HR, ANY_PERSON)),
    CHANGE_SCORING_WEIGHTS("POST", "/api/v1/matching/weights",
            "Only HR changes how matches are scored.", of(HR, ANY_PERSON)),
    READ_SCORING_WEIGHTS("GET", "/api/v1/matching/weights", "Anyone signed in reads how matches are scored.",
            of(EMPLOYEE, ANY_PERSON), of(MANAGER, ANY_PERSON), of(HR, ANY_PERSON), of(PANEL, ANY_PERSON),
            of(AUDITOR, ANY_PERSON)),
    OPEN_OPENING("POST", "/api/v1/roles/{roleId}/openings", "Only HR opens vacancies.", of(HR, ANY_PERSON)),
    FILL_OPENING("POST", "/api/v1/openings/{openingId}/fill", "Only HR fills vacancies.", of(HR, ANY_PERSON)),
    REQUEST_OPENING_RANKING("POST", "/api/v1/openings/{openingId}/rankings",
            "Only HR and succession panels keep an opening's ranking.", of(HR, ANY_PERSON), of(PANEL, ANY_PERSON)),
    POST_OPPORTUNITY("POST", "/api/v1/openings", "Only HR and managers post gigs and projects.", of(HR, ANY_PERSON),
            of(MANAGER, ANY_PERSON)),
    APPLY_FOR_OPPORTUNITY("POST", "/api/v1/openings/{openingId}/applications",
            "Only the person themself asks to take a gig or a project.", of(EMPLOYEE, SELF)),
    AGREE_OPPORTUNITY("POST", "/api/v1/openings/{openingId}/applications/{employeeId}/agree",
            "Only the person's current manager agrees that they take a gig or a project.",
            of(MANAGER, CURRENT_MANAGER)),
    COMPLETE_OPPORTUNITY("POST", "/api/v1/openings/{openingId}/applications/{employeeId}/complete",
            "Only the person's current manager and HR record a gig or project as completed.",
            of(MANAGER, CURRENT_MANAGER), of(HR, ANY_PERSON)),
    CREATE_TALENT_POOL("POST", "/api/v1/talent-pools", "Only HR creates talent pools.", of(HR, ANY_PERSON)),
    NOMINATE_POOL_MEMBER("POST", "/api/v1/talent-pools/{poolId}/members", Access.POOLS, of(HR, ANY_PERSON),
            of(PANEL, ANY_PERSON)),
    REMOVE_POOL_MEMBER("DELETE", "/api/v1/talent-pools/{poolId}/members/{employeeId}", Access.POOLS,
            of(HR, ANY_PERSON), of(PANEL, ANY_PERSON)),
    CHOOSE_SUCCESSION_POOL("PUT", "/api/v1/roles/{roleId}/talent-pool",
            "Only HR decides which talent pool a role's succession draws from.", of(HR, ANY_PERSON)),
    READ_TALENT_POOLS("GET", "/api/v1/talent-pools", Access.POOLS, of(HR, ANY_PERSON), of(PANEL, ANY_PERSON)),
    READ_TALENT_POOL("GET", "/api/v1/talent-pools/{poolId}", Access.POOLS, of(HR, ANY_PERSON),
            of(PANEL, ANY_PERSON)),
    READ_OWN_TALENT_POOLS("GET", "/api/v1/employees/{employeeId}/talent-pools",
            "Only the person themself and HR read the talent pools the person is in.", of(EMPLOYEE, SELF),
            of(HR, ANY_PERSON)),
    FIND_MENTORS("GET", "/api/v1/employees/{employeeId}/mentors",
            "Only the person and their current manager look for the person's mentors.", of(EMPLOYEE, SELF),
            of(MANAGER, CURRENT_MANAGER)),
    REQUEST_MENTORING("POST", "/api/v1/employees/{employeeId}/mentor-requests",
            "Only the person themself asks to be introduced to a mentor.", of(EMPLOYEE, SELF)),
    DECIDE_SLATE("POST", "/api/v1/roles/{roleId}/slate-decisions", Access.SLATE, of(PANEL, ANY_PERSON)),
    DISPUTE_RANKING("POST", "/api/v1/mobility/rankings/{rankingId}/disputes",
            "Only a person considered in a ranking disputes their own place in it.", of(EMPLOYEE, SELF)),
    NOMINATE_SUCCESSOR("POST", "/api/v1/roles/{roleId}/successors", Access.SLATE, of(PANEL, ANY_PERSON)),
    REMOVE_SUCCESSOR("DELETE", "/api/v1/roles/{roleId}/successors/{employeeId}", Access.SLATE,
            of(PANEL, ANY_PERSON)),
    READ_SUCCESSION("GET", "/api/v1/succession/roles/{roleId}", Access.TALENT_REVIEW, of(PANEL, ANY_PERSON),
            of(HR, ANY_PERSON)),
    READ_SUCCESSION_COVERAGE("GET", "/api/v1/succession/coverage", Access.TALENT_REVIEW, of(PANEL, ANY_PERSON),
            of(HR, ANY_PERSON)),
    READ_OPENING_MATCHES("GET", "/api/v1/mobility/openings/{openingId}/matches", Access.TALENT_REVIEW,
            of(PANEL, ANY_PERSON), of(HR, ANY_PERSON)),
    READ_RANKING("GET", "/api/v1/mobility/rankings/{rankingId}", Access.TALENT_REVIEW, of(PANEL, ANY_PERSON),
            of(HR, ANY_PERSON)),
    READ_OWN_RANKINGS("GET", "/api/v1/mobility/employees/{employeeId}/rankings",
            "Only the person themself and HR read the person's places in recorded rankings.", of(EMPLOYEE, SELF),
            of(HR, ANY_PERSON)),
    READ_EMPLOYEE_MATCHES("GET", "/api/v1/mobility/employees/{employeeId}/matches",
            "Only the person themself and HR read the openings that match a person.", of(EMPLOYEE, SELF),
            of(HR, ANY_PERSON)),
    READ_TALENT_METRICS("GET", "/api/v1/metrics/talent", "Only HR and succession panels read talent metrics.",
            of(HR, ANY_PERSON), of(PANEL, ANY_PERSON)),
    READ_EVENT_HISTORY("GET", "/api/v1/audit/streams/{type}/{id}/events", Access.AUDIT, of(AUDITOR, ANY_PERSON)),
    READ_ACCESS_LOG("GET", "/api/v1/audit/access-log", Access.AUDIT, of(AUDITOR, ANY_PERSON)),
    READ_PERSON_HISTORY("GET", "/api/v1/audit/employees/{employeeId}/history", Access.AUDIT,
            of(AUDITOR, ANY_PERSON)),
    READ_PROFILE_AS_OF("GET", "/api/v1/audit/employees/{employeeId}/as-of", Access.AUDIT, of(AUDITOR, ANY_PERSON)),
    READ_SUCCESSION_AS_OF("GET", "/api/v1/audit/succession/roles/{roleId}/as-of", Access.AUDIT,
            of(AUDITOR, ANY_PERSON)),
    READ_ME("GET", "/api/v1/me", "Anyone signed in reads who they are.", of(EMPLOYEE, ANY_PERSON),
            of(MANAGER, ANY_PERSON), of(HR, ANY_PERSON), of(PANEL, ANY_PERSON), of(AUDITOR, ANY_PERSON)),
    READ_INBOX("GET", "/api/v1/me/inbox", "Anyone signed in reads their own inbox.", of(EMPLOYEE, ANY_PERSON),
            of(MANAGER, ANY_PERSON), of(HR, ANY_PERSON), of(PANEL, ANY_PERSON), of(AUDITOR, ANY_PERSON)),
    SEARCH_PEOPLE("GET", "/api/v1/employees",
            "Only HR, succession panels (consented people only) and managers (their own reports) search people.",
            of(MANAGER, CURRENT_MANAGER), of(HR, ANY_PERSON), of(PANEL, ANY_PERSON)),
    READ_REPORTS("GET", "/api/v1/managers/{managerId}/reports",
            "Only the manager themself and HR read a manager's reports.", of(MANAGER, SELF), of(HR, ANY_PERSON)),
    READ_MANAGERS("GET", "/api/v1/managers", "Only HR reads the follow-through across managers.",
            of(HR, ANY_PERSON)),
    READ_CONTRACTS("GET", "/api/v1/employees/{employeeId}/contracts",
            "Only the person and their current manager read their development contracts.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    READ_CAPABILITIES("GET", "/api/v1/capabilities", "Anyone signed in reads the capability catalogue.",
            of(EMPLOYEE, ANY_PERSON), of(MANAGER, ANY_PERSON), of(HR, ANY_PERSON), of(PANEL, ANY_PERSON),
            of(AUDITOR, ANY_PERSON)),
    READ_ROLES("GET", "/api/v1/roles", "Only HR and succession panels read the roles.", of(HR, ANY_PERSON),
            of(PANEL, ANY_PERSON)),
    READ_OPENINGS("GET", "/api/v1/openings", "Anyone signed in reads the openings.", of(EMPLOYEE, ANY_PERSON),
            of(MANAGER, ANY_PERSON), of(HR, ANY_PERSON), of(PANEL, ANY_PERSON), of(AUDITOR, ANY_PERSON)),
    READ_PROJECTIONS("GET", "/api/v1/admin/projections",
            "Only HR (the platform's admins) and auditors see the projections' status.", of(HR, ANY_PERSON),
            of(AUDITOR, ANY_PERSON)),
    REBUILD_PROJECTION("POST", "/api/v1/admin/projections/{name}/rebuild", Access.OPERATE, of(HR, ANY_PERSON)),
    SPLIT_SEGMENT("POST", "/api/v1/admin/projections/{name}/segments/{segment}/split", Access.SEGMENTS,
            of(HR, ANY_PERSON)),
    MERGE_SEGMENTS("POST", "/api/v1/admin/projections/{name}/segments/{segment}/merge", Access.SEGMENTS,
            of(HR, ANY_PERSON)),
    REWRAP_PERSON_KEYS("POST", "/api/v1/admin/privacy/master-key/rewrap",
            "Only HR (the platform's admins) re-wraps the data keys in a master-key rotation.", of(HR, ANY_PERSON));

    private static final String KEEP_CONTRACT =
            "Only the person's current manager keeps their development contract.";
    private static final String OWNERS_SIDE =
            "Only the side that made a commitment (the person or their current manager) completes or moves it.";
    private static final String POOLS = "Only HR and succession panels keep and read talent pools.";
    private static final String SLATE = "Only a succession panel keeps succession slates.";
    private static final String TALENT_REVIEW = "Only succession panels and HR read succession and matching views.";
    private static final String OPERATE = "Only HR (the platform's admins) sees and rebuilds the projections.";
    private static final String SEGMENTS = "Only HR (the platform's admins) splits and merges processors' segments.";
    private static final String AUDIT = "Only auditors read event histories, past states and the access log.";
    private static final String CONDUCT =
            "Only the person's current manager runs and records their career conversations.";

    private final String method;
    private final String path;
    private final String refusal;
    private final List<Grant> grants;

    Access(String method, String path, String refusal, Grant... grants) {
        this.method = method;
        this.path = path;
        this.refusal = refusal;
        this.grants = List.of(grants);
    }

    public String method() {
        return method;
    }

    /** Who may call it, as a sentence (the refusal's detail when they may not). */
    public String rule() {
        return refusal;
    }

    public String path() {
        return path;
    }

    public List<Grant> grants() {
        return grants;
    }

    /** Whether some grant allows the caller, given which relationships hold between them and the person. */
    public boolean permits(Caller caller, Predicate<Relationship> holds) {
        return grants.stream().anyMatch(grant -> caller.has(grant.role()) && holds.test(grant.relationship()));
    }

    /** Refuses with 403 and a sentence the caller understands unless some grant allows them. */
    public void require(Caller caller, Predicate<Relationship> holds) {
        if (!permits(caller, holds)) {
            throw RuleViolation.forbidden(refusal);
        }
    }
}
