package io.talentplatform.command.directory;

import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.ManagerChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The command side's lookup for rules that span aggregates: is this person employed, who is their current manager,
 * whose conversation is this. A subscribing handler keeps it in the same transaction as the events that change it
 * (see talent-command.yml).
 *
 * <p>A check reads the person's row {@code FOR SHARE} inside the request's transaction, and a reporting-line change
 * updates that row in its own: the two serialize on the row lock. A command that relied on "M manages E" therefore
 * commits before any change of E's manager does, or sees the change and is refused; there is no window in which a
 * former manager's command slips through (docs/architecture.md; {@code ReportingLineRaceTest}).
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

    @EventHandler
    void on(ManagerChanged event) {
        jdbc.sql("UPDATE command_directory SET manager_id = ? WHERE employee_id = ?")
                .params(event.managerId(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        jdbc.sql("UPDATE command_directory SET employed = FALSE WHERE employee_id = ?")
                .param(event.employeeId())
                .update();
    }

    @EventHandler
    void on(ConversationScheduled event) {
        jdbc.sql("""
                        INSERT INTO command_conversation (conversation_id, employee_id) VALUES (?, ?)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .params(event.conversationId(), event.employeeId())
                .update();
    }

    /** The person as the command side knows them, if registered, read without locking. */
    public Optional<Entry> find(String employeeId) {
        return jdbc.sql("SELECT employee_id, manager_id, employed FROM command_directory WHERE employee_id = ?")
                .param(employeeId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    /**
     * The person, with their row share-locked until the request's transaction ends, so that their reporting line and
     * employment cannot change under a command that was authorised by them.
     */
    public Optional<Entry> lock(String employeeId) {
        return jdbc.sql("""
                        SELECT employee_id, manager_id, employed FROM command_directory WHERE employee_id = ?
                        FOR SHARE""")
                .param(employeeId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    /** The person a conversation is with. */
    public Optional<String> employeeOfConversation(UUID conversationId) {
        return jdbc.sql("SELECT employee_id FROM command_conversation WHERE conversation_id = ?")
                .param(conversationId)
                .query(String.class)
                .optional();
    }

    /** One person's standing: employed or not, and their current manager. */
    public record Entry(String employeeId, String managerId, boolean employed) {

        /** Whether {@code candidate} is this person's manager (their last one, if the person has left). */
        public boolean isManagedBy(String candidate) {
            return managerId != null && managerId.equals(candidate);
        }
    }
}
