package io.talentplatform.projections.fold;

import io.talentplatform.projections.BatchedWrites;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A read model's writes by primary key, in the few shapes a row can be folded in: insert unless present, insert or
 * update named columns, update, delete, and update the latest row below a bound. Live, each becomes the SQL statement
 * it names, sent with the batch ({@link BatchedWrites}); while a full rebuild folds the table ({@link Fold}), it is
 * applied to the table's rows in memory instead, and the rows are written once. The handlers are the same either way,
 * so live and rebuilt rows cannot drift (ProjectionRebuildTest compares them).
 */
@Component
public class KeyedWrites {

    private final BatchedWrites writes;
    private final Folds folds;

    /** @param folds the rebuilds folding read models in this process; null where none does (a point-in-time replay) */
    public KeyedWrites(BatchedWrites writes, Folds folds) {
        this.writes = writes;
        this.folds = folds;
    }

    /** {@code INSERT … ON CONFLICT (key) DO NOTHING}: {@code row} names every key column. */
    public void insertIfAbsent(KeyedTable table, Columns row) {
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.insertIfAbsent(table, row);
            return;
        }
        List<Object> params = new ArrayList<>();
        writes.sql(insert(table, row, params) + " DO NOTHING").params(params.toArray()).update();
    }

    /** {@code INSERT … ON CONFLICT (key) DO UPDATE SET} the {@code updated} columns of {@code row}. */
    public void upsert(KeyedTable table, Columns row, String... updated) {
        for (String column : updated) {
            row.value(column); // each one among the row's
        }
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.upsert(table, row, List.of(updated));
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(insert(table, row, params)).append(" DO UPDATE SET ");
        for (int i = 0; i < updated.length; i++) {
            sql.append(i > 0 ? ", " : "").append(updated[i]).append(" = EXCLUDED.").append(updated[i]);
        }
        writes.sql(sql.toString()).params(params.toArray()).update();
    }

    /** {@code UPDATE … SET} {@code values} {@code WHERE} the row's key is {@code key}; nothing when there is none. */
    public void update(KeyedTable table, Columns key, Columns values) {
        requireKey(table, key.names());
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.update(table, key, values);
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        set(sql, values, params);
        where(sql.append(" WHERE "), key, params);
        writes.sql(sql.toString()).params(params.toArray()).update();
    }

    /** {@code DELETE … WHERE} the row's key is {@code key}. */
    public void delete(KeyedTable table, Columns key) {
        requireKey(table, key.names());
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.delete(table, key);
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(table.name()).append(" WHERE ");
        where(sql, key, params);
        writes.sql(sql.toString()).params(params.toArray()).update();
    }

    /**
     * Updates the row whose key starts with {@code prefix} and whose last key column is the greatest below
     * {@code below}: {@code UPDATE … WHERE prefix AND last = (SELECT max(last) … WHERE prefix AND last < ?)}; nothing
     * when there is none.
     */
    public void updateLatestBelow(KeyedTable table, Columns prefix, long below, Columns values) {
        List<String> key = table.key();
        if (!table.ordered()) {
            throw new IllegalArgumentException(table.name() + " is not declared ordered");
        }
        requireKey(table, append(prefix.names(), key.get(key.size() - 1)));
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.updateLatestBelow(table, prefix, below, values);
            return;
        }
        String last = key.get(key.size() - 1);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        set(sql, values, params);
        where(sql.append(" WHERE "), prefix, params);
        sql.append(" AND ").append(last).append(" = (SELECT max(").append(last).append(") FROM ").append(table.name())
                .append(" WHERE ");
        where(sql, prefix, params);
        sql.append(" AND ").append(last).append(" < ?)");
        params.add(below);
        writes.sql(sql.toString()).params(params.toArray()).update();
    }

    /** {@code UPDATE … SET} {@code values} {@code WHERE} the table's owner column is {@code owner}: all their rows. */
    public void updateOwnedBy(KeyedTable table, Object owner, Columns values) {
        requireOwner(table);
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.updateOwnedBy(table, owner, values);
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        set(sql, values, params);
        sql.append(" WHERE ").append(table.owner()).append(" = ?");
        params.add(owner);
        writes.sql(sql.toString()).params(params.toArray()).update();
    }

    /**
     * Overwrites with {@code value} each of {@code columns} that is not null, in every row of {@code owner}:
     * {@code SET c = CASE WHEN c IS NULL THEN NULL ELSE ? END}, as erasure replaces texts that were given.
     */
    public void overwriteOwnedBy(KeyedTable table, Object owner, Object value, String... columns) {
        requireOwner(table);
        Fold fold = foldOf(table);
        if (fold != null) {
            fold.overwriteOwnedBy(table, owner, value, List.of(columns));
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i > 0 ? ", " : "").append(columns[i]).append(" = CASE WHEN ").append(columns[i])
                    .append(" IS NULL THEN NULL ELSE ? END");
            params.add(value);
        }
        sql.append(" WHERE ").append(table.owner()).append(" = ?");
        params.add(owner);
        writes.sql(sql.toString()).params(params.toArray()).update();
    }

    private static void requireOwner(KeyedTable table) {
        if (table.owner() == null) {
            throw new IllegalArgumentException(table.name() + " declares no owner column");
        }
    }

    /** The rebuild folding the table now, or null: written live. */
    private Fold foldOf(KeyedTable table) {
        return folds == null ? null : folds.of(table);
    }

    private static String insert(KeyedTable table, Columns row, List<Object> params) {
        if (!row.names().containsAll(table.key())) {
            throw new IllegalArgumentException(table.name() + ": a row inserted names its key " + table.key());
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (")
                .append(String.join(", ", row.names())).append(") VALUES (");
        for (int i = 0; i < row.size(); i++) {
            sql.append(i > 0 ? ", " : "");
            value(sql, row.value(i), params);
        }
        return sql.append(") ON CONFLICT (").append(String.join(", ", table.key())).append(")").toString();
    }

    private static void set(StringBuilder sql, Columns values, List<Object> params) {
        for (int i = 0; i < values.size(); i++) {
            sql.append(i > 0 ? ", " : "").append(values.names().get(i)).append(" = ");
            value(sql, values.value(i), params);
        }
    }

    private static void where(StringBuilder sql, Columns key, List<Object> params) {
        for (int i = 0; i < key.size(); i++) {
            sql.append(i > 0 ? " AND " : "").append(key.names().get(i)).append(" = ?");
            params.add(key.value(i));
        }
    }

    private static void value(StringBuilder sql, Object value, List<Object> params) {
        if (value instanceof Columns.Lookup lookup) {
            sql.append("(SELECT ").append(lookup.column()).append(" FROM ").append(lookup.table().name())
                    .append(" WHERE ");
            List<String> key = lookup.table().key();
            for (int i = 0; i < key.size(); i++) {
                sql.append(i > 0 ? " AND " : "").append(key.get(i)).append(" = ?");
                params.add(lookup.key().get(i));
            }
            sql.append(')');
        } else if (value instanceof Columns.Cast cast) {
            sql.append("?::").append(cast.type());
            params.add(cast.text());
        } else {
            sql.append('?');
            params.add(value);
        }
    }

    private static void requireKey(KeyedTable table, List<String> columns) {
        if (!columns.equals(table.key())) {
            throw new IllegalArgumentException(table.name() + " is written by its key " + table.key() + ", not by "
                    + columns);
        }
    }

    private static List<String> append(List<String> names, String last) {
        List<String> all = new ArrayList<>(names);
        all.add(last);
        return all;
    }
}
