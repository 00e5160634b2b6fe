package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring.Candidate;
import io.talentplatform.platform.matching.MatchScoring.Held;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.MatchScoring.Target;
import io.talentplatform.platform.matching.PoolEntries.Evidence;
import io.talentplatform.platform.matching.PoolEntries.Listed;
import io.talentplatform.platform.matching.PoolEntries.Named;
import io.talentplatform.platform.matching.PoolEntries.Opening;
import io.talentplatform.platform.matching.PoolEntries.Own;
import io.talentplatform.platform.matching.PoolEntries.Person;
import io.talentplatform.platform.matching.PoolEntries.Role;
import io.talentplatform.platform.matching.PoolEntries.Standing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plain SQL over the talent-pool read model (projections' {@code talentpool} package): the rows succession panels
 * and mobility matching start from. Only what a person consented to share reaches a {@link Candidate}: capabilities
 * under CAPABILITIES, target families under ASPIRATION with the direction shared, readiness under READINESS.
 */
public class TalentPool {

    /**
     * Who may be matched to an opening: visible in the marketplace, sharing capabilities, still here, over {@code p}.
     * The talent pool's projector keeps the marketplace's holdings by the same condition.
     */
    public static final String MARKETPLACE = "p.marketplace_visible AND p.share_capabilities AND p.employed AND NOT p.erased";

    /** A person's target families as far as they share them (ASPIRATION with the direction), over {@code p}. */
    public static final String SHARED_FAMILIES =
            "CASE WHEN p.share_aspiration AND p.share_direction THEN p.target_role_families ELSE '{}' END";

    private final JdbcClient jdbc;
    private final RoleNeeds roleNeeds;

    public TalentPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.roleNeeds = new RoleNeeds(jdbc);
    }

    public Optional<Role> role(String roleId) {
        return jdbc.sql("""
                        SELECT role_id, title, function, level, critical, role_family, required_capabilities,
                            minimum_levels, pool_id
                        FROM tp_role WHERE role_id = ?""")
                .param(roleId)
                .query((rs, row) -> new Role(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), requirements(rs, 7), rs.getString(9)))
                .optional();
    }

    public Optional<Opening> opening(UUID openingId) {
        return jdbc.sql(OPENING_SELECT + " WHERE opening_id = ?")
                .param(openingId)
                .query(TalentPool::opening)
                .optional();
    }

    /** Every opening not yet filled. */
    public List<Opening> openOpenings() {
        return jdbc.sql(OPENING_SELECT + " WHERE filled_on IS NULL ORDER BY opening_id").query(TalentPool::opening).list();
    }

    /**
     * Marketplace candidates who meet at least {@code atLeast} of the requirements (their level at or above the
     * minimum): those meeting all of some {@code atLeast} of them, one GIN-indexed containment of grades per
     * combination (V3_9; stored since V3_16, so the recheck compares arrays instead of computing them). Empty when there are more combinations than one read should OR together: the tier below, a
     * superset, reads them.
     */
    public Optional<List<Listed>> marketplaceMeeting(Target target, int atLeast) {
        return marketplaceMeeting(target, atLeast, null);
    }

    private Optional<List<Listed>> marketplaceMeeting(Target target, int atLeast, Ranking ranking) {
        Optional<List<List<String>>> found = Grades.meetingAtLeast(target, atLeast);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> combinations = found.get();
        StringBuilder where = new StringBuilder(MARKETPLACE).append(" AND (");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < combinations.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("p.grades @> ?");
            params.add(textArray(combinations.get(i)));
        }
        return Optional.of(listed(target, where.append(')').toString(), params, ranking));
    }

    /** Marketplace candidates who hold at least one of the capabilities. */
    public List<Listed> marketplaceHoldingAny(Target target) {
        return listed(target, MARKETPLACE + " AND p.capabilities && ?", List.of(capabilityArray(target)), null);
    }

    /**
     * The first {@code count} of {@link #marketplaceMeeting} ({@code atLeast} 0: of {@link #marketplaceHoldingAny})
     * in {@link MatchScoring#RANKING} order, ranked by PostgreSQL: for a gig or project, whose full-fit tier is
     * everyone holding its requirement (RankingSql). Empty as marketplaceMeeting is.
     */
    public Optional<List<Listed>> marketplaceFirst(Target target, int atLeast, int count, LocalDate today,
                                                   MatchWeights weights) {
        if (!RankingSql.applies(target)) {
            throw new IllegalArgumentException("only a gig's or project's candidates are ranked in the database");
        }
        Ranking ranking = new Ranking(count, today, weights);
        if (target.requirements().size() == 1) {
            return Optional.of(listed(target, MARKETPLACE, List.of(), null, firstHolding(target, atLeast, ranking)));
        }
        if (atLeast == 0) {
            return Optional.of(listed(target, MARKETPLACE + " AND p.capabilities && ?",
                    List.of(capabilityArray(target)), ranking));
        }
        return marketplaceMeeting(target, atLeast, ranking);
    }

    /**
     * For a target of one requirement, the query of the ids of the first {@code ranking.count()} of a tier in
     * ranking order, read from the marketplace's holdings (V3_47): the tier is one range of one index ({@code atLeast} 1: those holding
     * the requirement at its level; 0: at any level), and what the ranking reads of each row is in that index, the
     * levels of what the target develops joined by capability (docs/decisions/037-marketplace-holdings.md).
     */
    private RankingSql.Clause firstHolding(Target target, int atLeast, Ranking ranking) {
        List<Requirement> read = readFor(target);
        Requirement required = read.get(0);
        StringBuilder sql = new StringBuilder("SELECT v.employee_id FROM (SELECT h.employee_id, h.open_signaling_gaps,"
                + " h.shared_families AS families, h.level AS l0, h.observed_on AS o0");
        StringBuilder joins = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int i = 1; i < read.size(); i++) {
            sql.append(", d").append(i).append(".level AS l").append(i);
            joins.append("\n    LEFT JOIN tp_marketplace_holding d").append(i).append(" ON d").append(i)
                    .append(".capability = ? AND d").append(i).append(".employee_id = h.employee_id");
            params.add(read.get(i).capability());
        }
        sql.append("\n    FROM tp_marketplace_holding h").append(joins).append("\n    WHERE h.capability = ?");
        params.add(required.capability());
        if (atLeast == 1) {
            sql.append(" AND h.level >= ?");
            params.add(required.minLevel());
        }
        RankingSql.Clause order = RankingSql.orderBy(target, read, ranking.today(), ranking.weights(),
                ranking.count());
        sql.append(") v\n").append(order.sql());
        params.addAll(order.params());
        return new RankingSql.Clause(sql.toString(), params);
    }

    /**
     * People a succession panel may discover for a role: they consented to discovery, share capabilities and an
     * aspiration whose target families include the role's, meet every requirement or fall short of it by one level
     * at most (grades, V3_9), and are not on the slate.
     */
    public List<Candidate> discoverable(Role role) {
        Target target = role.target();
        return listed(target, """
                        p.succession_discoverable AND p.share_aspiration AND p.share_direction AND p.employed
                            AND NOT p.erased AND p.share_capabilities
                            AND p.target_role_families @> ? AND p.grades @> ?
                            AND NOT EXISTS (SELECT 1 FROM tp_successor s
                                            WHERE s.role_id = ? AND s.employee_id = p.employee_id)""",
                List.of(textArray(List.of(role.roleFamily())), textArray(target.requirements().stream()
                        .map(requirement -> Grades.grade(requirement.capability(),
                                Math.max(1, requirement.minLevel() - 1)))
                        .toList()), role.roleId()), null).stream().map(Listed::candidate).toList();
    }

    /**
     * Of these people, those a succession panel may weigh for the role from a talent pool: sharing capabilities,
     * still here, not on the slate. Scored as candidates are, with only what they share.
     */
    public List<Listed> poolCandidates(Role role, Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return listed(role.target(), """
                        p.employee_id = ANY (?) AND p.employed AND NOT p.erased
                            AND NOT EXISTS (SELECT 1 FROM tp_successor s
                                            WHERE s.role_id = ? AND s.employee_id = p.employee_id)""",
                List.of(textArray(employeeIds), role.roleId()), null);
    }

    /** How a person stands for matching: registered, in the marketplace, sharing capabilities. */
    public Optional<Standing> standing(String employeeId) {
        return jdbc.sql("""
                        SELECT employee_id, marketplace_visible AND share_capabilities AND employed AND NOT erased,
                            share_readiness, share_aspiration AND share_direction
                        FROM tp_person WHERE employee_id = ?""")
                .param(employeeId)
                .query((rs, row) -> new Standing(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getBoolean(4)))
                .optional();
    }

    /** A person's own candidate data, with everything they hold (they see their own). */
    public Optional<Own> own(String employeeId) {
        return jdbc.sql("""
                        SELECT employee_id, capabilities, capability_levels, capability_observed, capability_evidence,
                            open_signaling_gaps, target_role_families
                        FROM tp_person WHERE employee_id = ?""")
                .param(employeeId)
                .query((rs, row) -> new Own(rs.getString(1), held(rs, 2), rs.getInt(6), strings(rs.getArray(7))))
                .optional();
    }

    /** The person's readiness assessments: "ROLE:R-1" or "FAMILY:staff-engineering" to readiness. */
    public Map<String, String> readinessOf(String employeeId) {
        Map<String, String> readiness = new HashMap<>();
        jdbc.sql("SELECT target_kind, target, readiness FROM tp_readiness WHERE employee_id = ?")
                .param(employeeId)
                .query(rs -> {
                    readiness.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3));
                })
                ;
        return readiness;
    }

    /** Names and standing of the people listed in an answer, by id. */
    public Map<String, Person> people(Collection<String> employeeIds) {
        Map<String, Person> people = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return people;
        }
        jdbc.sql("""
                        SELECT p.employee_id, p.display_name, p.job_title, p.function, p.level, p.employed,
                            (SELECT count(*) FROM tp_relationship r WHERE r.employee_id = p.employee_id)
                        FROM tp_person p WHERE p.employee_id = ANY(?)""")
                .param(textArray(employeeIds))
                .query(rs -> {
                    people.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getInt(7)));
                });
        return people;
    }

    /** The contests awaiting an answer about each of these people (DOMAIN.md, "Contest"); nobody's absent from it. */
    public Contests openContests(Collection<String> employeeIds) {
        Map<String, List<PoolEntries.Contested>> open = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            jdbc.sql("""
                            SELECT employee_id, subject, subject_id FROM tp_contest WHERE employee_id = ANY(?)
                            ORDER BY employee_id, subject, subject_id""")
                    .param(textArray(employeeIds))
                    .query(rs -> {
                        open.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                                .add(new PoolEntries.Contested(rs.getString(2), rs.getString(3)));
                    });
        }
        return new Contests(open);
    }

    /** Open contests by person, and whether a given evidence item is among them. */
    public record Contests(Map<String, List<PoolEntries.Contested>> byPerson) {

        public List<PoolEntries.Contested> of(String employeeId) {
            return byPerson.getOrDefault(employeeId, List.of());
        }

        public boolean evidence(String employeeId, UUID evidenceId) {
            return evidenceId != null && of(employeeId).stream().anyMatch(contested ->
                    "EVIDENCE".equals(contested.subject()) && contested.subjectId().equals(evidenceId.toString()));
        }
    }

    /** The evidence texts and sources behind the capabilities the matches explain, keyed by evidence id. */
    public Map<UUID, Evidence> evidenceOf(Collection<MatchScoring.Match> matches) {
        Set<UUID> evidenceIds = new HashSet<>();
        for (MatchScoring.Match match : matches) {
            for (MatchScoring.CapabilityFit fit : match.capabilities()) {
                if (fit.evidenceId() != null) {
                    evidenceIds.add(fit.evidenceId());
                }
            }
        }
        return evidence(evidenceIds);
    }

    private Map<UUID, Evidence> evidence(Collection<UUID> evidenceIds) {
        Map<UUID, Evidence> evidence = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return evidence;
        }
        jdbc.sql("SELECT evidence_id, evidence, source FROM tp_capability WHERE evidence_id = ANY(?)")
                .param(new SqlArrayValue("uuid", evidenceIds.toArray()))
                .query(rs -> {
                    evidence.put(rs.getObject(1, UUID.class), new Evidence(rs.getString(2), rs.getString(3)));
                });
        return evidence;
    }

    private static final String OPENING_SELECT = """
            SELECT opening_id, role_id, title, function, level, role_family, required_capabilities, minimum_levels,
                opened_on, internal_only, filled_on, filled_by, kind, hours_per_week, starts_on, ends_on,
                develops_capabilities, sponsor_id, seats
            FROM tp_opening""";

    private static Opening opening(ResultSet rs, int row) throws SQLException {
        return new Opening(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), requirements(rs, 7), rs.getDate(9).toLocalDate(),
                rs.getBoolean(10), rs.getObject(11, LocalDate.class), rs.getString(12), rs.getString(13),
                rs.getObject(14, Integer.class), rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
                strings(rs.getArray(17)), rs.getString(18), rs.getInt(19));
    }

    /**
     * A gig's or project's target with what the roles of each family ask of the capabilities it develops: the
     * highest level any role of the family requires (RoleNeeds).
     */
    public Target withNeeds(Target target) {
        if (target.growth() == null) {
            return target;
        }
        return new Target(target.roleId(), target.roleFamily(), target.requirements(),
                new MatchScoring.Growth(target.growth().develops(), roleNeeds.asking(target.growth().develops())));
    }

    /** What the roles of these families ask, capability to the highest level asked: what a person may grow into. */
    public Map<String, Integer> needsOf(List<String> families) {
        return roleNeeds.of(families);
    }

    /**
     * Marketplace candidates who want to develop something the gig or project develops: they share an aspiration
     * whose target families' roles ask for it (their wants are computed per row; those wanting none of it are left
     * out). {@code target} carries its needs ({@link #withNeeds}).
     */
    public List<Listed> marketplaceWanting(Target target) {
        Set<String> families = target.growth().needs().keySet();
        if (families.isEmpty()) {
            return List.of();
        }
        return listed(target, MARKETPLACE + " AND p.share_aspiration AND p.share_direction"
                        + " AND p.target_role_families && ?",
                List.of(textArray(families)), null).stream()
                .filter(listed -> !listed.candidate().wants().isEmpty())
                .toList();
    }

    /**
     * A candidate as scoring needs them for one target: of their capabilities only the required ones, level,
     * observation date and evidence as plain columns (positions found once per row), so a tier of a thousand people
     * costs no array decoding in the driver; families under ASPIRATION; readiness for the role, else its family,
     * under READINESS. With them the name and position an answer lists a candidate under: four short columns of the
     * row already read cost less than a second read of the twenty people listed. {@code where} is the condition on
     * {@code p}, with its own parameters; with a {@code ranking}, only the first rows in ranking order.
     */
    private List<Listed> listed(Target target, String where, List<Object> whereParams, Ranking ranking) {
        return listed(target, where, whereParams, ranking, null);
    }

    /**
     * {@link #listed}, of only the people {@code first} selects (a query of ids in ranking order), in its order: the
     * ids and the rows they name in one statement (docs/decisions/038-role-needs-cached.md).
     */
    private List<Listed> listed(Target target, String where, List<Object> whereParams, Ranking ranking,
                                RankingSql.Clause first) {
        List<Requirement> requirements = readFor(target);
        // A gig or project has neither role nor family: nobody's readiness is for it, and no row looks for one.
        boolean readiness = target.roleId() != null || target.roleFamily() != null;
        StringBuilder sql = new StringBuilder("""
                SELECT p.employee_id, p.open_signaling_gaps, SHARED_FAMILIES,
                    READINESS,
                    p.display_name, p.job_title, p.function, p.level""".replace("SHARED_FAMILIES", SHARED_FAMILIES)
                .replace("READINESS", readiness ? """
                CASE WHEN p.share_readiness THEN coalesce(
                        (SELECT r.readiness FROM tp_readiness r WHERE r.employee_id = p.employee_id
                            AND r.target_kind = 'ROLE' AND r.target = ?),
                        (SELECT r.readiness FROM tp_readiness r WHERE r.employee_id = p.employee_id
                            AND r.target_kind = 'FAMILY' AND r.target = ?)) END""" : "CAST(NULL AS text)"));
        StringBuilder positions = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (readiness) {
            params.add(target.roleId());
            params.add(target.roleFamily());
        }
        List<Object> positionParams = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            sql.append(",\n    p.capability_levels[h.at").append(i).append("], p.capability_observed[h.at").append(i)
                    .append("], p.capability_evidence[h.at").append(i).append(']');
            positions.append(i == 0 ? "" : ", ").append("array_position(p.capabilities, ?) AS at").append(i);
            positionParams.add(requirements.get(i).capability());
        }
        if (first == null) {
            sql.append("\nFROM tp_person p");
        } else {
            sql.append("\nFROM unnest(ARRAY(").append(first.sql()).append(")) WITH ORDINALITY AS f (employee_id, rank)")
                    .append("\n    JOIN tp_person p ON p.employee_id = f.employee_id");
            params.addAll(first.params());
        }
        params.addAll(positionParams);
        if (!requirements.isEmpty()) {
            // Ranked, the positions are named again by RankingSql's values: OFFSET 0 finds each once per row.
            sql.append(" CROSS JOIN LATERAL (SELECT ").append(positions)
                    .append(ranking == null ? ") h" : " OFFSET 0) h");
        }
        if (ranking != null) {
            sql.append(RankingSql.values(requirements));
        }
        sql.append("\nWHERE p.share_capabilities AND (").append(where).append(')');
        params.addAll(whereParams);
        if (ranking != null) {
            RankingSql.Clause order = RankingSql.orderBy(target, requirements, ranking.today(), ranking.weights(),
                    ranking.count());
            sql.append('\n').append(order.sql());
            params.addAll(order.params());
        } else if (first != null) {
            sql.append("\nORDER BY f.rank");
        }
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            Map<String, Held> held = new HashMap<>(requirements.size() * 2);
            for (int i = 0; i < requirements.size(); i++) {
                int column = 9 + 3 * i;
                Integer level = rs.getObject(column, Integer.class);
                if (level != null) {
                    held.put(requirements.get(i).capability(), new Held(level, rs.getObject(column + 2, UUID.class),
                            rs.getObject(column + 1, LocalDate.class)));
                }
            }
            List<String> families = strings(rs.getArray(3));
            Set<String> wants = target.growth() == null ? Set.of() : target.growth().wants(families, held);
            return new Listed(new Candidate(rs.getString(1), held, families, rs.getString(4), rs.getInt(2), wants),
                    new Named(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        }).list();
    }

    /** Read only the first {@code count} in ranking order, scored with these weights on this day. */
    private record Ranking(int count, LocalDate today, MatchWeights weights) {
    }

    /** The capabilities a candidate is read with: the requirements, and what a gig or project develops. */
    private static List<Requirement> readFor(Target target) {
        if (target.growth() == null) {
            return target.requirements();
        }
        List<Requirement> read = new ArrayList<>(target.requirements());
        Set<String> named = new HashSet<>();
        read.forEach(requirement -> named.add(requirement.capability()));
        for (String capability : target.growth().develops()) {
            if (named.add(capability)) {
                read.add(new Requirement(capability, 1));
            }
        }
        return read;
    }

    /** The parallel capability arrays starting at {@code column}: names, levels, observation dates, evidence ids. */
    public static Map<String, Held> held(ResultSet rs, int column) throws SQLException {
        String[] names = (String[]) rs.getArray(column).getArray();
        Integer[] levels = (Integer[]) rs.getArray(column + 1).getArray();
        Date[] observed = (Date[]) rs.getArray(column + 2).getArray();
        UUID[] evidence = (UUID[]) rs.getArray(column + 3).getArray();
        Map<String, Held> held = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            held.put(names[i], new Held(levels[i], evidence[i], observed[i].toLocalDate()));
        }
        return held;
    }

    private static List<Requirement> requirements(ResultSet rs, int column) throws SQLException {
        String[] names = (String[]) rs.getArray(column).getArray();
        Integer[] levels = (Integer[]) rs.getArray(column + 1).getArray();
        List<Requirement> requirements = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            requirements.add(new Requirement(names[i], levels[i]));
        }
        return requirements;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static SqlArrayValue capabilityArray(Target target) {
        return textArray(target.requirements().stream().map(Requirement::capability).toList());
    }

    /**
     * A typed {@code text[]} parameter. A string cast in SQL ({@code ?::text[]}) is parsed again for every row a
     * generic plan filters (docs/decisions/009-typed-text-array-parameters.md).
     */
    static SqlArrayValue textArray(Collection<String> values) {
        return new SqlArrayValue("text", values.toArray());
    }
}
