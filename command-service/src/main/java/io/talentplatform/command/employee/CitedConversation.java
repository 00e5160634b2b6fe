package io.talentplatform.command.employee;

import io.talentplatform.platform.problem.RuleViolation;

import java.util.UUID;

/**
 * A conversation that an outcome or a contract cites must be one of the person's own (422; a conversation named in the
 * path that nobody knows is a 404, {@code Unknown}). The aggregate that records the
 * outcome is told in the command whose conversation it is ({@code null} when none is known under the id), as the
 * directory knew it, and decides here.
 */
public final class CitedConversation {

    private CitedConversation() {
    }

    public static void requireOwn(UUID conversationId, String conversationOf, String employeeId) {
        if (conversationId != null && !employeeId.equals(conversationOf)) {
            throw RuleViolation.unprocessable("not-their-conversation",
                    "The conversation " + conversationId + " is not one of " + employeeId + "'s conversations.");
        }
    }
}
