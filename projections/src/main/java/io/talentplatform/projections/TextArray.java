package io.talentplatform.projections;

import java.util.List;

/**
 * A list of texts as a PostgreSQL array literal, for a {@code ?::text[]} parameter. Every element is quoted, so
 * commas, braces and quotes in free text (open questions) survive.
 */
public final class TextArray {

    private TextArray() {
    }

    public static String of(List<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return array.append('}').toString();
    }
}
