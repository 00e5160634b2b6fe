package io.talentplatform.command.role;

import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.role.SuccessionReadiness;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static io.talentplatform.command.employee.EmployeeRequests.PERSON_ID;
import static io.talentplatform.command.employee.EmployeeRequests.SLUG;

/** The JSON bodies of the role, opening and succession endpoints, validated before any command is sent. */
final class RoleRequests {

    static final String ROLE_ID_MESSAGE = "must be an HRIS role id such as R-12";
    static final String PERSON_ID_MESSAGE = "must be an HRIS id such as E-1042";
    static final String SLUG_MESSAGE = "must be a lowercase vocabulary entry such as distributed-systems";

    private RoleRequests() {
    }

    record Define(
            @NotBlank @Pattern(regexp = PERSON_ID, message = ROLE_ID_MESSAGE) String roleId,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 100) String function,
            @NotBlank @Size(max = 50) String level,
            @NotNull Boolean critical,
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String roleFamily,
            @NotNull @Size(max = 20) List<@NotNull @Valid Requirement> requiredCapabilities) {
    }

    record Requirement(
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String capability,
            @NotNull @Min(1) @Max(5) Integer minLevel) {
    }

    record OpenOpening(
            @NotNull LocalDate openedOn,
            @NotNull Boolean internalOnly) {
    }

    /**
     * @param employeeId absent for an external hire
     * @param moveType   how the person moves; when absent it follows from the role (see {@code MoveKinds})
     */
    record Fill(
            @NotNull LocalDate filledOn,
            @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String employeeId,
            MoveType moveType) {
    }

    record Nomination(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String employeeId,
            @NotNull SuccessionReadiness readiness,
            @NotBlank @Size(max = 2000) String rationale,
            Boolean emergencyCover) {
    }

    /** @param poolId the talent pool to draw from, or {@code null} for none */
    record SuccessionPool(@Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String poolId) {
    }

    /** A decision's note: why the ranking is kept, or what the panel decided. */
    record Decision(@NotBlank @Size(max = 2000) String note) {
    }
}
