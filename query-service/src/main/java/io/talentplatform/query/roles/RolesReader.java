package io.talentplatform.query.roles;

import io.talentplatform.query.roles.RoleSummary.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL behind the lists of roles and openings, over the talent pool's tables. */
@Component
class RolesReader {

    private final JdbcClient jdbc;

    RolesReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleSummary> roles(Boolean critical, String after, int limit) {
        return jdbc.sql("""
                        SELECT role_id, title, function, level, critical, role_family, required_capabilities,
                               minimum_levels
                        FROM tp_role
                        WHERE role_id > :after AND (CAST(:critical AS boolean) IS NULL OR critical = :critical)
                        ORDER BY role_id LIMIT :limit""")
                .param("after", after).param("critical", critical).param("limit", limit)
                .query((rs, row) -> new RoleSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), requirements(rs, 7, 8)))
                .list();
    }

    /**
     * @param open true for open openings (a gig or project with a seat left), false for filled or taken ones, null
     *             for both
     * @param kind ROLE, GIG or PROJECT, or null for every kind
     */
    List<OpeningSummary> openings(Boolean open, String kind, String after, int limit) {
        return jdbc.sql("""
                        SELECT opening_id, role_id, title, function, level, role_family, required_capabilities,
                               minimum_levels, opened_on, internal_only, filled_on, kind, hours_per_week, starts_on,
                               ends_on, develops_capabilities, seats, taken
                        FROM tp_opening
                        WHERE CAST(opening_id AS text) > :after
                          AND (CAST(:open AS boolean) IS NULL OR (filled_on IS NULL) = :open)
                          AND (CAST(:kind AS text) IS NULL OR kind = :kind)
                        ORDER BY CAST(opening_id AS text) LIMIT :limit""")
                .param("after", after).param("open", open).param("kind", kind).param("limit", limit)
                .query((rs, row) -> {
                    LocalDate filledOn = rs.getObject(11, LocalDate.class);
                    return new OpeningSummary(rs.getObject(1, UUID.class), rs.getString(12), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            requirements(rs, 7, 8), rs.getObject(9, LocalDate.class), rs.getBoolean(10),
                            filledOn == null ? "OPEN" : "FILLED", filledOn, rs.getObject(13, Integer.class),
                            rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
                            List.of((String[]) rs.getArray(16).getArray()), rs.getInt(17), rs.getInt(18));
                })
                .list();
    }

    private static List<Requirement> requirements(ResultSet rs, int capabilitiesColumn, int levelsColumn)
            throws SQLException {
        String[] capabilities = (String[]) rs.getArray(capabilitiesColumn).getArray();
        Integer[] levels = (Integer[]) rs.getArray(levelsColumn).getArray();
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < capabilities.length; i++) {
            requirements.add(new Requirement(capabilities[i], levels[i]));
        }
        return requirements;
    }
}
