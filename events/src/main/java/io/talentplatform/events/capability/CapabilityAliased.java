package io.talentplatform.events.capability;

import org.axonframework.serialization.Revision;

/**
 * Another name now resolves to a capability: a synonym, a spelling people use, or the old name after a rename.
 * Evidence that named it before keeps the name it was recorded with; read models count it under the capability.
 */
@Revision("1")
public record CapabilityAliased(String capabilityId, String alias, long catalogueVersion) {
}
