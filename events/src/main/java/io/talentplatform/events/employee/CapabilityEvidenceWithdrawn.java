package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * An evidence item no longer counts: the manager withdrew it in answer to the person's contest. If it was the
 * person's latest observation of the capability, they hold no level in it until new evidence is recorded.
 */
@Revision("1")
public record CapabilityEvidenceWithdrawn(
        @DataSubject String employeeId,
        UUID evidenceId,
        String capability,
        UUID contestId) {
}
