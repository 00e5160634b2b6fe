package io.talentplatform.events.capability;

import org.axonframework.serialization.Revision;

/**
 * HR retired a capability: new evidence, requirements and openings may no longer name it; what was recorded with it
 * stays, and it is still shown where it was used.
 */
@Revision("1")
public record CapabilityDeprecated(String capabilityId, String reason, long catalogueVersion) {
}
