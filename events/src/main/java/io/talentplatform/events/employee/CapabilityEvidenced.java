package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A Human Capital data point: what the person showed they can do, at which level, and the evidence for it
 * ("a problem solved last quarter that was beyond them 18 months ago", seed 000).
 *
 * @param evidenceId     identifies this data point, so that it can be corrected or cited later
 * @param conversationId the career conversation that produced it, or {@code null}
 */
@Revision("1")
public record CapabilityEvidenced(
        @DataSubject String employeeId,
        UUID evidenceId,
        String capability,
        int level,
        @PersonalData @Audience(Confidentiality.CONSENTED) String evidence,
        EvidenceSource source,
        LocalDate observedOn,
        UUID conversationId) {
}
