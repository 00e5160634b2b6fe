package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.PersonalData;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Outcome 4 of seed 000: the specific thing the manager commits to doing for the person within the quarter.
 *
 * @param decisionMakerId the decision maker whose signaling gap it addresses, or {@code null} (before revision 2 of
 *                        {@link ConversationCompleted}, or an action aimed at no one gap)
 */
public record AdvocacyAction(
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String description,
        LocalDate dueOn,
        String decisionMakerId) {

    /**
     * The id of the manager commitment that carries out the advocacy action of a conversation: the same conversation
     * always gives the same id, so a replayed policy cannot add it twice, and a read model can find it.
     */
    public static UUID commitmentIdFor(UUID conversationId) {
        return UUID.nameUUIDFromBytes(("advocacy:" + conversationId).getBytes(StandardCharsets.UTF_8));
    }
}
