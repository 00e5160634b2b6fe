package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentplatform.events.conversation.ConversationCompleted;

/**
 * Reads a revision-1 {@link ConversationCompleted} as revision 2, in which an advocacy action names the decision maker
 * of the signaling gap it addresses. Before it, no action named one: an old event's action addresses no gap.
 */
public final class ConversationCompletedUpcaster extends RevisionUpcaster {

    public ConversationCompletedUpcaster() {
        super(ConversationCompleted.class, "1", "2");
    }

    @Override
    void upgrade(JsonNode payload) {
        if (payload.get("advocacyAction") instanceof ObjectNode advocacy) {
            advocacy.putNull("decisionMakerId");
        }
    }
}
