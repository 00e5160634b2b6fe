package io.talentplatform.query.followthrough;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.query.followthrough.ContractView.Commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;

/**
 * One career conversation, and what the next one starts from (seed 001's checklist: "checked my own commitments
 * first"): the manager's commitments on the person's contract with what was and was not done, then the person's,
 * the contract itself, and the conversation before. {@code prompt} is the manager's own words for the reflection
 * prompt, or absent; {@code promptToSend} is what goes out (those words, or seed 001's). Listening notes are never
 * part of it.
 */
public record ConversationView(UUID conversationId, String employeeId, String managerId, String kind, String status,
                               Instant scheduledFor, Instant heldAt, @Audience(PERSON_AND_MANAGER) String prompt,
                               Instant promptSentAt, Instant summarySharedAt,
                               @Audience(PERSON_AND_MANAGER) String summary, boolean summaryLate,
                               LocalDate nextConversationOn, int deferrals, Preparation preparation,
                               @Audience(PERSON_AND_MANAGER) String promptToSend) {

    /** The manager's commitments first, then the person's; each with its status (COMPLETED is done). */
    public record Preparation(List<Commitment> managerCommitments, List<Commitment> employeeCommitments,
                              ContractView contract, Previous previousConversation) {
    }

    /** The conversation held before this one: its summary and the advocacy action it agreed. */
    public record Previous(UUID conversationId, String kind, Instant heldAt,
                           @Audience(PERSON_AND_MANAGER) String summary,
                           @Audience(PERSON_AND_MANAGER) String advocacyAction, LocalDate advocacyDueOn,
                           LocalDate nextConversationOn) {
    }
}
