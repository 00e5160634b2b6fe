package io.talentplatform.command.directory;

import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.RecordContested;
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
 * former manager's command slips through (docs/architecture.md; {@code ConcurrentChangesTest}).
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
public class EmployeeDirectory {

    /** The subscribing processor of the command side's lookups (this directory, the role catalogue, key shredding). */
    public static final String PROCESSOR = "command-directory";

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

    @EventHandler
    void on(ConversationHeld event) {
        jdbc.sql("UPDATE command_conversation SET held_at = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.heldAt()), event.conversationId())
                .update();
    }

    /** A second open contract for one person fails here, on the unique index, and its command with it. */
    @EventHandler
    void on(DevelopmentContractOpened event) {
        jdbc.sql("INSERT INTO command_contract (contract_id, employee_id, open, conversation_id) VALUES (?, ?, TRUE, ?) "
                        + "ON CONFLICT (contract_id) DO NOTHING")
                .params(event.contractId(), event.employeeId(), event.conversationId())
                .update();
    }

    @EventHandler
    void on(DevelopmentContractClosed event) {
        jdbc.sql("UPDATE command_contract SET open = FALSE WHERE contract_id = ?").param(event.contractId()).update();
    }

    /**
     * An advocacy action aimed at a decision maker's gap: the commitment that carries it out, so that its completion
     * can ask whether the gap closed (EmployeePolicies).
     */
    @EventHandler
    void on(ConversationCompleted event) {
        AdvocacyAction action = event.advocacyAction();
        if (action == null || action.decisionMakerId() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO command_advocacy (commitment_id, employee_id, decision_maker_id, conversation_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT (commitment_id) DO NOTHING""")
                .params(AdvocacyAction.commitmentIdFor(event.conversationId()), event.employeeId(),
                        action.decisionMakerId(), event.conversationId())
                .update();
    }

    @EventHandler
    void on(RecordContested event) {
        jdbc.sql("INSERT INTO command_contest (contest_id, employee_id) VALUES (?, ?) ON CONFLICT (contest_id) DO NOTHING")
                .params(event.contestId(), event.employeeId())
                .update();
    }

    /** The person a contest is about. */
    public Optional<String> employeeOfContest(UUID contestId) {
        return jdbc.sql("SELECT employee_id FROM command_contest WHERE contest_id = ?")
                .param(contestId)
                .query(String.class)
                .optional();
    }

    /** The decision maker and conversation of the advocacy action a commitment carries out, if it carries one. */
    public Optional<AdvocacyTarget> advocacyTarget(UUID commitmentId) {
        return jdbc.sql("SELECT decision_maker_id, conversation_id FROM command_advocacy WHERE commitment_id = ?")
                .param(commitmentId)
                .query((rs, row) -> new AdvocacyTarget(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Whom an advocacy action addresses, and the conversation that agreed it. */
    public record AdvocacyTarget(String decisionMakerId, UUID conversationId) {
    }

    /** The person's open development contract, if any. */
    public Optional<UUID> openContractOf(String employeeId) {
        return jdbc.sql("SELECT contract_id FROM command_contract WHERE employee_id = ? AND open")
                .param(employeeId)
                .query(UUID.class)
                .optional();
    }

    /** The person a contract is with. */
    public Optional<String> employeeOfContract(UUID contractId) {
        return jdbc.sql("SELECT employee_id FROM command_contract WHERE contract_id = ?")
                .param(contractId)
                .query(String.class)
                .optional();
    }

    /** The conversation a contract came from, if any. */
    public Optional<UUID> conversationOfContract(UUID contractId) {
        return jdbc.sql("SELECT conversation_id FROM command_contract WHERE contract_id = ? AND conversation_id IS NOT NULL")
                .param(contractId)
                .query(UUID.class)
                .optional();
    }

    /** When a conversation was held, if it was. */
    public Optional<java.time.Instant> heldAt(UUID conversationId) {
        return jdbc.sql("SELECT held_at FROM command_conversation WHERE conversation_id = ? AND held_at IS NOT NULL")
                .param(conversationId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
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
