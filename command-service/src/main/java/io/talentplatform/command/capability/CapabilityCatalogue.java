package io.talentplatform.command.capability;

import io.talentplatform.command.capability.CatalogueCommands.AddCapability;
import io.talentplatform.command.capability.CatalogueCommands.AliasCapability;
import io.talentplatform.command.capability.CatalogueCommands.DeprecateCapability;
import io.talentplatform.command.capability.CatalogueCommands.ImportCapabilities;
import io.talentplatform.command.capability.CatalogueCommands.Imported;
import io.talentplatform.command.capability.CatalogueCommands.MapCapabilityName;
import io.talentplatform.command.capability.CatalogueCommands.MergeCapability;
import io.talentplatform.command.capability.CatalogueCommands.NewCapability;
import io.talentplatform.command.loading.AggregateLoading;
import io.talentplatform.events.capability.CapabilityAdded;
import io.talentplatform.events.capability.CapabilityAliased;
import io.talentplatform.events.capability.CapabilityDeprecated;
import io.talentplatform.events.capability.CapabilityMerged;
import io.talentplatform.events.capability.CapabilityNameMapped;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The capability catalogue HR keeps: every capability's name, the other names that resolve to it, and whether it is
 * still offered. Every change makes a new version, carried by its events. One aggregate holds the whole catalogue, so
 * that no name can ever resolve to two capabilities.
 */
@Aggregate(cache = AggregateLoading.CATALOGUE, lockFactory = AggregateLoading.LOCKS)
public class CapabilityCatalogue {

    private enum Standing { OFFERED, DEPRECATED, MERGED }

    @AggregateIdentifier
    private CatalogueId catalogue;
    private long version;
    /** Each capability's standing, by its name. */
    private final Map<String, Standing> capabilities = new HashMap<>();
    /** Every name that resolves, the capability's own included, to the capability it resolves to. */
    private final Map<String, String> names = new HashMap<>();
    /** Each merged or offered capability's aliases, so that a merge can carry them over. */
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final Set<String> escoUris = new HashSet<>();

