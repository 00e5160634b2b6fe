package io.talentplatform.projections.fold;

import java.util.List;

/**
 * A read-model table its handlers write only by its primary key, through {@link KeyedWrites}: what lets a full
 * rebuild keep its rows in memory and write each once ({@link Fold}).
 *
 * @param name    the table
 * @param key     its primary key's columns, in the key's order
 * @param ordered whether its rows are also found as the latest of their key's other columns by the last one
 *                ({@link KeyedWrites#updateLatestBelow}), which a fold then keeps an index for
 * @param owner   the column naming the person a row is about, by which all their rows are also written
 *                ({@link KeyedWrites#updateOwnedBy}, erasure), which a fold then keeps an index for; null for none
 */
public record KeyedTable(String name, List<String> key, boolean ordered, String owner) {

    public KeyedTable {
        key = List.copyOf(key);
        if (ordered && key.size() < 2) {
            throw new IllegalArgumentException(name + ": an ordered table's key has a prefix and a last column");
        }
    }

    public static KeyedTable of(String name, String... key) {
        return new KeyedTable(name, List.of(key), false, null);
    }

    /** A table whose rows are also found as the latest below a bound of the key's last column. */
    public static KeyedTable ordered(String name, String... key) {
        return new KeyedTable(name, List.of(key), true, null);
    }

    /** This table, whose rows are also written all at once for the person {@code column} names. */
    public KeyedTable ownedBy(String column) {
        return new KeyedTable(name, key, ordered, column);
    }
}
