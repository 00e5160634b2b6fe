package io.talentplatform.command.employee;

import io.talentplatform.events.employee.Readiness;
import io.talentplatform.events.employee.ShareScope;

import java.util.Set;
import java.util.UUID;

/** What the person's commands answer, beside the event position in the {@code Talent-Event-Position} header. */
final class EmployeeAnswers {

    private EmployeeAnswers() {
    }

    /** Registered, moved, departed, or an aspiration stated. */
    record PersonChanged(String employeeId) {
    }

    record ManagerChanged(String employeeId, String managerId) {
    }

    record EvidenceRecorded(String employeeId, UUID evidenceId) {
    }

    record RelationshipMapped(String employeeId, UUID relationshipId) {
    }

    record AwarenessAssessed(String employeeId, String decisionMakerId) {
    }

    record ReadinessAssessed(String employeeId, Readiness readiness) {
    }

    record DataErased(String employeeId, boolean erased) {
    }

    record ConsentRecorded(String employeeId, boolean marketplaceVisible, boolean successionDiscoverable,
                           Set<ShareScope> share) {
    }
}
