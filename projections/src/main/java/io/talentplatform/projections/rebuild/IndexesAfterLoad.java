package io.talentplatform.projections.rebuild;

import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.TextArray;
import org.axonframework.common.transaction.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The indexes that only a read model's queries use ({@link ReadModel#queryIndexes()}), dropped when a full rebuild
 * empties the tables and built again from their own definitions once the load is over: PostgreSQL then builds each
 * one in a single sort instead of keeping it up to date row by row through a million events
 * (docs/decisions/022-indexes-after-a-load.md). The definitions wait in {@code projection_rebuild_index} (V3_23),
 * written in the reset's transaction, so a rebuild killed halfway loses none of them: the process that next runs the
 * read model live builds them.
 */
final class IndexesAfterLoad {

    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE INDEX ");

    private static final Logger log = LoggerFactory.getLogger(IndexesAfterLoad.class);

    private final JdbcClient jdbc;
    private final TransactionManager transactions;

    IndexesAfterLoad(JdbcClient jdbc, TransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Keeps the definitions of the processor's query indexes and drops them; in the reset's transaction. */
    void dropForLoad(String processor) {
        List<String> indexes = ReadModel.ofProcessor(processor).map(ReadModel::queryIndexes).orElse(List.of());
        if (indexes.isEmpty()) {
            return;
        }
        // A rebuild killed before its indexes were built again left their definitions here, and them dropped.
        jdbc.sql("""
                        INSERT INTO projection_rebuild_index (index_name, processor, definition)
                        SELECT indexname, ?, indexdef FROM pg_indexes
                        WHERE schemaname = current_schema() AND indexname = ANY (?::text[])
                        ON CONFLICT (index_name) DO NOTHING""")
                .params(processor, TextArray.of(indexes)).update();
        for (Dropped index : dropped(processor)) {
            jdbc.sql("DROP INDEX IF EXISTS " + index.name()).update();
        }
    }

    /**
     * Builds the processor's dropped indexes again, each in a transaction of its own that also forgets its definition;
     * returns how many it built. Two processes never build the same index at once (a transaction-scoped advisory lock
     * on its name; the other skips it), and one that fails (say, a table changed by an upgrade) leaves its definition
     * for an operator without holding up the others.
     */
    int build(String processor) {
        int built = 0;
        for (Dropped index : dropped(processor)) {
            if (!index.definition().startsWith("CREATE INDEX " + index.name() + " ON ")) {
                log.error("Not building {}: its stored definition is not PostgreSQL's CREATE INDEX of it: {}",
                        index.name(), index.definition());
                continue;
            }
            try {
                if (transactions.fetchInTransaction(() -> buildAlone(index))) {
                    built++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not build {} of {}: {}", index.name(), processor, e.getMessage());
            }
        }
        return built;
    }

    private boolean buildAlone(Dropped index) {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(?))").param("projection_rebuild_index:" + index.name())
                .query(Boolean.class).single()) {
            return false; // another process is building it now
        }
        jdbc.sql(CREATE_INDEX.matcher(index.definition()).replaceFirst("CREATE INDEX IF NOT EXISTS ")).update();
        jdbc.sql("DELETE FROM projection_rebuild_index WHERE index_name = ?").param(index.name()).update();
        return true;
    }

    /** The processors that have indexes waiting to be built. */
    List<String> processorsWaiting() {
        return jdbc.sql("SELECT DISTINCT processor FROM projection_rebuild_index ORDER BY processor")
                .query(String.class).list();
    }

    /** The processor's indexes dropped for a load and not built again yet, with their definitions. */
    private List<Dropped> dropped(String processor) {
        return jdbc.sql("""
                        SELECT index_name, definition FROM projection_rebuild_index
                        WHERE processor = ? ORDER BY index_name""")
                .param(processor).query((rs, row) -> new Dropped(rs.getString(1), rs.getString(2))).list();
    }

    private record Dropped(String name, String definition) {
    }
}
