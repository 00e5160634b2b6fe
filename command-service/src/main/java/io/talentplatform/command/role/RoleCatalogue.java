package io.talentplatform.command.role;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.OpportunityPosted;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's lookup of roles and openings, kept in the same transaction as the events (the
 * {@code command-directory} processor is subscribing): an opening copies its role from here, and a fill finds the
 * role it moves the person into.
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
public class RoleCatalogue {

    private final JdbcClient jdbc;

    public RoleCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoleDefined event) {
        jdbc.sql("""
                        INSERT INTO command_role (role_id, title, function, level, critical, role_family)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.roleId(), event.title(), event.function(), event.level(), event.critical(),
                        event.roleFamily())
                .update();
        int ordinal = 0;
        for (RequiredCapability required : event.requiredCapabilities()) {
            jdbc.sql("INSERT INTO command_role_requirement (role_id, capability, min_level, ordinal) VALUES (?, ?, ?, ?)")
                    .params(event.roleId(), required.capability(), required.minLevel(), ordinal++)
                    .update();
        }
    }

    @EventHandler
    void on(OpeningOpened event) {
        jdbc.sql("INSERT INTO command_opening (opening_id, role_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.openingId(), event.roleId())
                .update();
    }

    @EventHandler
    void on(OpportunityPosted event) {
        jdbc.sql("INSERT INTO command_opening (opening_id, kind) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.openingId(), event.kind().name())
                .update();
    }

    /** What an opening is, if it exists: a vacancy, a gig or a project. */
    public Optional<OpeningKind> kindOf(UUID openingId) {
        return jdbc.sql("SELECT kind FROM command_opening WHERE opening_id = ?")
                .param(openingId)
                .query(String.class)
                .optional()
                .map(OpeningKind::valueOf);
    }

    public Optional<Entry> role(String roleId) {
        return jdbc.sql("SELECT role_id, title, function, level, critical, role_family FROM command_role WHERE role_id = ?")
                .param(roleId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), requirements(rs.getString(1))))
                .optional();
    }

    private List<RequiredCapability> requirements(String roleId) {
        return jdbc.sql("SELECT capability, min_level FROM command_role_requirement WHERE role_id = ? ORDER BY ordinal")
                .param(roleId)
                .query((rs, row) -> new RequiredCapability(rs.getString(1), rs.getInt(2)))
                .list();
    }

    public record Entry(String roleId, String title, String function, String level, boolean critical,
                        String roleFamily, List<RequiredCapability> requiredCapabilities) {
    }
}
