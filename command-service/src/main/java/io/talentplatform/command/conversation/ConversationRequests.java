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

    record Advocacy(@NotBlank @Size(max = 1000) String description, @NotNull LocalDate dueOn) {
    }

    record Cancel(@NotBlank @Size(max = 1000) String reason) {
    }
}
