package io.talentplatform.projections.followthrough;

import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.SignalReassessmentRequested;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The advocacy chain (a signal to reassess), the pause after a burnout note, and the person's standing: a new
 * manager inherits the items, a departure resolves them, an erasure seals their text.
 *
 * <p>Part of the follow-through read model's loop, written as {@link LoopConversationsProjector} says.
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class LoopPeopleProjector {

    private final BatchedWrites writes;

    public LoopPeopleProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SignalReassessmentRequested event) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, commitment_id,
                            counterpart_id, visible_from)
                        SELECT ?, p.manager_id, 'REASSESS_SIGNAL', p.employee_id, ?, ?, ?, ?
                        FROM ft_person p WHERE p.employee_id = ? AND p.manager_id IS NOT NULL
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(InboxItems.itemId(InboxItems.Kind.REASSESS_SIGNAL, event.commitmentId()), event.conversationId(),
                        event.commitmentId(), event.decisionMakerId(), event.requestedOn(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(DecisionMakerAwarenessAssessed event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "employee_id = ? AND kind = 'REASSESS_SIGNAL' AND counterpart_id = ?", InboxItems.day(at), event.employeeId(),
                event.decisionMakerId());
    }

    @EventHandler
    void on(DevelopmentPushesPaused event) {
        writes.sql("""
                        INSERT INTO ft_pause (note_id, employee_id, paused_until, written_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (note_id) DO NOTHING""")
                .params(event.noteId(), event.employeeId(), event.pausedUntil(), event.writtenBy()).update();
    }

    /**
     * A new manager takes over the contract's review; what was due with the previous one about the person ends (the
     * new manager has a transition conversation due instead). A commitment stays with the manager who made it.
     */
    @EventHandler
    void on(ManagerChanged event, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE inbox_item SET recipient_id = ?
                        WHERE employee_id = ? AND kind = 'REVIEW_DUE' AND resolved_on IS NULL""")
                .params(event.managerId(), event.employeeId()).update();
        InboxItems.resolve(writes, "employee_id = ? AND recipient_id = ? AND kind NOT IN ('COMMITMENT_DUE', 'REVIEW_DUE')", InboxItems.day(at),
                event.employeeId(), event.previousManagerId());
    }

    @EventHandler
    void on(EmployeeDeparted event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "(employee_id = ? OR recipient_id = ?)", InboxItems.day(at), event.employeeId(), event.employeeId());
    }

    @EventHandler
    void on(PersonalDataErased event) {
        String erased = Sealer.ERASED;
        writes.sql("UPDATE inbox_item SET detail = ? WHERE employee_id = ? AND detail IS NOT NULL")
                .params(erased, event.employeeId()).update();
        writes.sql("""
                        UPDATE ft_conversation SET summary = CASE WHEN summary IS NULL THEN NULL ELSE ? END,
                            prompt = CASE WHEN prompt IS NULL THEN NULL ELSE ? END
                        WHERE employee_id = ?""").params(erased, erased, event.employeeId()).update();
        writes.sql("""
                        UPDATE ft_transition_plan SET partial_paths = ARRAY[?], timeline = ?
                        WHERE contract_id IN (SELECT contract_id FROM ft_contract WHERE employee_id = ?)""")
                .params(erased, erased, event.employeeId()).update();
    }

}
