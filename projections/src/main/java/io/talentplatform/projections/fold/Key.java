package io.talentplatform.projections.fold;

import java.util.Arrays;
import java.util.List;

/**
 * A row's primary key in memory, ordered column by column by each value's own order: what matters is the order of the
 * last column's values under the same prefix, the latest below a bound of an ordered table ({@link KeyedTable}).
 */
record Key(Object[] parts) implements Comparable<Key> {

    static Key of(List<?> parts) {
        return of(parts.toArray());
    }

    /** A key of these values, which it keeps: the caller hands the array over. */
    static Key of(Object[] array) {
        for (Object part : array) {
            if (!(part instanceof Comparable<?>)) {
                throw new IllegalArgumentException("a key's value is never null and comparable: "
                        + Arrays.toString(array));
            }
        }
        return new Key(array);
    }

    /** The key without its last column. */
    Key prefix() {
        return new Key(Arrays.copyOf(parts, parts.length - 1));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(Key other) {
        int shared = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < shared; i++) {
            if (parts[i].getClass() != other.parts[i].getClass()) {
                throw new IllegalArgumentException("keys of different types: " + this + " and " + other);
            }
            int order = ((Comparable) parts[i]).compareTo(other.parts[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(parts.length, other.parts.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Key key && Arrays.equals(parts, key.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
