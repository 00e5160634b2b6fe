package io.talentplatform.projections.rebuild;

import io.talentplatform.platform.readmodel.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps PostgreSQL's statistics of the tables a pass fills close to what they hold. A pass's statements are prepared
 * once, and PostgreSQL plans a prepared statement from the statistics of the moment: a table analyzed while it was
 * still empty is planned as empty (a scan of nothing), and that plan stays until the table is analyzed again. The
 * pass's tables start empty at different points of the log (conversations only after everyone is registered), so a
 * schedule by events replayed analyzed some of them empty, and their statements then scanned a growing table on every
 * call for tens of seconds (docs/decisions/029-statistics-by-table-growth.md). A table is therefore analyzed when it
 * holds twice the rows it held at its last analysis, and {@code floor} rows more (updates alone leave it be: they
 * change no table's size, and a pass that analyzed for every change would spend more than it saves).
 */
final class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcClient jdbc;
    private final long floor;

    PlannerStatistics(JdbcClient jdbc, long floor) {
        this.jdbc = jdbc;
        this.floor = floor;
    }

    /** Analyzes the tables of the named processors' read models that outgrew their statistics; returns those. */
    List<String> refreshReadModels(Set<String> processors) {
        return refresh(processors.stream().map(ReadModel::ofProcessor).flatMap(Optional::stream)
                .flatMap(model -> model.tables().stream()).toList());
    }

    /** Analyzes those of {@code tables} that outgrew their statistics; returns them. */
    List<String> refresh(Collection<String> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        // The rows now, against the rows counted at the last analysis (reltuples is -1 for a table not analyzed since
        // it was emptied). The live count lags a second at most: each backend reports its changes as it idles.
        List<String> stale = jdbc.sql("""
                        SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
                        WHERE s.schemaname = current_schema() AND s.relname = ANY (?)
                          AND s.n_live_tup >= 2 * greatest(c.reltuples, 0) + ?
                        ORDER BY s.relname""")
                .params(tables.toArray(String[]::new), floor).query(String.class).list();
        for (String table : stale) {
            try {
                jdbc.sql("ANALYZE " + table).update();
            } catch (RuntimeException e) {
                log.warn("Could not analyze {}: {}", table, e.getMessage());
            }
        }
        return stale;
    }
}
