package io.talentplatform.events.capability;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Two capabilities were one: {@code capabilityId} and its aliases ({@code names}, the capability's own name first)
 * now resolve to {@code into}, and the merged capability is no longer offered on its own.
 */
@Revision("1")
public record CapabilityMerged(String capabilityId, String into, List<String> names, long catalogueVersion) {

    public CapabilityMerged {
        names = names == null ? List.of() : List.copyOf(names);
    }
}
