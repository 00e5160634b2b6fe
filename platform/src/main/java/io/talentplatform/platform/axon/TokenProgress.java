package io.talentplatform.platform.axon;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * How far one segment got, read from its token in Axon's token store as Axon's Jackson serializer wrote it: the
 * highest index it passed, the gaps below it not yet seen, and whether it is still replaying after a reset (a
 * replay token wraps the current one).
 *
 * @param index -1 before the segment processed anything
 */
public record TokenProgress(long index, List<Long> gaps, boolean replaying) {

    public static TokenProgress of(JsonNode token) {
        boolean replaying = false;
        JsonNode current = token;
        while (current != null && !current.isNull() && current.has("tokenAtReset")) {
            replaying = true;
            current = current.get("currentToken");
        }
        if (current == null || current.isNull() || !current.has("index")) {
            return new TokenProgress(-1, List.of(), replaying);
        }
        List<Long> gaps = new ArrayList<>();
        JsonNode gapsNode = current.get("gaps");
        if (gapsNode != null) {
            gapsNode.forEach(gap -> gaps.add(gap.asLong()));
        }
        return new TokenProgress(current.get("index").asLong(), List.copyOf(gaps), replaying);
    }

    /** Whether the segment has processed {@code position}. */
    public boolean covers(long position) {
        return index >= position && !gaps.contains(position);
    }
}
