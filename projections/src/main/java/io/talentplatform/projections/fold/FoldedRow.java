package io.talentplatform.projections.fold;

import java.util.Arrays;

/**
 * One row of a folded table: a value for each column of the table's layout ({@link FoldedTable}) it has set, and
 * {@link #UNSET} for the others, which hold their defaults in PostgreSQL. Guarded by its own monitor: the parts of a
 * pass may meet at a row.
 */
final class FoldedRow {

    /** A column the row never set: PostgreSQL gives it its default. */
    static final Object UNSET = new Object() {
        @Override
        public String toString() {
            return "UNSET";
        }
    };

    private Object[] values;

    FoldedRow(int columns) {
        values = new Object[columns];
        Arrays.fill(values, UNSET);
    }

    synchronized void set(int column, Object value) {
        if (column >= values.length) {
            int was = values.length;
            values = Arrays.copyOf(values, column + 1);
            Arrays.fill(values, was, values.length, UNSET);
        }
        values[column] = value;
    }

    /** The column's value, or {@link #UNSET}. */
    synchronized Object get(int column) {
        return column < values.length ? values[column] : UNSET;
    }

    /** The columns set, one bit each, and their values in column order, taken together. */
    synchronized long snapshot(Object[] into) {
        long set = 0;
        for (int column = 0; column < values.length; column++) {
            if (values[column] != UNSET) {
                set |= 1L << column;
                into[column] = values[column];
            }
        }
        return set;
    }
}
