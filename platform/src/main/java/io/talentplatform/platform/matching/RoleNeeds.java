package io.talentplatform.platform.matching;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the roles of each family ask: family to capability to the highest level any of its roles requires. A gig's
 * growth and a person's wants are read against it on every match, and it changes only when a role is defined or a
 * capability renamed, so it is kept in memory under the talent pool's roles generation (V3_48) and read again when
 * that moves: one single-row read per use instead of an aggregate over every role
 * (docs/decisions/038-role-needs-cached.md).
 */
final class RoleNeeds {

    private record Cached(long generation, Map<String, Map<String, Integer>> byFamily) {
    }

    private final JdbcClient jdbc;
    private volatile Cached cached = new Cached(-1, Map.of());

    RoleNeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Of the families whose roles ask for any of {@code capabilities}, what they ask of those: families asking none
     * are left out, as are the other capabilities their roles ask.
     */
    Map<String, Map<String, Integer>> asking(Collection<String> capabilities) {
        Map<String, Map<String, Integer>> asking = new HashMap<>();
        current().forEach((family, asked) -> {
            Map<String, Integer> ofThese = new HashMap<>();
            for (String capability : capabilities) {
                Integer level = asked.get(capability);
                if (level != null) {
                    ofThese.put(capability, level);
                }
            }
            if (!ofThese.isEmpty()) {
                asking.put(family, ofThese);
            }
        });
        return asking;
    }

    /** What the roles of any of these families ask, capability to the highest level asked. */
    Map<String, Integer> of(List<String> families) {
        Map<String, Map<String, Integer>> byFamily = current();
        Map<String, Integer> needs = new HashMap<>();
        for (String family : families) {
            byFamily.getOrDefault(family, Map.of()).forEach((capability, level) -> needs.merge(capability, level,
                    Math::max));
        }
        return needs;
    }

    private Map<String, Map<String, Integer>> current() {
        long generation = jdbc.sql("SELECT generation FROM tp_roles_generation").query(Long.class).single();
        Cached seen = cached;
        if (seen.generation() == generation) {
            return seen.byFamily();
        }
        // Read after the generation: a role defined in between is cached under the older number, so the next use
        // reads again; the other order could keep older needs under a newer number.
        Map<String, Map<String, Integer>> byFamily = new HashMap<>();
        jdbc.sql("""
                        SELECT r.role_family, asked.capability, max(asked.level)
                        FROM tp_role r, unnest(r.required_capabilities, r.minimum_levels) AS asked (capability, level)
                        GROUP BY r.role_family, asked.capability""")
                .query(rs -> {
                    byFamily.computeIfAbsent(rs.getString(1), family -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        byFamily.replaceAll((family, asked) -> Map.copyOf(asked));
        Map<String, Map<String, Integer>> frozen = Map.copyOf(byFamily);
        cached = new Cached(generation, frozen);
        return frozen;
    }
}
