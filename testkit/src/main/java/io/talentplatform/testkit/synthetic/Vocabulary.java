package io.talentplatform.testkit.synthetic;

import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationTrigger;
/** The words and numbers of the synthetic organisation: its functions, titles, capabilities, names and clock. */
final class Vocabulary {

    static final String EMPLOYEE = "Employee";
    static final String CONVERSATION = "CareerConversation";
    static final String CONTRACT = "DevelopmentContract";
    static final String ROLE = "Role";
    static final String OPENING = "Opening";

    static final long SECOND = 1;
    static final long MINUTE = 60;
    static final long HOUR = 3_600;
    static final long DAY = 86_400;
    static final long QUARTER = 91 * DAY;
    static final String HR = "HR-1";
    static final String PLATFORM = "platform";

    static final int ON_TIME = 0;
    static final int DEFERS = 1;
    static final int NEVER = 2;

    static final String[] FUNCTIONS = {"Engineering", "Product", "Design", "Data", "Sales", "Marketing",
            "Operations", "Finance"};
    static final String[] PRACTITIONERS = {"Engineer", "Product Manager", "Designer", "Data Scientist",
            "Account Executive", "Marketer", "Operations Analyst", "Financial Analyst"};
    static final String[][] CAPABILITIES = {
            {"distributed-systems", "api-design", "testing", "observability", "security", "cloud-infrastructure",
                    "performance", "data-modelling", "frontend", "mobile", "incident-response", "code-review"},
            {"discovery", "roadmapping", "prioritisation", "user-research", "metrics-definition", "pricing",
                    "go-to-market", "requirements", "experimentation", "market-analysis", "product-strategy",
                    "backlog-management"},
            {"interaction-design", "visual-design", "prototyping", "design-systems", "usability-testing",
                    "accessibility", "information-architecture", "service-design", "content-design",
                    "motion-design", "design-research", "workshop-facilitation"},
            {"statistics", "machine-learning", "sql", "data-engineering", "experiment-analysis", "forecasting",
                    "data-visualisation", "data-governance", "causal-inference", "nlp", "mlops", "dashboarding"},
            {"prospecting", "negotiation", "account-management", "solution-selling", "pipeline-management",
                    "enterprise-deals", "partner-sales", "sales-forecasting", "contract-terms", "demo-delivery",
                    "territory-planning", "crm-hygiene"},
            {"brand", "content-marketing", "seo", "performance-marketing", "events", "product-marketing",
                    "lifecycle-marketing", "marketing-analytics", "copywriting", "public-relations", "community",
                    "campaign-management"},
            {"process-design", "supply-chain", "vendor-management", "facilities", "logistics",
                    "quality-management", "lean", "capacity-planning", "procurement", "health-and-safety",
                    "service-operations", "business-continuity"},
            {"financial-planning", "accounting", "treasury", "tax", "audit", "controlling", "investor-relations",
                    "budgeting", "financial-modelling", "compliance", "payroll", "risk-management"}};
    static final String[] GENERAL = {"communication", "stakeholder-management", "mentoring", "coaching",
            "presentation", "writing", "facilitation", "conflict-resolution", "hiring", "change-management"};
    static final String[] TRACKS = {"technical-leadership", "people-leadership", "domain-depth"};
    static final String[] LEVEL_WORDS = {"Associate", "", "Senior", "Staff", "Principal", "Distinguished",
            "Chief"};
    static final String[] FIRST_NAMES = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
            "Ken", "Radia", "Tim", "Margaret", "Dennis", "Hedy", "John", "Katherine", "Linus", "Mary", "Niklaus",
            "Ola", "Peter", "Rosalind", "Sophie", "Tony", "Ursula", "Vint", "Wendy", "Xavier", "Yukihiro", "Zhang",
            "Leslie"};
    static final String[] LAST_NAMES = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
            "Allen", "Thompson", "Perlman", "Berners-Lee", "Hamilton", "Ritchie", "Lamarr", "Backus", "Johnson",
            "Torvalds", "Shaw", "Wirth", "Dahl", "Naur", "Franklin", "Wilson", "Hoare", "Franklin", "Cerf", "Hall",
            "Leroy", "Matsumoto", "Wei", "Lamport"};
    static final String[] EVIDENCE = {
            "solved a %s problem last quarter that was beyond them 18 months ago",
            "led the %s work of the team through a difficult release",
            "taught two colleagues the %s practices the team now uses",
            "was asked by another team for help with %s",
            "delivered the %s part of a cross-team initiative without supervision"};

    static final ConversationKind[] QUARTERLY_KINDS = {ConversationKind.WHERE_ARE_YOU_NOW,
            ConversationKind.WHERE_DO_YOU_WANT_TO_GO, ConversationKind.HOW_DO_WE_CLOSE_THE_GAP,
            ConversationKind.FULL};
    static final ConversationTrigger[] SIGNAL_TRIGGERS = {ConversationTrigger.FLIGHT_SIGNAL,
            ConversationTrigger.ENGAGEMENT_DROP, ConversationTrigger.PROMOTION_STALLED,
            ConversationTrigger.MILESTONE, ConversationTrigger.TRANSITION_POINT};
    static final CommitmentKind[] MANAGER_KINDS = {CommitmentKind.INTRODUCTION,
            CommitmentKind.STRETCH_ASSIGNMENT, CommitmentKind.FEEDBACK, CommitmentKind.PROGRESSION_TALK,
            CommitmentKind.MENTOR, CommitmentKind.VISIBILITY, CommitmentKind.OTHER};

    private Vocabulary() {
    }
}
