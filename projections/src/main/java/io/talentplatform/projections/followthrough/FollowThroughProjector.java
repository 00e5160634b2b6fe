package io.talentplatform.projections.followthrough;

import io.talentplatform.events.contract.CommitmentBecameOverdue;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.ContractReviewDue;
import io.talentplatform.events.contract.ContractReviewed;
import io.talentplatform.events.contract.ContractSummaryShared;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.DevelopmentContractRevised;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.QuarterlyConversationDue;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.projections.TextArray;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Builds the development-contract view and the manager follow-through view (seed 001's "what good looks like": a
 * manager sees in one answer where every report stands). Idempotent upserts and assignments of absolute values;
 * a reset empties the tables for a rebuild. Whose commitment is whose, and which manager a report belongs to, is
 * recorded as of the event (a commitment stays with the manager who made it).
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class FollowThroughProjector {

    public static final String NAME = ReadModel.Names.FOLLOW_THROUGH;

    private final BatchedWrites writes;

    public FollowThroughProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(EmployeeRegistered event, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO ft_person (employee_id, manager_id, registered_on) VALUES (?, ?, ?)
                        ON CONFLICT (employee_id) DO UPDATE SET manager_id = EXCLUDED.manager_id, employed = TRUE,
                            registered_on = EXCLUDED.registered_on""")
                .params(event.employeeId(), event.managerId(), InboxItems.day(at)).update();
    }

    @EventHandler
    void on(ManagerChanged event) {
        writes.sql("UPDATE ft_person SET manager_id = ? WHERE employee_id = ?")
                .params(event.managerId(), event.employeeId()).update();
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        writes.sql("UPDATE ft_person SET employed = FALSE WHERE employee_id = ?").param(event.employeeId()).update();
    }

    @EventHandler
    void on(ConversationScheduled event) {
        writes.sql("""
                        INSERT INTO ft_conversation (conversation_id, employee_id, manager_id, kind, status, scheduled_for)
                        VALUES (?, ?, ?, ?, 'SCHEDULED', ?) ON CONFLICT (conversation_id) DO NOTHING""")
                .params(event.conversationId(), event.employeeId(), event.managerId(), event.kind().name(),
                        java.sql.Timestamp.from(event.scheduledFor())).update();
    }

    @EventHandler
    void on(ConversationRescheduled event) {
        writes.sql("UPDATE ft_conversation SET scheduled_for = ?, deferrals = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.scheduledFor()), event.deferral(), event.conversationId())
                .update();
    }

    @EventHandler
    void on(ConversationHeld event) {
        writes.sql("UPDATE ft_conversation SET status = 'HELD', held_at = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.heldAt()), event.conversationId()).update();
    }

    @EventHandler
    void on(ConversationCompleted event) {
        writes.sql("""
                        UPDATE ft_conversation SET status = 'COMPLETED', next_conversation_on = ?,
                            advocacy_description = ?, advocacy_due_on = ?
                        WHERE conversation_id = ?""")
                .params(event.nextConversationOn(),
                        event.advocacyAction() == null ? null : event.advocacyAction().description(),
                        event.advocacyAction() == null ? null : event.advocacyAction().dueOn(),
                        event.conversationId()).update();
    }

    @EventHandler
    void on(QuarterlyConversationDue event) {
        writes.sql("UPDATE ft_person SET quarterly_due_raised_on = ? WHERE employee_id = ?")
                .params(event.dueOn(), event.employeeId()).update();
    }

    @EventHandler
    void on(ConversationCancelled event) {
        writes.sql("UPDATE ft_conversation SET status = 'CANCELLED' WHERE conversation_id = ?")
                .param(event.conversationId()).update();
    }

    @EventHandler
    void on(DevelopmentContractOpened event, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO ft_contract (contract_id, employee_id, manager_id, open, goal, evidence_of_success,
                            review_cadence, next_review_on, caveat, open_questions, conversation_id, opened_at)
                        VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?::text[], ?, ?) ON CONFLICT (contract_id) DO NOTHING""")
                .params(event.contractId(), event.employeeId(), event.managerId(), event.goal(),
                        event.evidenceOfSuccess(), event.reviewCadence().name(), event.nextReviewOn(), event.caveat(),
                        TextArray.of(event.openQuestions()), event.conversationId(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(DevelopmentContractRevised event, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE ft_contract SET goal = ?, evidence_of_success = ?, review_cadence = ?,
                            next_review_on = ?, caveat = ?, open_questions = ?::text[], revision = ?,
                            review_due_since = NULL
                        WHERE contract_id = ?""")
                .params(event.goal(), event.evidenceOfSuccess(), event.reviewCadence().name(), event.nextReviewOn(),
                        event.caveat(), TextArray.of(event.openQuestions()), event.revision(), event.contractId())
                .update();
        writes.sql("""
                        INSERT INTO ft_contract_revision (contract_id, revision, goal, reason, revised_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (contract_id, revision) DO NOTHING""")
                .params(event.contractId(), event.revision(), event.goal(), event.reason(),
                        java.sql.Timestamp.from(at)).update();
    }

    @EventHandler
    void on(ContractReviewed event) {
        writes.sql("""
                        UPDATE ft_contract SET last_reviewed_on = ?, next_review_on = ?, review_due_since = NULL
                        WHERE contract_id = ?""")
                .params(event.reviewedOn(), event.nextReviewOn(), event.contractId()).update();
    }

    @EventHandler
    void on(ContractReviewDue event) {
        writes.sql("UPDATE ft_contract SET review_due_since = ? WHERE contract_id = ?")
                .params(event.reviewWasDueOn(), event.contractId()).update();
    }

    @EventHandler
    void on(ContractSummaryShared event) {
        writes.sql("UPDATE ft_contract SET summary_shared_at = ?, summary_late = ? WHERE contract_id = ?")
                .params(java.sql.Timestamp.from(event.sharedAt()), event.late(), event.contractId()).update();
    }

    @EventHandler
    void on(DevelopmentContractClosed event) {
        writes.sql("UPDATE ft_contract SET open = FALSE, close_reason = ? WHERE contract_id = ?")
                .params(event.reason().name(), event.contractId()).update();
    }

    @EventHandler
    void on(CommitmentMade event) {
        writes.sql("""
                        INSERT INTO ft_commitment (commitment_id, contract_id, employee_id, manager_id, owner, kind,
                            description, due_on, status, conversation_id)
                        SELECT ?, ?, ?, c.manager_id, ?, ?, ?, ?, 'OPEN', ? FROM ft_contract c WHERE c.contract_id = ?
                        ON CONFLICT (commitment_id) DO NOTHING""")
                .params(event.commitmentId(), event.contractId(), event.employeeId(), event.owner().name(),
                        event.kind() == null ? null : event.kind().name(), event.description(), event.dueOn(),
                        event.conversationId(), event.contractId()).update();
    }

    @EventHandler
    void on(CommitmentBecameOverdue event) {
        writes.sql("UPDATE ft_commitment SET status = 'OVERDUE', overdue_since = ? WHERE commitment_id = ?")
                .params(event.dueOn().plusDays(1), event.commitmentId()).update();
    }

    @EventHandler
    void on(CommitmentCompleted event) {
        writes.sql("""
                        UPDATE ft_commitment SET status = 'COMPLETED', completed_on = ?, completed_late = ?
                        WHERE commitment_id = ?""")
                .params(event.completedOn(), event.late(), event.commitmentId()).update();
    }

    @EventHandler
    void on(CommitmentRescheduled event) {
        writes.sql("""
                        UPDATE ft_commitment SET due_on = ?, reschedules = ?,
                            status = CASE WHEN status = 'OVERDUE' THEN 'OPEN' ELSE status END
                        WHERE commitment_id = ?""")
                .params(event.dueOn(), event.reschedules(), event.commitmentId()).update();
    }

    @EventHandler
    void on(CommitmentWithdrawn event) {
        writes.sql("UPDATE ft_commitment SET status = 'WITHDRAWN' WHERE commitment_id = ?")
                .param(event.commitmentId()).update();
    }

    @EventHandler
    void on(PersonalDataErased event) {
        String erased = Sealer.ERASED;
        String id = event.employeeId();
        writes.sql("""
                        UPDATE ft_contract SET goal = ?, evidence_of_success = ?,
                            caveat = CASE WHEN caveat IS NULL THEN NULL ELSE ? END, open_questions = '{}'
                        WHERE employee_id = ?""").params(erased, erased, erased, id).update();
        writes.sql("""
                        UPDATE ft_contract_revision SET goal = ?, reason = ?
                        WHERE contract_id IN (SELECT contract_id FROM ft_contract WHERE employee_id = ?)""")
                .params(erased, erased, id).update();
        writes.sql("UPDATE ft_commitment SET description = ? WHERE employee_id = ?").params(erased, id).update();
        writes.sql("""
                        UPDATE ft_conversation SET advocacy_description = ?
                        WHERE employee_id = ? AND advocacy_description IS NOT NULL""").params(erased, id).update();
    }

    @ResetHandler
    void reset() {
        writes.sql(ReadModel.FOLLOW_THROUGH.truncate()).update(); // the loop's tables (Loop*Projector) with them
    }
}
