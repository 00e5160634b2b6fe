package io.talentplatform.command.employee;

import io.talentplatform.events.employee.EvidenceSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Record one Human Capital data point for a person. */
public record RecordCapabilityEvidence(
        @TargetAggregateIdentifier String employeeId,
        UUID evidenceId,
        String capability,
        int level,
        String evidence,
        EvidenceSource source,
        LocalDate observedOn,
        UUID conversationId) {
}
