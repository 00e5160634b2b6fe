package io.talentplatform.query.followthrough;

import io.talentplatform.query.followthrough.ContractView.Commitment;
import io.talentplatform.query.followthrough.ContractView.Revision;
import io.talentplatform.platform.loop.LoopRules;
import io.talentplatform.platform.loop.ReflectionPrompt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL behind a person's contracts and a conversation's page (what it starts from: the open contract, the
 * manager's commitments first, the last conversation held), over the tables of the follow-through projection.
 */
@Component
class ContractReader {


    private final JdbcClient jdbc;

    ContractReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> managerOf(String employeeId) {
        return jdbc.sql("SELECT coalesce(manager_id, '') FROM ft_person WHERE employee_id = ?")
                .param(employeeId).query(String.class).optional();
    }

    boolean isKnown(String employeeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ft_person WHERE employee_id = ?)")
                .param(employeeId).query(Boolean.class).single();
    }

    Optional<ContractView> openContract(String employeeId, LocalDate today) {
        return contracts(employeeId, true, today).stream().findFirst();
    }

    /** The person's development contracts, newest first; only the open one if {@code openOnly}. */
    List<ContractView> contracts(String employeeId, boolean openOnly, LocalDate today) {
        return jdbc.sql("""
                        SELECT contract_id, employee_id, manager_id, open, goal, evidence_of_success, review_cadence,
                               next_review_on, last_reviewed_on, caveat, open_questions, revision, conversation_id,
                               summary_shared_at, summary_late, close_reason
                        FROM ft_contract WHERE employee_id = ? AND (open OR NOT ?) ORDER BY opened_at DESC""")
                .params(employeeId, openOnly)
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalDate nextReview = rs.getObject(8, LocalDate.class);
                    boolean open = rs.getBoolean(4);
                    return new ContractView(id, rs.getString(2), rs.getString(3), open, rs.getString(5),
                            rs.getString(6), rs.getString(7), nextReview, rs.getObject(9, LocalDate.class),
                            open && nextReview.isBefore(today), rs.getString(10),
                            List.of((String[]) rs.getArray(11).getArray()), rs.getInt(12), revisions(id),
                            rs.getObject(13, UUID.class), instant(rs, 14), (Boolean) rs.getObject(15),
                            rs.getString(16), commitments(id), transitionPlan(id));
                })
                .list();
    }

    private ContractView.TransitionPlan transitionPlan(UUID contractId) {
        return jdbc.sql("SELECT partial_paths, timeline, agreed_on FROM ft_transition_plan WHERE contract_id = ?")
                .param(contractId)
                .query((rs, row) -> new ContractView.TransitionPlan(List.of((String[]) rs.getArray(1).getArray()),
                        rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional().orElse(null);
    }

    /** One conversation with what it starts from: the person's contract, the manager's commitments first. */
    Optional<ConversationView> conversation(UUID conversationId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return jdbc.sql("""
                        SELECT conversation_id, employee_id, manager_id, kind, status, scheduled_for, held_at, prompt,
                               prompt_sent_at, summary_shared_at, summary, next_conversation_on, deferrals
                        FROM ft_conversation WHERE conversation_id = ?""")
                .param(conversationId)
                .query((rs, row) -> {
                    String employeeId = rs.getString(2);
                    String managerId = rs.getString(3);
                    Instant held = instant(rs, 7);
                    Instant shared = instant(rs, 10);
                    boolean late = LoopRules.summaryLate(held, shared, now);
                    return new ConversationView(conversationId, employeeId, managerId, rs.getString(4),
                            rs.getString(5), instant(rs, 6), held, rs.getString(8), instant(rs, 9), shared,
                            rs.getString(11), late, rs.getObject(12, LocalDate.class), rs.getInt(13),
                            preparation(employeeId, managerId, conversationId, today),
                            ReflectionPrompt.toSend(rs.getString(8)));
                })
                .optional();
    }

    private ConversationView.Preparation preparation(String employeeId, String managerId, UUID conversationId,
                                                     LocalDate today) {
        ContractView contract = openContract(employeeId, today).orElse(null);
        List<Commitment> commitments = contract == null ? List.of() : contract.commitments();
        ConversationView.Previous previous = jdbc.sql("""
                        SELECT conversation_id, kind, held_at, summary, advocacy_description, advocacy_due_on,
                               next_conversation_on
                        FROM ft_conversation
                        WHERE employee_id = ? AND held_at IS NOT NULL AND conversation_id <> ?
                        ORDER BY held_at DESC LIMIT 1""")
                .params(employeeId, conversationId)
                .query((rs, row) -> new ConversationView.Previous(rs.getObject(1, UUID.class), rs.getString(2),
                        instant(rs, 3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .optional().orElse(null);
        return new ConversationView.Preparation(
                commitments.stream().filter(c -> "MANAGER".equals(c.owner())).toList(),
                commitments.stream().filter(c -> "EMPLOYEE".equals(c.owner())).toList(), contract, previous);
    }

    private List<Revision> revisions(UUID contractId) {
        return jdbc.sql("SELECT revision, goal, reason, revised_at FROM ft_contract_revision WHERE contract_id = ? "
                        + "ORDER BY revision")
                .param(contractId)
                .query((rs, row) -> new Revision(rs.getInt(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
                .list();
    }

    private List<Commitment> commitments(UUID contractId) {
        return jdbc.sql("""
                        SELECT commitment_id, owner, kind, description, due_on, status, completed_on, completed_late,
                               overdue_since, reschedules, conversation_id
                        FROM ft_commitment WHERE contract_id = ? ORDER BY due_on, commitment_id""")
                .param(contractId)
                .query((rs, row) -> new Commitment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, LocalDate.class), (Boolean) rs.getObject(8), rs.getObject(9, LocalDate.class),
                        rs.getInt(10), rs.getObject(11, UUID.class)))
                .list();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
