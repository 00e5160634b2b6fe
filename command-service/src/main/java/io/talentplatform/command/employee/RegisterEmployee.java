package io.talentplatform.command.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a person, normally on behalf of the HRIS. */
public record RegisterEmployee(
        @TargetAggregateIdentifier String employeeId,
        String displayName,
        String jobTitle,
        String level,
        String function,
        String managerId) {
}
