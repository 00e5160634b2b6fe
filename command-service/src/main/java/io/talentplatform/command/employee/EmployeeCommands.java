package io.talentplatform.command.employee;

import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.employee.DepartureReason;
import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.RelationshipKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The person's commands beyond registration, evidence and consent, each handled by {@link Employee}. */
public final class EmployeeCommands {

    private EmployeeCommands() {
    }

    /** The person reports to {@code managerId} from {@code effectiveOn}. */
    public record ChangeManager(@TargetAggregateIdentifier String employeeId, String managerId, LocalDate effectiveOn) {
    }

    /** The person changes role. */
    /** @param moveType how the person moves, or {@code null} to infer it from the new role (an internal fill) */
    public record RecordMove(@TargetAggregateIdentifier String employeeId, String jobTitle, String level,
                             String function, MoveType moveType, LocalDate effectiveOn, UUID openingId) {
    }

    /** The person leaves. */
    public record RecordDeparture(@TargetAggregateIdentifier String employeeId, LocalDate effectiveOn,
                                  DepartureReason reason, boolean regretted) {
    }

    /** Someone outside the team has direct experience of the person's work. */
    public record MapRelationship(@TargetAggregateIdentifier String employeeId, UUID relationshipId,
                                  String counterpartId, String counterpartName, String counterpartFunction,
                                  RelationshipKind kind, UUID conversationId) {
    }

    /** Whether a decision maker knows the person's capabilities. */
    public record AssessDecisionMakerAwareness(@TargetAggregateIdentifier String employeeId, String decisionMakerId,
                                               boolean aware, String basis, UUID conversationId) {
    }

    /** Where the person wants to go. */
    public record StateAspiration(@TargetAggregateIdentifier String employeeId, CareerDirection direction,
                                  List<String> targetRoleFamilies, int horizonYears, String narrative,
                                  boolean shareDirection, UUID conversationId) {
    }

    /** How ready the person is for a role or a role family. */
    public record AssessReadiness(@TargetAggregateIdentifier String employeeId, String roleId, String roleFamily,
                                  Readiness readiness, String rationale, String assessedBy) {
    }

    /** Erase the person's personal data on request (GDPR art. 17). */
    public record EraseEmployeeData(@TargetAggregateIdentifier String employeeId, String requestedBy, String reason) {
    }
}
