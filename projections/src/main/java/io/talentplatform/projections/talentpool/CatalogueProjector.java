package io.talentplatform.projections.talentpool;

import io.talentplatform.events.capability.CapabilityAdded;
import io.talentplatform.events.capability.CapabilityAliased;
import io.talentplatform.events.capability.CapabilityDeprecated;
import io.talentplatform.events.capability.CapabilityMerged;
import io.talentplatform.events.capability.CapabilityNameMapped;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.TextArray;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The capability catalogue's entries, in the talent pool's read model (its reset empties them with the rest).
 * Idempotent: an entry is inserted once, an alias appended only if absent, and standings are assigned.
 */
@Component
@ProcessingGroup(TalentPoolProjector.NAME)
public class CatalogueProjector {

    private final BatchedWrites writes;

    public CatalogueProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(CapabilityAdded event) {
        writes.sql("""
                        INSERT INTO tp_catalogue_capability (capability_id, label, aliases, esco_uri, skill_type,
                            reuse_level, description, standing, added_in, changed_in)
                        VALUES (?, ?, ?::text[], ?, ?, ?, ?, 'OFFERED', ?, ?) ON CONFLICT (capability_id) DO NOTHING""")
                .params(event.capabilityId(), event.label(), TextArray.of(event.aliases()), event.escoUri(),
                        event.skillType(), event.reuseLevel(), event.description(), event.catalogueVersion(),
                        event.catalogueVersion())
                .update();
    }

    @EventHandler
    void on(CapabilityAliased event) {
        writes.sql("""
                        UPDATE tp_catalogue_capability SET aliases = array_append(aliases, ?), changed_in = ?
                        WHERE capability_id = ? AND NOT (? = ANY (aliases))""")
                .params(event.alias(), event.catalogueVersion(), event.capabilityId(), event.alias())
                .update();
    }

    @EventHandler
    void on(CapabilityNameMapped event) {
        writes.sql("""
                        UPDATE tp_catalogue_capability
                        SET aliases = CASE WHEN ? = ANY (aliases) THEN aliases ELSE array_append(aliases, ?) END,
                            changed_in = ?
                        WHERE capability_id = ?""")
                .params(event.name(), event.name(), event.catalogueVersion(), event.capabilityId())
                .update();
    }

    @EventHandler
    void on(CapabilityMerged event) {
        writes.sql("""
                        UPDATE tp_catalogue_capability SET standing = 'MERGED', merged_into = ?, changed_in = ?
                        WHERE capability_id = ?""")
                .params(event.into(), event.catalogueVersion(), event.capabilityId())
                .update();
        writes.sql("""
                        UPDATE tp_catalogue_capability
                        SET aliases = aliases || ARRAY(SELECT n FROM unnest(?::text[]) n WHERE NOT (n = ANY (aliases))),
                            changed_in = ?
                        WHERE capability_id = ?""")
                .params(TextArray.of(event.names()), event.catalogueVersion(), event.into())
                .update();
    }

    @EventHandler
    void on(CapabilityDeprecated event) {
        writes.sql("""
                        UPDATE tp_catalogue_capability SET standing = 'DEPRECATED', retired_why = ?, changed_in = ?
                        WHERE capability_id = ?""")
                .params(event.reason(), event.catalogueVersion(), event.capabilityId())
                .update();
    }
}
