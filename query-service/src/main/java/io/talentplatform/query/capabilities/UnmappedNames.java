package io.talentplatform.query.capabilities;

import io.talentplatform.platform.problem.EditDistance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The names in use that are not a catalogue capability's own (docs/capabilities.md, "Names recorded before the
 * catalogue"): under which people hold a capability, or roles and openings require one. Each is something HR maps
 * (POST /api/v1/capabilities/map) or adds to the catalogue. A name that already resolves as an alias says to what.
 */
@Component
class UnmappedNames {

    private static final int SUGGESTIONS = 3;

    private final JdbcClient jdbc;

    UnmappedNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unmapped> read() {
        List<String> offered = jdbc.sql("SELECT capability_id FROM tp_catalogue_capability WHERE standing = 'OFFERED'")
                .query(String.class).list();
        return jdbc.sql("""
                        WITH used AS (
                            SELECT capability AS name, count(*) AS holders, 0 AS roles, 0 AS openings
                            FROM tp_capability GROUP BY capability
                            UNION ALL
                            SELECT r.name, 0, count(*), 0 FROM tp_role, unnest(required_capabilities) AS r (name)
                            GROUP BY r.name
                            UNION ALL
                            SELECT o.name, 0, 0, count(*) FROM tp_opening, unnest(required_capabilities) AS o (name)
                            GROUP BY o.name)
                        SELECT used.name, sum(holders), sum(roles), sum(openings),
                            (SELECT c.capability_id FROM tp_catalogue_capability c WHERE used.name = ANY (c.aliases)
                             LIMIT 1)
                        FROM used
                        WHERE NOT EXISTS (SELECT 1 FROM tp_catalogue_capability c
                                          WHERE c.capability_id = used.name AND c.standing <> 'MERGED')
                        GROUP BY used.name
                        ORDER BY sum(holders) DESC, used.name""")
                .query((rs, row) -> new Unmapped(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), suggestions(rs.getString(1), offered)))
                .list();
    }

    private static List<String> suggestions(String name, List<String> offered) {
        record Candidate(String capabilityId, int distance) {
        }
        return offered.stream().map(id -> new Candidate(id, EditDistance.betweenNames(name, id)))
                .filter(candidate -> EditDistance.closeEnough(name, candidate.distance()))
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::capabilityId))
                .map(Candidate::capabilityId).limit(SUGGESTIONS).toList();
    }

    /**
     * @param holders     people whose current level in a capability is recorded under the name
     * @param resolvesTo  the capability the name is an alias of already, or {@code null}
     * @param suggestions the offered capabilities closest to the name
     */
    record Unmapped(String name, long holders, long roles, long openings, String resolvesTo,
                    List<String> suggestions) {
    }
}
