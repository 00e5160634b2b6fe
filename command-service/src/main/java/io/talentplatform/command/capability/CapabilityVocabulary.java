package io.talentplatform.command.capability;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.capability.CapabilityAdded;
import io.talentplatform.events.capability.CapabilityAliased;
import io.talentplatform.events.capability.CapabilityDeprecated;
import io.talentplatform.events.capability.CapabilityMerged;
import io.talentplatform.events.capability.CapabilityNameMapped;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.platform.problem.EditDistance;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command side's lookup of the capability catalogue, kept in the same transaction as the catalogue's events
 * (the {@code command-directory} processor is subscribing). Controllers resolve here the capability a request names:
 * its own name or an alias gives the capability and the catalogue version; a name the catalogue does not know is
 * refused with the closest entries. Until HR adds the first capability there is no catalogue, and names pass as
 * they are (docs/capabilities.md).
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
public class CapabilityVocabulary {

    /** How many of the closest catalogue entries a refusal suggests. */
    static final int SUGGESTIONS = 5;

    private final JdbcClient jdbc;

    public CapabilityVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A name as resolved: the capability it stands for and the catalogue version; no version without a catalogue. */
    public record Resolved(String capabilityId, Long catalogueVersion) {
    }

    /**
     * The capability {@code name} stands for, to record evidence, a requirement or an opening with; refuses with 422
     * a name the catalogue does not know (with the closest entries) or a capability that is deprecated.
     */
    /**
     * Requirements named as typed, each resolved as {@link #resolve} does; refuses with 422 a capability named twice
     * (a name and its alias are one capability). Roles, gigs and pool rules name their requirements so.
     */
    public List<RequiredCapability> requirements(List<RequiredCapability> named) {
        Set<String> seen = new HashSet<>();
        List<RequiredCapability> resolved = new ArrayList<>(named.size());
        for (RequiredCapability requirement : named) {
            RequiredCapability capability = new RequiredCapability(resolve(requirement.capability()).capabilityId(),
                    requirement.minLevel());
            if (!seen.add(capability.capability())) {
                throw RuleViolation.unprocessable("duplicate-requirement", capability.capability()
                        + " is required twice (a name and its alias are one capability); name each capability once.");
            }
            resolved.add(capability);
        }
        return resolved;
    }

    public Resolved resolve(String name) {
        // One statement on every evidence command: the catalogue's version, and what the name resolves to (if it does).
        Optional<Lookup> lookup = jdbc.sql("""
                        SELECT v.version, c.capability_id, c.standing FROM command_catalogue v
                        LEFT JOIN command_capability_name n ON n.name = ?
                        LEFT JOIN command_capability c ON c.capability_id = n.capability_id""")
                .param(name)
                .query((rs, row) -> new Lookup(rs.getLong(1), rs.getString(2) == null ? null
                        : new Resolution(rs.getString(2), rs.getString(3))))
                .optional();
        if (lookup.isEmpty()) {
            return new Resolved(name, null);
        }
        long version = lookup.get().version();
        Optional<Resolution> found = Optional.ofNullable(lookup.get().resolution());
        if (found.isEmpty()) {
            List<String> closest = closest(name);
            throw RuleViolation.unprocessable("unknown-capability-name", name + " is not in the capability catalogue"
                            + (closest.isEmpty() ? "." : "; did you mean " + String.join(", ", closest) + "?"))
                    .with("capability", name)
                    .with("suggestions", closest);
        }
        if (found.get().standing().equals("DEPRECATED")) {
            throw RuleViolation.unprocessable("capability-deprecated",
                    found.get().capabilityId() + " is deprecated in the capability catalogue; name another.")
                    .with("capability", name)
                    .with("suggestions", closest(name).stream()
                            .filter(suggestion -> !suggestion.equals(found.get().capabilityId())).toList());
        }
        return new Resolved(found.get().capabilityId(), version);
    }

    /** The catalogue's version; empty while HR has added nothing. */
    public Optional<Long> version() {
        return jdbc.sql("SELECT version FROM command_catalogue").query(Long.class).optional();
    }

    private record Resolution(String capabilityId, String standing) {
    }

    /** @param resolution null when the name resolves to nothing */
    private record Lookup(long version, Resolution resolution) {
    }

    /**
     * The offered capabilities whose names are closest to {@code name} by edit distance, a name that contains it or
     * that it contains counting as close. Only a refusal asks, so every name is read.
     */
    private List<String> closest(String name) {
        record Candidate(String capabilityId, int distance) {
        }
        return jdbc.sql("""
                        SELECT n.name, n.capability_id FROM command_capability_name n
                        JOIN command_capability c ON c.capability_id = n.capability_id WHERE c.standing = 'OFFERED'""")
                .query((rs, row) -> new Candidate(rs.getString(2), EditDistance.betweenNames(name, rs.getString(1))))
                .list().stream()
                .filter(candidate -> EditDistance.closeEnough(name, candidate.distance()))
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::capabilityId))
                .map(Candidate::capabilityId)
                .distinct()
                .limit(SUGGESTIONS)
                .toList();
    }

    @EventHandler
    void on(CapabilityAdded event) {
        jdbc.sql("INSERT INTO command_capability (capability_id, label, standing) VALUES (?, ?, 'OFFERED')")
                .params(event.capabilityId(), event.label()).update();
        name(event.capabilityId(), event.capabilityId());
        event.aliases().forEach(alias -> name(alias, event.capabilityId()));
        version(event.catalogueVersion());
    }

    @EventHandler
    void on(CapabilityAliased event) {
        name(event.alias(), event.capabilityId());
        version(event.catalogueVersion());
    }

    @EventHandler
    void on(CapabilityNameMapped event) {
        name(event.name(), event.capabilityId());
        version(event.catalogueVersion());
    }

    @EventHandler
    void on(CapabilityMerged event) {
        jdbc.sql("UPDATE command_capability SET standing = 'MERGED' WHERE capability_id = ?")
                .param(event.capabilityId()).update();
        event.names().forEach(name -> name(name, event.into()));
        version(event.catalogueVersion());
    }

    @EventHandler
    void on(CapabilityDeprecated event) {
        jdbc.sql("UPDATE command_capability SET standing = 'DEPRECATED' WHERE capability_id = ?")
                .param(event.capabilityId()).update();
        version(event.catalogueVersion());
    }

    private void name(String name, String capabilityId) {
        jdbc.sql("""
                        INSERT INTO command_capability_name (name, capability_id) VALUES (?, ?)
                        ON CONFLICT (name) DO UPDATE SET capability_id = EXCLUDED.capability_id""")
                .params(name, capabilityId).update();
    }

    private void version(long version) {
        jdbc.sql("""
                        INSERT INTO command_catalogue (version) VALUES (?)
                        ON CONFLICT (only_row)
                        DO UPDATE SET version = GREATEST(command_catalogue.version, EXCLUDED.version)""")
                .param(version).update();
    }
}
