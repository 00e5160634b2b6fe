package io.talentplatform.query.capabilities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** The SQL behind the capability catalogue, over the talent pool's catalogue table. */
@Component
class CatalogueReader {

    private final JdbcClient jdbc;

    CatalogueReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        return jdbc.sql("SELECT coalesce(max(changed_in), 0) FROM tp_catalogue_capability").query(Long.class).single();
    }

    /**
     * The entries whose name, label or an alias contains {@code query} (any case), after {@code after} in name order.
     */
    List<CatalogueEntry> entries(String query, String after, int limit) {
        return jdbc.sql("""
                        SELECT capability_id, label, aliases, esco_uri, skill_type, reuse_level, description, standing,
                               merged_into, retired_why, added_in, changed_in
                        FROM tp_catalogue_capability
                        WHERE capability_id > :after
                          AND (CAST(:query AS text) IS NULL
                               OR strpos(capability_id, lower(:query)) > 0
                               OR strpos(lower(label), lower(:query)) > 0
                               OR EXISTS (SELECT 1 FROM unnest(aliases) alias WHERE strpos(alias, lower(:query)) > 0))
                        ORDER BY capability_id LIMIT :limit""")
                .param("after", after).param("query", query).param("limit", limit)
                .query((rs, row) -> new CatalogueEntry(rs.getString(1), rs.getString(2), texts(rs.getArray(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getLong(11), rs.getLong(12)))
                .list();
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
