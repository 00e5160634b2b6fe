package io.talentplatform.platform.matching;

import io.talentplatform.platform.matching.MatchScoring.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HR's named talent pools over the talent-pool read model (V3_41): a pool's members are its nominations and whoever
 * its rule finds among people open to succession discovery, at the moment of asking. So a withdrawn consent, a
 * departure or an erasure takes a rule member out at once; a nomination stays until it is removed, while the person
 * is here.
 *
 * <p>The rule's consent is succession discovery's (docs/opportunities.md, "Talent pools"): pools feed succession, so
 * a person found by a rule is one a panel could have discovered for a role, open to discovery and sharing
 * capabilities and a direction.
 */
public class NamedPools {

    /** Who a rule may find: the consent of succession discovery, so the GIN index on grades (V3_16) serves it. */
    static final String RULE_CONSENT = "p.succession_discoverable AND p.share_capabilities AND p.share_aspiration "
            + "AND p.share_direction AND p.employed AND NOT p.erased";

    private final JdbcClient jdbc;

    public NamedPools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Pool> pool(String poolId) {
        return jdbc.sql(SELECT + " WHERE np.pool_id = ?").param(poolId).query(NamedPools::pool).optional();
    }

    public List<Pool> pools() {
        return jdbc.sql(SELECT + " ORDER BY np.name, np.pool_id").query(NamedPools::pool).list();
    }

    /** Every member: nominated and still here, or found by the rule. */
    public Members members(Pool pool) {
        Set<String> nominated = new LinkedHashSet<>(jdbc.sql("""
                        SELECT m.employee_id FROM tp_pool_member m JOIN tp_person p ON p.employee_id = m.employee_id
                        WHERE m.pool_id = ? AND p.employed AND NOT p.erased ORDER BY m.employee_id""")
                .param(pool.poolId()).query(String.class).list());
        Set<String> byRule = new LinkedHashSet<>();
        if (pool.rule() != null) {
            Rule rule = pool.rule();
            byRule.addAll(jdbc.sql("SELECT p.employee_id FROM tp_person p WHERE " + RULE_CONSENT + """
                             AND p.grades @> ? AND (? OR p.direction = ANY (?)) AND (? OR p.function = ANY (?))
                            ORDER BY p.employee_id""")
                    .params(textArray(rule.grades()), rule.directions().isEmpty(), textArray(rule.directions()),
                            rule.functions().isEmpty(), textArray(rule.functions()))
                    .query(String.class).list());
        }
        return new Members(nominated, byRule);
    }

    /** The pools the person is in, by nomination or by a rule, confidential ones included (the caller filters). */
    public List<Membership> poolsOf(String employeeId) {
        return jdbc.sql("""
                        SELECT np.pool_id, np.name, np.confidential, np.role_family,
                            EXISTS (SELECT 1 FROM tp_pool_member m WHERE m.pool_id = np.pool_id
                                    AND m.employee_id = p.employee_id) AS nominated,
                            np.has_rule AND\s""" + RULE_CONSENT + """
                             AND p.grades @> np.rule_grades
                                AND (cardinality(np.rule_directions) = 0 OR p.direction = ANY (np.rule_directions))
                                AND (cardinality(np.rule_functions) = 0 OR p.function = ANY (np.rule_functions))
                                AS by_rule
                        FROM tp_named_pool np CROSS JOIN tp_person p
                        WHERE p.employee_id = ? AND p.employed AND NOT p.erased
                        ORDER BY np.name, np.pool_id""")
                .param(employeeId)
                .query((rs, row) -> new Membership(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)))
                .list().stream().filter(membership -> membership.nominated() || membership.byRule()).toList();
    }

    private static final String SELECT = """
            SELECT np.pool_id, np.name, np.confidential, np.role_family, np.has_rule, np.rule_capabilities,
                np.rule_levels, np.rule_grades, np.rule_directions, np.rule_functions, np.created_by,
                (SELECT count(*) FROM tp_pool_member m WHERE m.pool_id = np.pool_id)
            FROM tp_named_pool np""";

    private static Pool pool(ResultSet rs, int row) throws SQLException {
        Rule rule = null;
        if (rs.getBoolean(5)) {
            String[] names = (String[]) rs.getArray(6).getArray();
            Integer[] levels = (Integer[]) rs.getArray(7).getArray();
            List<Requirement> capabilities = new ArrayList<>(names.length);
            for (int i = 0; i < names.length; i++) {
                capabilities.add(new Requirement(names[i], levels[i]));
            }
            rule = new Rule(capabilities, List.of((String[]) rs.getArray(8).getArray()),
                    List.of((String[]) rs.getArray(9).getArray()), List.of((String[]) rs.getArray(10).getArray()));
        }
        return new Pool(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rule, rs.getString(11),
                rs.getInt(12));
    }

    private static SqlArrayValue textArray(List<String> values) {
        return new SqlArrayValue("text", values.toArray());
    }

    /**
     * @param roleFamily the family the pool prepares people for, whose readiness its view shows, or {@code null}
     * @param rule       {@code null} for a pool of nominations only
     * @param nominated  how many nominations it holds
     */
    public record Pool(String poolId, String name, boolean confidential, String roleFamily, Rule rule,
                       String createdBy, int nominated) {
    }

    /** @param grades the rule's capabilities as grades ("capability:level"), which a member's grades contain */
    public record Rule(List<Requirement> capabilities, List<String> grades, List<String> directions,
                       List<String> functions) {
    }

    /** A pool's members: nominated (and still here), and found by its rule; a person may be both. */
    public record Members(Set<String> nominated, Set<String> byRule) {

        public Set<String> all() {
            Set<String> all = new LinkedHashSet<>(nominated);
            all.addAll(byRule);
            return all;
        }
    }

    public record Membership(String poolId, String name, boolean confidential, String roleFamily,
                             boolean nominated, boolean byRule) {
    }
}
