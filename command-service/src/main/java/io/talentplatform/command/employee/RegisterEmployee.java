package io.talentplatform.command.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a person, normally on behalf of the HRIS.
 *
 * @param managerEmployed whether the manager is a current employee, as the directory knew it (ignored without one)
 */
public record RegisterEmployee(
        @TargetAggregateIdentifier String employeeId,
        String displayName,
        String jobTitle,
        String level,
        String function,
        String managerId,
        boolean managerEmployed) {
}
