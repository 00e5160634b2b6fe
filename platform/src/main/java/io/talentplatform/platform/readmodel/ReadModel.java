package io.talentplatform.platform.readmodel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every read model, declared once: the name of the processor that keeps it (and of the read model in the API), the
 * folder of the migrations that own its tables, whether a person's events go together (PersonSequencing), the tables
 * a rebuild empties and refills, the counters it keeps across a rebuild, and the indexes only its queries use.
 * Configuration, sequencing, freshness waits, point-in-time replay, rebuilds and the admin status all refer to this;
 * ReadModelDeclarationTest checks it against the migrations, the database and Axon's configuration.
 */
public enum ReadModel {

    CAREER_CAPITAL(Names.CAREER_CAPITAL, "careercapital", true,
            List.of("career_capital_profile", "career_capital_evidence", "career_capital_relationship",
                    "career_capital_signal", "career_capital_aspiration", "career_capital_readiness",
                    "career_capital_conversation", "career_capital_note",
                    "career_capital_contest", "career_capital_capability_name"),
            List.of(),
            List.of("career_capital_profile_manager")),
    FOLLOW_THROUGH(Names.FOLLOW_THROUGH, "followthrough", true,
            List.of("ft_person", "ft_conversation", "ft_contract", "ft_contract_revision", "ft_commitment",
                    "ft_deferral", "ft_pause", "ft_transition_plan", "inbox_item", "ft_nomination", "ft_named_in"),
            List.of(),
            List.of("inbox_item_visible", "ft_person_manager", "ft_commitment_manager", "ft_commitment_overdue")),
    TALENT_POOL(Names.TALENT_POOL, "talentpool", true,
            List.of("tp_person", "tp_capability", "tp_relationship", "tp_signaling_gap", "tp_readiness", "tp_role",
                    "tp_opening", "tp_successor", "tp_consent_period", "tp_aspiration_period",
                    "tp_catalogue_capability", "tp_contest", "tp_scoring_weights", "tp_ranking", "tp_ranking_entry",
                    "tp_ranking_dispute", "tp_taking", "tp_move", "tp_named_pool", "tp_pool_member",
                    "tp_marketplace_holding"),
            List.of("tp_openings_generation", "tp_roles_generation"),
            List.of("tp_person_discoverable_families", "tp_person_discoverable_grades",
                    "tp_person_marketplace_capabilities", "tp_person_marketplace_grades", "tp_role_critical",
                    "tp_opening_open", "tp_successor_coverage", "tp_aspiration_period_families",
                    "tp_consent_period_discoverable", "tp_contest_employee", "tp_ranking_target",
                    "tp_person_marketplace_families", "tp_move_opening", "tp_move_title", "tp_taking_employee",
                    "tp_ranking_entry_employee", "tp_role_required_capabilities",
                    "tp_marketplace_holding_tier", "tp_opening_family", "tp_role_family")),
    TALENT_METRICS(Names.TALENT_METRICS, "metrics", false,
            List.of("mt_person", "mt_move", "mt_opening", "mt_role", "mt_successor", "mt_conversation", "mt_contract",
                    "mt_commitment", "mt_signaling_gap", "mt_outcome_evidence"),
            List.of(),
            List.of("mt_commitment_manager_due", "mt_contract_supported", "mt_conversation_full_completed",
                    "mt_conversation_person_held", "mt_move_person_effective", "mt_opening_filled",
                    "mt_person_departed", "mt_role_critical", "mt_signaling_gap_closed", "mt_signaling_gap_opened",
                    "mt_successor_ready_now"));

    /** The names as constants, for annotations ({@code @ProcessingGroup}) that cannot take an enum's field. */
    public interface Names {
        String CAREER_CAPITAL = "career-capital";
        String FOLLOW_THROUGH = "follow-through";
        String TALENT_POOL = "talent-pool";
        String TALENT_METRICS = "talent-metrics";
    }

    /** Where the projections module keeps every read model's migrations, one folder each. */
    public static final String MIGRATIONS = "db/migration/projections";

    private final String processor;
    private final String migrationFolder;
    private final boolean personSequenced;
    private final List<String> tables;
    private final List<String> counters;
    private final List<String> queryIndexes;

    ReadModel(String processor, String migrationFolder, boolean personSequenced, List<String> tables,
              List<String> counters, List<String> queryIndexes) {
        this.processor = processor;
        this.migrationFolder = migrationFolder;
        this.personSequenced = personSequenced;
        this.tables = tables;
        this.counters = counters;
        this.queryIndexes = queryIndexes;
    }

    public String processor() {
        return processor;
    }

    /** The classpath folder of the migrations that create and change this read model's tables. */
    public String migrations() {
        return MIGRATIONS + "/" + migrationFolder;
    }

    /** Whether a person's conversations, contracts and slate changes go with their own events (PersonSequencing). */
    public boolean personSequenced() {
        return personSequenced;
    }

    /** The tables a rebuild empties and the processor refills. */
    public List<String> tables() {
        return tables;
    }

    /** Tables the read model updates rather than fills (a generation counter): kept across a rebuild. */
    public List<String> counters() {
        return counters;
    }

    /**
     * The indexes only the queries use, never a handler's lookup: a full rebuild drops them when it empties the
     * tables and builds them once the load is over, instead of keeping them up to date row by row
     * (docs/decisions/022-indexes-after-a-load.md).
     */
    public List<String> queryIndexes() {
        return queryIndexes;
    }

    /** The statement that empties the read model before a rebuild, in its processor's reset handler. */
    public String truncate() {
        return "TRUNCATE " + String.join(", ", tables);
    }

    public static Optional<ReadModel> ofProcessor(String processor) {
        return Arrays.stream(values()).filter(model -> model.processor.equals(processor)).findFirst();
    }

    public static List<String> processors() {
        return Arrays.stream(values()).map(ReadModel::processor).toList();
    }
}
