package io.talentplatform.command.employee;

import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
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
        UUID conversationId,
        EvidenceVisibility visibility,
        String conversationOf,
        Long catalogueVersion) {

    /** Evidence is shared with consenting panels unless the person or their manager keeps it private. */
    public RecordCapabilityEvidence {
        visibility = visibility == null ? EvidenceVisibility.SHARED : visibility;
    }

    /** Evidence whose capability was not resolved in a catalogue. */
    public RecordCapabilityEvidence(String employeeId, UUID evidenceId, String capability, int level, String evidence,
                                    EvidenceSource source, LocalDate observedOn, UUID conversationId,
                                    EvidenceVisibility visibility, String conversationOf) {
        this(employeeId, evidenceId, capability, level, evidence, source, observedOn, conversationId, visibility,
                conversationOf, null);
    }

    /** Evidence that cites no conversation, shared. */
    public RecordCapabilityEvidence(String employeeId, UUID evidenceId, String capability, int level, String evidence,
                                    EvidenceSource source, LocalDate observedOn) {
        this(employeeId, evidenceId, capability, level, evidence, source, observedOn, null, null, null);
    }
}
