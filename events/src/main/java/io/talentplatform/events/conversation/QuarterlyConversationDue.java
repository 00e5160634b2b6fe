package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Raised by the platform a quarter after a career conversation was held (seed 001: "At minimum, once per quarter").
 * Whether the cadence is actually breached depends on whether another one was held since: the follow-through view
 * decides that.
 */
@Revision("1")
public record QuarterlyConversationDue(
        UUID conversationId,
        @DataSubject String employeeId,
        String managerId,
        LocalDate dueOn) {

    /** Seed 001: "At minimum, once per quarter": 92 days, the longest quarter. */
    public static final int QUARTER_DAYS = 92;
}
