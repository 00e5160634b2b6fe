package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentplatform.events.employee.CapabilityEvidenced;

/**
 * Reads a revision-2 {@link CapabilityEvidenced} as revision 3, which names the capability catalogue version its
 * capability was resolved in. Before it, no capability was resolved in a catalogue.
 */
public final class CatalogueVersionUpcaster extends RevisionUpcaster {

    public CatalogueVersionUpcaster() {
        super(CapabilityEvidenced.class, "2", "3");
    }

    @Override
    void upgrade(JsonNode payload) {
        ((ObjectNode) payload).putNull("catalogueVersion");
    }
}
