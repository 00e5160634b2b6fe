package io.talentplatform.projections.fold;

import io.talentplatform.projections.ParameterText;
import io.talentplatform.projections.TextArray;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One table's rows in a {@link Fold}: the rows by key, the columns they set in the order the handlers first named
 * them, which rows changed since the last checkpoint and which are in PostgreSQL, and the indexes an ordered table
 * or a table with an owner needs.
 */
final class FoldedTable {

    private static final int MAX_COLUMNS = Long.SIZE;

    final KeyedTable table;
    final ConcurrentHashMap<Key, FoldedRow> rows = new ConcurrentHashMap<>();
    final Set<Key> changed = ConcurrentHashMap.newKeySet();
    /** The keys whose rows are in PostgreSQL; only checkpoints, under the fold's write lock, touch it. */
    private final Set<Key> written = new HashSet<>();
    /** For an ordered table, its keys by their prefix (all columns but the last), in the last column's order. */
    private final ConcurrentHashMap<Key, NavigableSet<Key>> byPrefix = new ConcurrentHashMap<>();
    /** For a table with an owner column, its keys by owner. */
    private final ConcurrentHashMap<Object, Set<Key>> byOwner = new ConcurrentHashMap<>();
    private final Map<String, Integer> columnIndex = new ConcurrentHashMap<>();
    private final List<String> columns = new CopyOnWriteArrayList<>();
    private final int[] keyColumns;
    private final int ownerColumn;
    private Set<String> defaulted;
    private List<String> keyTypes;

    FoldedTable(KeyedTable table) {
        this.table = table;
        this.keyColumns = table.key().stream().mapToInt(this::column).toArray();
        this.ownerColumn = table.owner() == null ? -1 : column(table.owner());
    }

    /** The column's place in this table's rows, given on first use. */
    int column(String name) {
        Integer index = columnIndex.get(name);
        if (index != null) {
            return index;
        }
        synchronized (columns) {
            return columnIndex.computeIfAbsent(name, added -> {
                if (columns.size() == MAX_COLUMNS) {
                    throw new IllegalStateException(table.name() + " has more columns than a fold keeps");
                }
                columns.add(added);
                return columns.size() - 1;
            });
        }
    }

    FoldedRow newRow(int[] columns, Object[] values) {
        FoldedRow row = new FoldedRow(this.columns.size());
        for (int i = 0; i < columns.length; i++) {
            row.set(columns[i], values[i]);
        }
        return row;
    }

    Key keyOf(FoldedRow row) {
        Object[] key = new Object[keyColumns.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = row.get(keyColumns[i]);
        }
        return Key.of(key);
    }

    void added(Key key, FoldedRow row) {
        if (table.ordered()) {
            NavigableSet<Key> keys = byPrefix.computeIfAbsent(key.prefix(), prefix -> new TreeSet<>());
            synchronized (keys) {
                keys.add(key);
            }
        }
        if (ownerColumn >= 0) {
            owned(key, row.get(ownerColumn));
        }
    }

    void removed(Key key, FoldedRow row) {
        if (table.ordered()) {
            NavigableSet<Key> keys = byPrefix.get(key.prefix());
            if (keys != null) {
                synchronized (keys) {
                    keys.remove(key);
                }
            }
        }
        if (ownerColumn >= 0) {
            disowned(key, row.get(ownerColumn));
        }
    }

    /** Sets the values in the row, and finds it under its new owner if they change it. */
    void change(Key key, FoldedRow row, int[] columns, Object[] values) {
        Object ownerBefore = ownerColumn >= 0 ? row.get(ownerColumn) : null;
        for (int i = 0; i < columns.length; i++) {
            row.set(columns[i], values[i]);
            if (columns[i] == ownerColumn && !Objects.equals(ownerBefore, values[i])) {
                disowned(key, ownerBefore);
                owned(key, values[i]);
            }
        }
        changed.add(key);
    }

    /** The latest key below {@code bound} under {@code prefix}, of an ordered table; null when there is none. */
    Key latestBelow(Key prefix, Key bound) {
        NavigableSet<Key> keys = byPrefix.get(prefix);
        if (keys == null) {
            return null;
        }
        synchronized (keys) {
            return keys.lower(bound);
        }
    }

    /** The keys of the owner's rows, as they are now. */
    List<Key> owned(Object owner) {
        Set<Key> keys = byOwner.get(owner);
        return keys == null ? List.of() : List.copyOf(keys);
    }

    private void owned(Key key, Object owner) {
        if (owner != null && owner != FoldedRow.UNSET) {
            byOwner.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(key);
        }
    }

    private void disowned(Key key, Object owner) {
        if (owner != null && owner != FoldedRow.UNSET) {
            Set<Key> keys = byOwner.get(owner);
            if (keys != null) {
                keys.remove(key);
            }
        }
    }

    /** Whether the column has a default, which a row that never set it holds in PostgreSQL. */
    synchronized boolean defaulted(JdbcTemplate jdbc, String column) {
        if (defaulted == null) {
            defaulted = Set.copyOf(jdbc.queryForList("SELECT attname FROM pg_attribute WHERE attrelid = "
                    + "?::regclass AND attnum > 0 AND NOT attisdropped AND atthasdef", String.class, table.name()));
        }
        return defaulted.contains(column);
    }

