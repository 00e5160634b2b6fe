package io.talentplatform.command.role;

import io.talentplatform.command.role.RoleRequests.Requirement;
import io.talentplatform.events.role.OpeningKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static io.talentplatform.command.employee.EmployeeRequests.PERSON_ID;
import static io.talentplatform.command.employee.EmployeeRequests.SLUG;
import static io.talentplatform.command.role.RoleRequests.PERSON_ID_MESSAGE;
import static io.talentplatform.command.role.RoleRequests.SLUG_MESSAGE;

/** The JSON bodies of the gig and project endpoints, validated before any command is sent. */
final class OpportunityRequests {

    private OpportunityRequests() {
    }

    /**
     * @param sponsorId the decision maker the work is for, if any
     * @param seats     how many people may take it; one when absent
     */
    record Post(
            @NotNull OpeningKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 100) String function,
            @NotNull @Min(1) @Max(40) Integer hoursPerWeek,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull @Size(max = 20) List<@NotNull @Valid Requirement> requiredCapabilities,
            @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 64)
                    @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String> developsCapabilities,
            @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String sponsorId,
            @Min(1) @Max(50) Integer seats) {
    }

    record Apply(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String employeeId,
            @Size(max = 2000) String note) {
    }

    record Agree(LocalDate agreedOn) {
    }

    /**
     * @param shown    the level shown in each capability the work exercised
     * @param evidence what was done: the evidence text of each data point
     */
    record Complete(
            @NotNull LocalDate completedOn,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Shown> shown,
            @NotBlank @Size(max = 2000) String evidence) {
    }

    record Shown(
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String capability,
            @NotNull @Min(1) @Max(5) Integer level) {
    }
}
