package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A Human Capital data point: what the person showed they can do, at which level, and the evidence for it
 * ("a problem solved last quarter that was beyond them 18 months ago", seed 000).
 *
 * <p>Revision 2 added {@code visibility}: evidence texts can be kept between the person and their manager
 * (INTERFACES.md, "evidence texts marked private"). Every revision-1 text was shown to consenting panels, so the
 * upcaster (platform, CapabilityEvidencedUpcaster) reads a revision-1 event as SHARED.
 *
 * <p>Revision 3 added {@code catalogueVersion}: the version of the capability catalogue the capability was resolved
 * in. Evidence recorded before the catalogue, or while it was empty, has none (null), and the upcaster (platform,
 * CatalogueVersionUpcaster) says so for a revision-2 event.
 *
 * @param evidenceId       identifies this data point, so that it can be corrected or cited later
 * @param conversationId   the career conversation that produced it, or {@code null}
 * @param visibility       who besides the person and their manager may read the evidence text
 * @param catalogueVersion the catalogue version {@code capability} was resolved in, or {@code null}
 */
@Revision("3")
public record CapabilityEvidenced(
        @DataSubject String employeeId,
        UUID evidenceId,
        String capability,
        int level,
        @PersonalData @Audience(Confidentiality.CONSENTED) String evidence,
        EvidenceSource source,
        LocalDate observedOn,
        UUID conversationId,
        EvidenceVisibility visibility,
        Long catalogueVersion) {

    public CapabilityEvidenced {
        Objects.requireNonNull(visibility, "visibility");
    }

    /** Evidence whose capability was not resolved in a catalogue. */
    public CapabilityEvidenced(String employeeId, UUID evidenceId, String capability, int level, String evidence,
                               EvidenceSource source, LocalDate observedOn, UUID conversationId,
                               EvidenceVisibility visibility) {
        this(employeeId, evidenceId, capability, level, evidence, source, observedOn, conversationId, visibility,
                null);
    }

    /** Evidence shared with consenting panels, as all evidence was before it could be kept private. */
    public CapabilityEvidenced(String employeeId, UUID evidenceId, String capability, int level, String evidence,
                               EvidenceSource source, LocalDate observedOn, UUID conversationId) {
        this(employeeId, evidenceId, capability, level, evidence, source, observedOn, conversationId,
                EvidenceVisibility.SHARED);
    }

    /** The evidence text as panels and matching may show it: {@code null} when private. */
    public String sharedEvidence() {
        return visibility == EvidenceVisibility.SHARED ? evidence : null;
    }
}