    /** What changed since the last checkpoint, taken while no batch runs. */
    Changes changes() {
        List<Key> gone = new ArrayList<>();
        Map<Long, List<Object[]>> byColumns = new LinkedHashMap<>();
        List<Key> copied = new ArrayList<>();
        int width = columns.size();
        for (Key key : changed) {
            FoldedRow row = rows.get(key);
            if (written.contains(key)) {
                gone.add(key);
            }
            if (row != null) {
                Object[] values = new Object[width];
                long set = row.snapshot(values);
                byColumns.computeIfAbsent(set, columns -> new ArrayList<>()).add(values);
                copied.add(key);
            }
        }
        return new Changes(List.copyOf(changed), gone, copied, byColumns);
    }

    /** One checkpoint's rows of the table: the keys to delete first, and the rows to copy by the columns they set. */
    final class Changes {

        private final List<Key> seen;
        private final List<Key> gone;
        private final List<Key> copied;
        private final Map<Long, List<Object[]>> byColumns;

        private Changes(List<Key> seen, List<Key> gone, List<Key> copied, Map<Long, List<Object[]>> byColumns) {
            this.seen = seen;
            this.gone = gone;
            this.copied = copied;
            this.byColumns = byColumns;
        }

        void write(JdbcTemplate jdbc) {
            if (!gone.isEmpty()) {
                delete(jdbc);
            }
            byColumns.forEach((set, rows) -> copy(jdbc, set, rows));
        }

        /** The rows are in PostgreSQL now: later checkpoints delete them before writing them again. */
        void written() {
            changed.removeAll(seen); // no batch runs during a checkpoint: nothing changed meanwhile
            gone.forEach(written::remove);
            written.addAll(copied);
        }

        long rows() {
            return copied.size();
        }

        private void delete(JdbcTemplate jdbc) {
            List<String> key = table.key();
            List<String> types = keyTypes(jdbc);
            StringBuilder sql = new StringBuilder("DELETE FROM ").append(table.name()).append(" AS t USING unnest(");
            for (int i = 0; i < key.size(); i++) {
                sql.append(i > 0 ? ", " : "").append("?::text[]");
            }
            sql.append(") AS gone(").append(String.join(", ", key)).append(") WHERE ");
            Object[] arrays = new Object[key.size()];
            for (int i = 0; i < key.size(); i++) {
                sql.append(i > 0 ? " AND " : "").append("t.").append(key.get(i)).append(" = gone.")
                        .append(key.get(i)).append("::").append(types.get(i));
                List<String> values = new ArrayList<>(gone.size());
                for (Key row : gone) {
                    values.add(ParameterText.of(row.parts()[i]));
                }
                arrays[i] = new SqlParameterValue(Types.OTHER, TextArray.of(values));
            }
            jdbc.update(sql.toString(), arrays);
        }

        private void copy(JdbcTemplate jdbc, long set, List<Object[]> rows) {
            List<Integer> present = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int column = 0; column < MAX_COLUMNS; column++) {
                if ((set & (1L << column)) != 0) {
                    present.add(column);
                    names.add(columns.get(column));
                }
            }
            String sql = "COPY " + table.name() + " (" + String.join(", ", names) + ") FROM STDIN";
            jdbc.execute((ConnectionCallback<Long>) connection -> {
                CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                try {
                    StringBuilder text = new StringBuilder(1 << 16);
                    for (Object[] row : rows) {
                        for (int i = 0; i < present.size(); i++) {
                            if (i > 0) {
                                text.append('\t');
                            }
                            copyText(text, row[present.get(i)]);
                        }
                        text.append('\n');
                        if (text.length() >= 1 << 16) {
                            send(in, text);
                        }
                    }
                    send(in, text);
                    return in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
            });
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws java.sql.SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** The key columns' types, for the delete's casts; read at the first checkpoint that deletes. */
    private List<String> keyTypes(JdbcTemplate jdbc) {
        if (keyTypes == null) {
            Map<String, String> types = new HashMap<>();
            jdbc.query("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                            + "WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped",
                    rs -> {
                        types.put(rs.getString(1), rs.getString(2));
                    }, table.name());
            keyTypes = table.key().stream().map(types::get).toList();
        }
        return keyTypes;
    }

    /** A value in {@code COPY}'s text format: {@code \N} for null, backslash escapes for the characters it reserves. */
    static void copyText(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (!(value instanceof String || value instanceof UUID || value instanceof LocalDate
                || value instanceof Boolean || value instanceof Integer || value instanceof Short
                || value instanceof Long || value instanceof BigDecimal || value instanceof Instant
                || value instanceof Timestamp || value instanceof OffsetDateTime)) {
            throw new IllegalArgumentException("A folded row holds a " + value.getClass().getName()
                    + ", which it does not know how to copy");
        }
        String plain = value instanceof String string ? string : ParameterText.of(value);
        int reserved = 0;
        while (reserved < plain.length() && !reserved(plain.charAt(reserved))) {
            reserved++;
        }
        if (reserved == plain.length()) {
            text.append(plain); // the common case: nothing to escape
            return;
        }
        text.append(plain, 0, reserved);
        for (int i = reserved; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }

    private static boolean reserved(char c) {
        return c == '\\' || c == '\n' || c == '\r' || c == '\t';
    }
}
