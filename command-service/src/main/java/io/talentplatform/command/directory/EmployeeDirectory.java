package io.talentplatform.command.directory;

import io.talentplatform.events.employee.EmployeeRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The command side's lookup for rules that span aggregates: is this person employed, who is their current manager.
 * A subscribing handler keeps it in the same transaction as the events that change it (see command-service.yml),
 * so a check never sees less than the command side itself has committed. The window that remains is the one between
 * a check and the commit of the command that relied on it; docs/architecture.md describes it.
 */
@Component
@ProcessingGroup("command-directory")
public class EmployeeDirectory {

    private final JdbcClient jdbc;

    public EmployeeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EmployeeRegistered event) {
        jdbc.sql("""
                        INSERT INTO command_directory (employee_id, manager_id, employed) VALUES (?, ?, TRUE)
                        ON CONFLICT (employee_id) DO UPDATE SET manager_id = EXCLUDED.manager_id, employed = TRUE""")
                .params(event.employeeId(), event.managerId())
                .update();
    }

    /** The person as the command side knows them, if registered. */
    public Optional<Entry> find(String employeeId) {
        return jdbc.sql("SELECT employee_id, manager_id, employed FROM command_directory WHERE employee_id = ?")
                .param(employeeId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    /** One person's standing: employed or not, and their current manager. */
    public record Entry(String employeeId, String managerId, boolean employed) {

        public boolean isManagedBy(String candidate) {
            return employed && managerId != null && managerId.equals(candidate);
        }
    }
}
