package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceVisibility;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a revision-1 {@link CapabilityEvidenced} as revision 2. Revision 2 lets evidence texts be kept between the
 * person and their manager ({@code visibility}); before it, every text was shown to consenting panels, so an old
 * event says SHARED. The log is never rewritten: old events stay as they were recorded, and every reader (command
 * side, projections, audit) sees today's shape.
 */
public final class CapabilityEvidencedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(CapabilityEvidenced.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(CapabilityEvidenced.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("visibility", EvidenceVisibility.SHARED.name());
            return payload;
        });
    }
}
