package io.talentplatform.projections.fold;

import java.util.ArrayList;
import java.util.List;

/**
 * Column names and their values, in the order a handler gives them: {@code Columns.of("employee_id", id, "function",
 * function)}. A value may be a {@link Lookup} of another row's column.
 */
public final class Columns {

    private final List<String> names;
    private final List<Object> values;

    private Columns(List<String> names, List<Object> values) {
        this.names = names;
        this.values = values;
    }

    public static Columns of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns come as name, value pairs");
        }
        List<String> names = new ArrayList<>(namesAndValues.length / 2);
        List<Object> values = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("not a column name: " + namesAndValues[i]);
            }
            names.add(name);
            values.add(namesAndValues[i + 1]);
        }
        return new Columns(List.copyOf(names), values);
    }

    List<String> names() {
        return names;
    }

    Object value(int index) {
        return values.get(index);
    }

    int size() {
        return names.size();
    }

    /** The value of {@code column}, which must be among these. */
    Object value(String column) {
        int index = names.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " among " + names);
        }
        return values.get(index);
    }

    /** A value PostgreSQL reads as {@code type} from its text (an array literal, say): {@code ?::type} live. */
    public record Cast(String text, String type) {

        public static Cast of(String text, String type) {
            return new Cast(text, type);
        }
    }

    /**
     * One column of the row of {@code table} with {@code key}, read when the write is applied; null when there is no
     * such row.
     */
    public record Lookup(KeyedTable table, String column, List<Object> key) {

        public Lookup {
            key = List.copyOf(key);
            if (key.size() != table.key().size()) {
                throw new IllegalArgumentException(table.name() + " is looked up by its key " + table.key());
            }
        }

        public static Lookup of(KeyedTable table, String column, Object... key) {
            return new Lookup(table, column, List.of(key));
        }
    }
}
