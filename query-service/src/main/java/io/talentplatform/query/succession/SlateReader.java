package io.talentplatform.query.succession;

import io.talentplatform.platform.matching.MatchScoring.Held;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.query.succession.CoverageView.RoleCoverage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Plain SQL over the talent pool's slates: one role's successors, and coverage of the critical roles. */
@Component
class SlateReader {

    private final JdbcClient jdbc;

    SlateReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The slate, nearest readiness first, then the earliest nomination. */
    List<SlateEntry> slate(String roleId) {
        return jdbc.sql("""
                        SELECT s.employee_id, p.display_name, p.job_title, p.function, p.employed, s.readiness,
                            s.emergency_cover, s.nominated_at, s.last_assessed_at, s.readiness_since, s.decided_by,
                            s.rationale, p.share_capabilities AND NOT p.erased, p.capabilities, p.capability_levels,
                            p.capability_observed, p.capability_evidence, p.open_signaling_gaps,
                            CASE WHEN p.share_aspiration AND p.share_direction THEN p.target_role_families END,
                            (SELECT count(*) FROM tp_relationship r WHERE r.employee_id = s.employee_id)
                        FROM tp_successor s JOIN tp_person p ON p.employee_id = s.employee_id
                        WHERE s.role_id = ?
                        ORDER BY CASE s.readiness WHEN 'READY_NOW' THEN 0 WHEN 'READY_1_2_YEARS' THEN 1 ELSE 2 END,
                            s.nominated_at, s.employee_id""")
                .param(roleId)
                .query(SlateReader::entry)
                .list();
    }

    List<RoleCoverage> coverage(String function) {
        return jdbc.sql("""
                        SELECT r.role_id, r.title, r.function,
                            count(*) FILTER (WHERE s.readiness = 'READY_NOW' AND s.employed),
                            count(*) FILTER (WHERE s.employed)
                        FROM tp_role r
                        LEFT JOIN tp_successor s ON s.role_id = r.role_id
                        WHERE r.critical AND (CAST(? AS text) IS NULL OR r.function = ?)
                        GROUP BY r.role_id, r.title, r.function
                        ORDER BY r.role_id""")
                .params(function, function)
                .query((rs, row) -> new RoleCoverage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    private static SlateEntry entry(ResultSet rs, int row) throws SQLException {
        Map<String, Held> held = rs.getBoolean(13) ? TalentPool.held(rs, 14) : Map.of();
        Array families = rs.getArray(19);
        return new SlateEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), rs.getBoolean(7), instant(rs, 8), instant(rs, 9), instant(rs, 10), rs.getString(11),
                rs.getString(12), rs.getBoolean(13), held, rs.getInt(18),
                families == null ? null : List.of((String[]) families.getArray()), rs.getInt(20));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    /** @param targetRoleFamilies the shared aspiration's families, or {@code null} when not shared */
    record SlateEntry(String employeeId, String displayName, String jobTitle, String function, boolean employed,
                      String readiness, boolean emergencyCover, Instant nominatedAt, Instant lastAssessedAt,
                      Instant readinessSince, String decidedBy, String rationale, boolean capabilitiesShared,
                      Map<String, Held> capabilities, int openSignalingGaps, List<String> targetRoleFamilies,
                      int relationships) {
    }
}
