package io.talentplatform.query.inbox;

import io.talentplatform.events.privacy.Audience;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;

/**
 * What is due for one person, from the loop (docs/loop.md): prompts to send and to read, summaries due, commitments
 * due this week or overdue, contract reviews, conversations due with why, the next conversation not booked, a
 * decision maker to reassess, a conversation that went nowhere. Only the recipient's own items, each with text only
 * where the recipient is in its audience.
 */
public record Inbox(String recipientId, LocalDate asOf, List<Item> items, String nextCursor) {

    /**
     * One thing due. {@code reason}: the trigger of a conversation due, the kind of a commitment. {@code text}: the
     * reflection prompt, a commitment's description, why a conversation is due.
     */
    public record Item(String itemId, String kind, String employeeId, String employeeName, UUID conversationId,
                       UUID contractId, UUID commitmentId, String counterpartId, String counterpartName,
                       @Audience(PERSON_AND_MANAGER) String reason, @Audience(PERSON_AND_MANAGER) String text,
                       LocalDate visibleFrom, LocalDate dueOn, boolean overdue, UUID openingId) {
    }
}
