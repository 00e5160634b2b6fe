package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceVisibility;

/**
 * Reads a revision-1 {@link CapabilityEvidenced} as revision 2. Revision 2 lets evidence texts be kept between the
 * person and their manager ({@code visibility}); before it, every text was shown to consenting panels, so an old
 * event says SHARED.
 */
public final class CapabilityEvidencedUpcaster extends RevisionUpcaster {

    public CapabilityEvidencedUpcaster() {
        super(CapabilityEvidenced.class, "1", "2");
    }

    @Override
    void upgrade(JsonNode payload) {
        ((ObjectNode) payload).put("visibility", EvidenceVisibility.SHARED.name());
    }
}
