package io.talentplatform.command.capability;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The commands of the capability catalogue; each one that changes it makes a new catalogue version. */
public final class CatalogueCommands {

    private CatalogueCommands() {
    }

    /** A capability as it is added, by hand or from an ESCO export. */
    public record NewCapability(String capabilityId, String label, List<String> aliases, String escoUri,
                                String skillType, String reuseLevel, String description) {

        public NewCapability {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record AddCapability(@TargetAggregateIdentifier CatalogueId catalogue, NewCapability capability) {
    }

    /**
     * Add the capabilities of an import in one catalogue version. A capability whose ESCO URI or name is already in
     * the catalogue is left as it is (an import can be run again), and an alias another capability already holds is
     * dropped from the new one; the answer counts both.
     */
    public record ImportCapabilities(@TargetAggregateIdentifier CatalogueId catalogue,
                                     List<NewCapability> capabilities) {

        public ImportCapabilities {
            capabilities = List.copyOf(capabilities);
        }
    }

    public record AliasCapability(@TargetAggregateIdentifier CatalogueId catalogue, String capabilityId, String alias) {
    }

    public record MergeCapability(@TargetAggregateIdentifier CatalogueId catalogue, String capabilityId, String into) {
    }

    /** Map a name found in the log to a catalogue capability. */
    public record MapCapabilityName(@TargetAggregateIdentifier CatalogueId catalogue, String name, String into) {
    }

    public record DeprecateCapability(@TargetAggregateIdentifier CatalogueId catalogue, String capabilityId,
                                      String reason) {
    }

    /** What an import did: the catalogue version it made (0 if it changed nothing) and what it skipped. */
    public record Imported(long catalogueVersion, int added, int alreadyKnown, int aliasesDropped) {
    }
}
