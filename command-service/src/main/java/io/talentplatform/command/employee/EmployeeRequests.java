package io.talentplatform.command.employee;

import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.ShareScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The JSON bodies of the person's command endpoints, validated before any command is sent. */
final class EmployeeRequests {

    /** HRIS ids such as {@code E-1042}. */
    static final String PERSON_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** Capability vocabulary entries such as {@code distributed-systems}. */
    static final String CAPABILITY = "[a-z0-9]+(-[a-z0-9]+)*";

    private EmployeeRequests() {
    }

    record Register(
            @NotBlank @Pattern(regexp = PERSON_ID, message = "must be an HRIS id such as E-1042") String employeeId,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 200) String jobTitle,
            @NotBlank @Size(max = 50) String level,
            @NotBlank @Size(max = 100) String function,
            @Pattern(regexp = PERSON_ID, message = "must be an HRIS id such as E-1042") String managerId) {
    }

    record Capability(
            @NotBlank @Size(max = 64) @Pattern(regexp = CAPABILITY,
                    message = "must be a lowercase vocabulary entry such as distributed-systems") String capability,
            @NotNull @Min(1) @Max(5) Integer level,
            @NotBlank @Size(max = 4000) String evidence,
            @NotNull EvidenceSource source,
            @NotNull LocalDate observedOn,
            UUID conversationId) {
    }

    record Consent(
            @NotNull Boolean marketplaceVisible,
            @NotNull Boolean successionDiscoverable,
            @NotNull Set<@NotNull ShareScope> share) {
    }
}
