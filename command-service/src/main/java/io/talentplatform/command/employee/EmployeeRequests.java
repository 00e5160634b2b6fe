package io.talentplatform.command.employee;

import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.RelationshipKind;
import io.talentplatform.events.employee.ShareScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON bodies of the person's command endpoints, validated before any command is sent. */
public final class EmployeeRequests {

    /** HRIS ids such as {@code E-1042}. */
    public static final String PERSON_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** Vocabulary entries such as {@code distributed-systems} or {@code staff-engineering}. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String PERSON_ID_MESSAGE = "must be an HRIS id such as E-1042";
    static final String SLUG_MESSAGE = "must be a lowercase vocabulary entry such as distributed-systems";

    private EmployeeRequests() {
    }

    record Register(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String employeeId,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 200) String jobTitle,
            @NotBlank @Size(max = 50) String level,
            @NotBlank @Size(max = 100) String function,
            @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String managerId) {
    }

    record Manager(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String managerId,
            @NotNull LocalDate effectiveOn) {
    }

    record Move(
            @NotBlank @Size(max = 200) String jobTitle,
            @NotBlank @Size(max = 50) String level,
            @NotBlank @Size(max = 100) String function,
            @NotNull MoveType moveType,
            @NotNull LocalDate effectiveOn,
            UUID openingId) {
    }

    record Departure(
            @NotNull LocalDate effectiveOn,
            @NotNull DepartureReason reason,
            @NotNull Boolean regretted) {
    }

    record Capability(
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String capability,
            @NotNull @Min(1) @Max(5) Integer level,
            @NotBlank @Size(max = 4000) String evidence,
            @NotNull EvidenceSource source,
            @NotNull LocalDate observedOn,
            UUID conversationId,
            EvidenceVisibility visibility) {
    }

    record Relationship(
            @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String counterpartId,
            @NotBlank @Size(max = 200) String counterpartName,
            @NotBlank @Size(max = 100) String counterpartFunction,
            @NotNull RelationshipKind kind,
            UUID conversationId) {
    }

    record Signal(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String decisionMakerId,
            @NotNull Boolean aware,
            @NotBlank @Size(max = 2000) String basis,
            UUID conversationId) {
    }

    record Aspiration(
            @NotNull CareerDirection direction,
            @NotNull @Size(max = 10) List<@NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String>
                    targetRoleFamilies,
            @NotNull @Min(0) @Max(20) Integer horizonYears,
            @Size(max = 4000) String narrative,
            @NotNull Boolean shareDirection,
            UUID conversationId,
            @Size(max = 2000) String drawnTo,
            @Size(max = 2000) String movingAwayFrom) {
    }

    record ReadinessAssessment(
            @Pattern(regexp = PERSON_ID, message = "must be a role id such as R-12") String roleId,
            @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String roleFamily,
            @NotNull Readiness readiness,
            @NotBlank @Size(max = 2000) String rationale) {
    }

    record Erasure(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) String requestedBy,
            @NotBlank @Size(max = 500) String reason) {
    }

    record Consent(
            @NotNull Boolean marketplaceVisible,
            @NotNull Boolean successionDiscoverable,
            @NotNull Set<@NotNull ShareScope> share) {
    }
}
