package io.talentplatform.events.capability;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * HR added a capability to the catalogue: the name evidence, role requirements and openings use for it (lowercase,
 * hyphenated), how people read it, the other names that resolve to it, and where it comes from when it is an ESCO
 * skill (its concept URI, skill type and reuse level as ESCO publishes them). {@code catalogueVersion} is the
 * catalogue's version this change made; an import adds many capabilities in one version.
 */
@Revision("1")
public record CapabilityAdded(
        String capabilityId,
        String label,
        List<String> aliases,
        String escoUri,
        String skillType,
        String reuseLevel,
        String description,
        long catalogueVersion) {

    public CapabilityAdded {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
