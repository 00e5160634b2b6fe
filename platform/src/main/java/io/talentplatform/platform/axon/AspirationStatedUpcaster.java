package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentplatform.events.employee.AspirationStated;

/**
 * Reads a revision-1 {@link AspirationStated} as revision 2, which says what the person is drawn to and what they
 * are moving away from. Before it, an aspiration said neither.
 */
public final class AspirationStatedUpcaster extends RevisionUpcaster {

    public AspirationStatedUpcaster() {
        super(AspirationStated.class, "1", "2");
    }

    @Override
    void upgrade(JsonNode payload) {
        if (payload instanceof ObjectNode aspiration) {
            aspiration.putNull("drawnTo");
            aspiration.putNull("movingAwayFrom");
        }
    }
}
