package io.talentplatform.command.conversation;

import io.talentplatform.command.employee.EmployeeRequests;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.ListeningNoteKind;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** The JSON bodies of the conversation endpoints. */
final class ConversationRequests {

    private ConversationRequests() {
    }

    record Schedule(
            @NotBlank @Pattern(regexp = EmployeeRequests.PERSON_ID, message = "must be an HRIS id such as E-1042")
            String employeeId,
            @NotNull ConversationKind kind,
            @NotNull ConversationTrigger trigger,
            @NotNull Instant scheduledFor,
            @NotNull @Min(5) @Max(480) Integer plannedMinutes) {
    }

    record PromptSent(@NotNull Instant sentAt) {
    }

    record RescheduleConversation(@NotNull Instant scheduledFor, @NotBlank @Size(max = 1000) String reason) {
    }

    record Held(@NotNull Instant heldAt, @NotNull @Min(1) @Max(600) Integer actualMinutes) {
    }

    record Note(@NotNull ListeningNoteKind kind, @NotBlank @Size(max = 4000) String text) {
    }

    record Complete(@NotNull @Valid Outcomes outcomes, LocalDate nextConversationOn) {
    }

    record Outcomes(
            @NotNull Boolean humanCapitalUpdated,
            @NotNull Boolean relationshipCapitalAssessed,
            @NotNull SignalingGapOutcome signalingGap,
            @Valid Advocacy advocacyAction) {
    }

    /** @param decisionMakerId the decision maker whose signaling gap the action addresses, if it addresses one */
    record Advocacy(@NotBlank @Size(max = 1000) String description, @NotNull LocalDate dueOn,
                    @Size(max = 64) String decisionMakerId) {
    }

    /** A prompt, not a form: a few sentences. */
    record Prompt(@NotBlank @Size(max = 2000) String prompt) {
    }

    /** @param summary what was agreed, in short; a longer record is the contract and its revisions */
    record Summary(@NotNull Instant sharedAt, @NotBlank @Size(max = 4000) String summary) {
    }

    record Cancel(@NotBlank @Size(max = 1000) String reason) {
    }
}
