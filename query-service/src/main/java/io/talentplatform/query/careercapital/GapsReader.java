package io.talentplatform.query.careercapital;

import io.talentplatform.query.careercapital.Gaps.Closing;
import io.talentplatform.query.careercapital.Gaps.Gap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SQL behind a person's gaps: the family's requirements from the talent pool's roles, the person's levels from
 * the latest evidence of their Career Capital map.
 */
@Component
class GapsReader {

    private final JdbcClient jdbc;

    GapsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first target role family of the person's aspiration, if they stated one. */
    Optional<String> targetFamily(String employeeId) {
        return jdbc.sql("""
                        SELECT target_role_families[1] FROM career_capital_aspiration
                        WHERE employee_id = ? AND cardinality(target_role_families) > 0""")
                .param(employeeId).query(String.class).optional();
    }

    Gaps read(String employeeId, String roleFamily, LocalDate today) {
        LocalDate staleBefore = today.minusMonths(CareerCapitalReader.STALE_AFTER_MONTHS);
        int roles = jdbc.sql("SELECT count(*) FROM tp_role WHERE role_family = ?").param(roleFamily)
                .query(Integer.class).single();
        List<Gap> gaps = jdbc.sql("""
                        WITH required AS (
                            SELECT r.capability, max(r.level) AS level, count(*) AS roles
                            FROM tp_role, unnest(required_capabilities, minimum_levels) AS r (capability, level)
                            WHERE role_family = :family GROUP BY r.capability),
                        latest AS (
                            SELECT DISTINCT ON (capability) capability, level, observed_on
                            FROM (SELECT CASE WHEN mapped.name IS NULL THEN e.capability
                                          ELSE cc_resolved_capability(e.capability) END AS capability, level,
                                          observed_on, event_position
                                  FROM career_capital_evidence e
                                  LEFT JOIN career_capital_capability_name mapped ON mapped.name = e.capability
                                  WHERE e.employee_id = :person) recorded
                            ORDER BY capability, observed_on DESC, event_position DESC)
                        SELECT required.capability, required.level, required.roles, latest.level, latest.observed_on
                        FROM required LEFT JOIN latest ON latest.capability = required.capability""")
                .param("family", roleFamily).param("person", employeeId)
                .query((rs, row) -> {
                    int required = rs.getInt(2);
                    int held = rs.getInt(4); // 0 when there is no evidence
                    LocalDate observed = rs.getObject(5, LocalDate.class);
                    Long age = observed == null ? null : ChronoUnit.DAYS.between(observed, today);
                    boolean stale = observed != null && observed.isBefore(staleBefore);
                    return new Gap(rs.getString(1), required, rs.getInt(3), held, Math.max(0, required - held),
                            observed, age, stale, closing(rs.getString(1), required, held, observed, age, stale));
                })
                .list().stream()
                .sorted(Comparator.comparingInt(Gap::gap).reversed()
                        .thenComparing(Gap::stale, Comparator.reverseOrder())
                        .thenComparing(Comparator.comparingInt(Gap::rolesRequiring).reversed())
                        .thenComparing(Gap::capability))
                .toList();
        return new Gaps(employeeId, roleFamily, roles, gaps);
    }

    private static Closing closing(String capability, int required, int held, LocalDate observed, Long age,
                                   boolean stale) {
        if (observed == null) {
            return new Closing("GAIN", "STRETCH_ASSIGNMENT", "No evidence of " + capability + " yet: a stretch "
                    + "assignment that uses it, observed at level " + required + " or above.");
        }
        if (held < required) {
            return new Closing("RAISE", "STRETCH_ASSIGNMENT", "Evidence of " + capability + " at level " + required
                    + " (the latest shows " + held + "): a stretch assignment at that level.");
        }
        if (stale) {
            return new Closing("REFRESH", "FEEDBACK", "The latest evidence of " + capability + " is " + age
                    + " days old: fresh evidence, such as feedback on recent work, keeps it counted.");
        }
        return new Closing("NONE", null, "Held at level " + held + ", as the family requires.");
    }
}
