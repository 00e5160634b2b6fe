package io.talentplatform.projections.fold;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A read model's rows in memory while a full rebuild loads it (docs/decisions/032-rebuild-folds-rows.md). The
 * handlers' keyed writes ({@link KeyedWrites}) change the rows here instead of in PostgreSQL, so a row that events
 * change many times is written once: at a checkpoint, in one transaction, the rows changed since the last one go by
 * {@code COPY} (those written before are deleted by key first, and so are the rows deleted since), and the
 * processor's token of each segment moves to the last batch the pass applied there. A rebuild killed between two
 * checkpoints carries on from the last one, with the tables as they were written then.
 *
 * <p>The tables were emptied by the rebuild's reset and only the pass writes them (it holds every segment's claim),
 * so the rows here are all the rows there are: a key not here has no row. A batch is applied while it holds
 * {@link #batch()}; a checkpoint waits for the batches under way. A batch that fails marks the fold failed, and no
 * checkpoint follows, so what a failed batch changed in memory is never written.
 */
public final class Fold {

    private final String processor;
    /** The tables folded: every table of the read model. */
    private final Set<String> folded;
    private final JdbcTemplate jdbc;
    private final TransactionManager transactions;
    private final TokenStore tokens;
    private final long checkpointEvery;
    /** The processor's segments, all claimed by the pass. */
    private final int[] segments;
    private final Map<String, FoldedTable> tables = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    /** The token of the last batch applied in each segment of the processor. */
    private final Map<Integer, TrackingToken> reached = new ConcurrentHashMap<>();
    /** Where every segment stood at the last checkpoint. */
    private volatile long checkpointedAt;
    private volatile boolean failed;

    Fold(String processor, int[] segments, Set<String> folded, JdbcTemplate jdbc, TransactionManager transactions,
         TokenStore tokens, long checkpointEvery) {
        this.segments = segments.clone();
        this.processor = processor;
        this.folded = Set.copyOf(folded);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tokens = tokens;
        this.checkpointEvery = checkpointEvery;
    }

    /** The processor whose read model this folds. */
    public String processor() {
        return processor;
    }

    /** Held while a batch is applied: a checkpoint never writes half a batch. */
    public Lock batch() {
        return lock.readLock();
    }

    /**
     * A batch was applied and committed in {@code segments}, up to {@code token}; returns whether a checkpoint is due:
     * every segment has gone {@code checkpointEvery} positions of the log past the last one.
     */
    public boolean applied(int[] segments, TrackingToken token) {
        for (int segment : segments) {
            reached.put(segment, token);
        }
        return due();
    }

    private boolean due() {
        return !failed && position() - checkpointedAt >= checkpointEvery;
    }

    /**
     * How far the pass has applied events to this fold in every segment (the least of them), whether written or
     * not; 0 until each segment has applied a batch.
     */
    public long position() {
        Map<Integer, TrackingToken> now = new HashMap<>(reached);
        if (now.size() < segments.length) {
            return 0;
        }
        return now.values().stream().mapToLong(token -> token.position().orElse(0)).min().orElse(0);
    }

    /**
     * Keeps the pass's claims on the processor's segments, whose tokens it stores only at checkpoints: a claim not
     * renewed lapses, and another process would take the segment and write its tables live.
     */
    public void extendClaims() {
        transactions.executeInTransaction(() -> {
            for (int segment : segments) {
                tokens.extendClaim(processor, segment);
            }
        });
    }

    /** A batch failed: nothing more is written, and the processor carries on from the last checkpoint. */
    public void fail() {
        failed = true;
    }

    public boolean failed() {
        return failed;
    }

    /** A checkpoint if one is still due once the batches under way are over (another part may have taken it). */
    public long checkpointIfDue() {
        lock.writeLock().lock();
        try {
            return due() ? checkpoint() : 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Writes the rows changed since the last checkpoint and moves the processor's tokens, in one transaction; returns
     * how many rows it wrote. Nothing once the fold failed; a checkpoint that fails fails the fold.
     */
    public long checkpoint() {
        lock.writeLock().lock();
        try {
            if (failed) {
                return 0;
            }
            long at = position();
            Map<Integer, TrackingToken> positions = new HashMap<>(reached);
            List<FoldedTable.Changes> changes = tables.values().stream().map(FoldedTable::changes).toList();
            try {
                transactions.executeInTransaction(() -> {
                    for (FoldedTable.Changes change : changes) {
                        change.write(jdbc);
                    }
                    positions.forEach((segment, token) -> tokens.storeToken(token, processor, segment));
                });
            } catch (RuntimeException e) {
                failed = true;
                throw e;
            }
            changes.forEach(FoldedTable.Changes::written);
            checkpointedAt = at;
            return changes.stream().mapToLong(FoldedTable.Changes::rows).sum();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void insertIfAbsent(KeyedTable table, Columns row) {
        FoldedTable rows = table(table);
        FoldedRow created = created(rows, row);
        Key key = rows.keyOf(created);
        if (rows.rows.putIfAbsent(key, created) == null) {
            rows.added(key, created);
            rows.changed.add(key);
        }
    }

    void upsert(KeyedTable table, Columns row, List<String> updated) {
        FoldedTable rows = table(table);
        FoldedRow created = created(rows, row);
        Key key = rows.keyOf(created);
        FoldedRow existing = rows.rows.putIfAbsent(key, created);
        if (existing == null) {
            rows.added(key, created);
            rows.changed.add(key);
            return;
        }
        int[] columns = new int[updated.size()];
        Object[] values = new Object[updated.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = rows.column(updated.get(i));
            values[i] = created.get(columns[i]);
        }
        rows.change(key, existing, columns, values);
    }

    void update(KeyedTable table, Columns key, Columns values) {
        FoldedTable rows = table(table);
        Key found = Key.of(resolved(key));
        set(rows, found, values);
    }

    void delete(KeyedTable table, Columns key) {
        FoldedTable rows = table(table);
        Key found = Key.of(resolved(key));
        FoldedRow removed = rows.rows.remove(found);
        if (removed != null) {
            rows.removed(found, removed);
            rows.changed.add(found);
        }
    }

    void updateLatestBelow(KeyedTable table, Columns prefix, long below, Columns values) {
        FoldedTable rows = table(table);
        List<Object> probe = new ArrayList<>(resolved(prefix));
        Key start = Key.of(probe);
        probe.add(below);
        Key latest = rows.latestBelow(start, Key.of(probe));
        if (latest != null) {
            set(rows, latest, values);
        }
    }

    void updateOwnedBy(KeyedTable table, Object owner, Columns values) {
        FoldedTable rows = table(table);
        for (Key key : rows.owned(owner)) {
            set(rows, key, values);
        }
    }

    void overwriteOwnedBy(KeyedTable table, Object owner, Object value, List<String> columns) {
        FoldedTable rows = table(table);
        for (Key key : rows.owned(owner)) {
            FoldedRow row = rows.rows.get(key);
            if (row == null) {
                continue;
            }
            for (String column : columns) {
                int index = rows.column(column);
                Object current = row.get(index);
                if (current == FoldedRow.UNSET && rows.defaulted(jdbc, column)) {
                    throw new IllegalStateException("A folded write overwrites " + table.name() + "." + column
                            + ", which its row left to a default only PostgreSQL knows");
                }
                if (current != null && current != FoldedRow.UNSET) { // a null stays null
                    rows.change(key, row, new int[]{index}, new Object[]{value});
                }
            }
            rows.changed.add(key);
        }
    }

    /** As UPDATE: no row, nothing to change. */
    private void set(FoldedTable rows, Key key, Columns values) {
        FoldedRow row = rows.rows.get(key);
        if (row == null) {
            return;
        }
        int[] columns = new int[values.size()];
        Object[] resolved = new Object[values.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = rows.column(values.names().get(i));
            resolved[i] = resolve(values.value(i));
        }
        rows.change(key, row, columns, resolved);
    }

    private FoldedRow created(FoldedTable rows, Columns row) {
        int[] columns = new int[row.size()];
        Object[] values = new Object[row.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = rows.column(row.names().get(i));
            values[i] = resolve(row.value(i));
        }
        return rows.newRow(columns, values);
    }

    private FoldedTable table(KeyedTable table) {
        return tables.computeIfAbsent(table.name(), name -> new FoldedTable(table));
    }

    private List<Object> resolved(Columns columns) {
        List<Object> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            values.add(resolve(columns.value(i)));
        }
        return values;
    }

    private Object resolve(Object value) {
        if (value instanceof Columns.Cast cast) {
            return cast.text(); // COPY reads it as the column's type, as the cast does live
        }
        if (!(value instanceof Columns.Lookup lookup)) {
            return value;
        }
        if (!folded.contains(lookup.table().name())) {
            throw new IllegalStateException("A folded write looks up " + lookup.table().name() + ", which "
                    + processor + " does not fold");
        }
        FoldedTable rows = table(lookup.table());
        FoldedRow row = rows.rows.get(Key.of(lookup.key()));
        if (row == null) {
            return null;
        }
        Object found = row.get(rows.column(lookup.column()));
        if (found == FoldedRow.UNSET) {
            if (rows.defaulted(jdbc, lookup.column())) {
                // The column holds its default, which only PostgreSQL knows.
                throw new IllegalStateException("A folded write looks up " + lookup.table().name() + "."
                        + lookup.column() + ", which its row never set and which has a default");
            }
            return null;
        }
        return found;
    }
}
