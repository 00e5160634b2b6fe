package io.talentplatform.projections.fold;

import io.talentplatform.platform.readmodel.ReadModel;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The folds under way in this process, by table: while a full rebuild folds a read model ({@link Fold}), its
 * handlers' keyed writes go to the fold, and a statement of raw SQL that names one of its tables is refused, since
 * it would change PostgreSQL's rows behind the fold's back or read rows not written yet.
 */
@Component
public class Folds {

    /**
     * The read models whose handlers write only through {@link KeyedWrites}, so a full rebuild folds them. The
     * follow-through and the talent pool still write statements that read other rows (subselects, aggregates), which
     * a fold cannot answer.
     */
    public static final Set<ReadModel> FOLDED = Set.of(ReadModel.CAREER_CAPITAL, ReadModel.TALENT_METRICS);

    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final long checkpointEvery;
    private volatile Map<String, Fold> byTable = Map.of();
    private final Map<String, Boolean> namesFolded = new ConcurrentHashMap<>();

    public Folds(JdbcTemplate jdbc,
                 @Value("${talent.projections.rebuild-fold:true}") boolean enabled,
                 @Value("${talent.projections.rebuild-fold-checkpoint:1000000}") long checkpointEvery) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.checkpointEvery = checkpointEvery;
    }

    /**
     * Whether a full rebuild of {@code model} folds its rows: it is written by key alone, and folding is on (a
     * history whose rows would not fit in the heap turns it off, and the rebuild writes row by row).
     */
    public boolean folds(ReadModel model) {
        return enabled && FOLDED.contains(model);
    }

    /** Starts folding {@code model}'s tables, which its rebuild's reset has just emptied. */
    public synchronized Fold begin(ReadModel model, int[] segments, TransactionManager transactions,
                                   TokenStore tokens) {
        if (!FOLDED.contains(model)) {
            throw new IllegalArgumentException(model.processor() + " is not written by key alone");
        }
        return begin(model.processor(), segments, model.tables(), transactions, tokens);
    }

    /** Starts folding {@code tables} for {@code processor}, whose tokens of {@code segments} its checkpoints move. */
    synchronized Fold begin(String processor, int[] segments, List<String> folded, TransactionManager transactions,
                            TokenStore tokens) {
        Fold fold = new Fold(processor, segments, Set.copyOf(folded), jdbc, transactions, tokens, checkpointEvery);
        Map<String, Fold> tables = new HashMap<>(byTable);
        for (String table : folded) {
            if (tables.putIfAbsent(table, fold) != null) {
                throw new IllegalStateException(table + " is folded already");
            }
        }
        byTable = Map.copyOf(tables);
        namesFolded.clear();
        return fold;
    }

    /** The fold is over (written, or given up): its tables are written live again. */
    public synchronized void end(Fold fold) {
        Map<String, Fold> tables = new HashMap<>(byTable);
        tables.values().removeIf(folding -> folding == fold);
        byTable = Map.copyOf(tables);
        namesFolded.clear();
    }

    /** The fold of {@code table}, or null when it is written live. */
    Fold of(KeyedTable table) {
        Map<String, Fold> folding = byTable;
        return folding.isEmpty() ? null : folding.get(table.name());
    }

    /** Refuses a statement of raw SQL that names a table being folded. */
    public void checkRaw(String sql) {
        Map<String, Fold> folding = byTable;
        if (folding.isEmpty()) {
            return;
        }
        if (namesFolded.computeIfAbsent(sql, text -> folding.keySet().stream()
                .anyMatch(table -> Pattern.compile("\\b" + table + "\\b").matcher(text).find()))) {
            throw new IllegalStateException("A statement names a table a rebuild folds in memory, so it would "
                    + "not see or keep the fold's rows; write it through KeyedWrites: " + sql);
        }
    }
}