    protected CapabilityCatalogue() {
        // For Axon: rebuilt from its events, or created by its first change.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AddCapability command) {
        NewCapability capability = command.capability();
        String taken = names.get(capability.capabilityId());
        if (taken != null) {
            throw RuleViolation.conflict("capability-exists", taken.equals(capability.capabilityId())
                    ? capability.capabilityId() + " is already in the catalogue."
                    : capability.capabilityId() + " already resolves to " + taken + ".");
        }
        if (capability.escoUri() != null && escoUris.contains(capability.escoUri())) {
            throw RuleViolation.conflict("capability-exists",
                    "The ESCO skill " + capability.escoUri() + " is already in the catalogue.");
        }
        for (String alias : capability.aliases()) {
            requireFree(alias);
        }
        apply(added(capability, capability.aliases(), version + 1));
        return version;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Imported handle(ImportCapabilities command) {
        long next = version + 1;
        // The rows that are new, first: a row's own name wins over another row's alias.
        Set<String> newNames = new HashSet<>();
        List<NewCapability> fresh = new ArrayList<>();
        Set<String> newUris = new HashSet<>();
        int known = 0;
        for (NewCapability capability : command.capabilities()) {
            String uri = capability.escoUri();
            boolean uriKnown = uri != null && (escoUris.contains(uri) || newUris.contains(uri));
            if (uriKnown || names.containsKey(capability.capabilityId())
                    || newNames.contains(capability.capabilityId())) {
                known++;
            } else {
                newNames.add(capability.capabilityId());
                if (uri != null) {
                    newUris.add(uri);
                }
                fresh.add(capability);
            }
        }
        Set<String> claimed = new HashSet<>(newNames);
        int dropped = 0;
        for (NewCapability capability : fresh) {
            List<String> free = new ArrayList<>();
            for (String alias : new LinkedHashSet<>(capability.aliases())) {
                if (names.containsKey(alias) || !claimed.add(alias)) {
                    dropped++;
                } else {
                    free.add(alias);
                }
            }
            apply(added(capability, free, next));
        }
        return new Imported(fresh.isEmpty() ? 0 : next, fresh.size(), known, dropped);
    }

    @CommandHandler
    public long handle(AliasCapability command) {
        requireOffered(command.capabilityId());
        requireFree(command.alias());
        apply(new CapabilityAliased(command.capabilityId(), command.alias(), version + 1));
        return version;
    }

    @CommandHandler
    public long handle(MergeCapability command) {
        requireOffered(command.capabilityId());
        requireOffered(command.into());
        if (command.capabilityId().equals(command.into())) {
            throw RuleViolation.unprocessable("merge-into-itself", "A capability cannot be merged into itself.");
        }
        List<String> carried = new ArrayList<>();
        carried.add(command.capabilityId());
        carried.addAll(aliases.getOrDefault(command.capabilityId(), List.of()));
        apply(new CapabilityMerged(command.capabilityId(), command.into(), carried, version + 1));
        return version;
    }

    /**
     * A name found in the log, mapped to the capability it meant. It may already resolve to that capability (an
     * alias that came with an import): mapping it then folds what was recorded under it. It may not be a capability's
     * own name, nor resolve to another capability.
     */
    @CommandHandler
    public long handle(MapCapabilityName command) {
        String into = names.get(command.into());
        if (into == null) {
            throw Unknown.capability(command.into());
        }
        if (capabilities.containsKey(command.name())) {
            throw RuleViolation.conflict("name-is-a-capability", command.name()
                    + " is a capability of the catalogue; merge it instead.");
        }
        String holder = names.get(command.name());
        if (holder != null && !holder.equals(into)) {
            throw RuleViolation.conflict("name-taken", command.name() + " already resolves to " + holder + ".");
        }
        apply(new CapabilityNameMapped(command.name(), into, version + 1));
        return version;
    }

    @CommandHandler
    public long handle(DeprecateCapability command) {
        requireOffered(command.capabilityId());
        apply(new CapabilityDeprecated(command.capabilityId(), command.reason(), version + 1));
        return version;
    }

    private void requireOffered(String capabilityId) {
        Standing standing = capabilities.get(capabilityId);
        if (standing == null) {
            throw Unknown.capability(capabilityId);
        }
        if (standing != Standing.OFFERED) {
            throw RuleViolation.conflict("capability-retired", capabilityId + " is "
                    + (standing == Standing.MERGED ? "merged into " + names.get(capabilityId) : "deprecated")
                    + " and can no longer be changed.");
        }
    }

    private void requireFree(String name) {
        String holder = names.get(name);
        if (holder != null) {
            throw RuleViolation.conflict("name-taken", name + " already resolves to " + holder + ".");
        }
    }

    private static CapabilityAdded added(NewCapability capability, List<String> aliases, long version) {
        return new CapabilityAdded(capability.capabilityId(), capability.label(), aliases, capability.escoUri(),
                capability.skillType(), capability.reuseLevel(), capability.description(), version);
    }

    @EventSourcingHandler
    void on(CapabilityAdded event) {
        catalogue = CatalogueId.THE;
        version = event.catalogueVersion();
        capabilities.put(event.capabilityId(), Standing.OFFERED);
        names.put(event.capabilityId(), event.capabilityId());
        event.aliases().forEach(alias -> names.put(alias, event.capabilityId()));
        aliases.put(event.capabilityId(), new ArrayList<>(event.aliases()));
        if (event.escoUri() != null) {
            escoUris.add(event.escoUri());
        }
    }

    @EventSourcingHandler
    void on(CapabilityAliased event) {
        version = event.catalogueVersion();
        names.put(event.alias(), event.capabilityId());
        aliases.get(event.capabilityId()).add(event.alias());
    }

    @EventSourcingHandler
    void on(CapabilityNameMapped event) {
        version = event.catalogueVersion();
        if (names.put(event.name(), event.capabilityId()) == null) {
            aliases.get(event.capabilityId()).add(event.name());
        }
    }

    @EventSourcingHandler
    void on(CapabilityMerged event) {
        version = event.catalogueVersion();
        capabilities.put(event.capabilityId(), Standing.MERGED);
        event.names().forEach(name -> names.put(name, event.into()));
        aliases.get(event.into()).addAll(event.names());
        aliases.remove(event.capabilityId());
    }

    @EventSourcingHandler
    void on(CapabilityDeprecated event) {
        version = event.catalogueVersion();
        capabilities.put(event.capabilityId(), Standing.DEPRECATED);
    }
}
