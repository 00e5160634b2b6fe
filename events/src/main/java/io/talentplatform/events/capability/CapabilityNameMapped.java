package io.talentplatform.events.capability;

import org.axonframework.serialization.Revision;

/**
 * HR mapped a name found in the log, such as a free-text capability recorded before the catalogue existed or a
 * misspelling, to a catalogue capability (docs/capabilities.md, "Names recorded before the catalogue"). The name now
 * resolves to it, and read models count what was recorded under the name as the capability. The events that named it
 * keep the name they were recorded with.
 */
@Revision("1")
public record CapabilityNameMapped(String name, String capabilityId, long catalogueVersion) {
}
