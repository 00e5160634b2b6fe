package io.talentplatform.projections.metrics;

import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.SignalingGapOutcome;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the structural facts the talent metrics are computed from (docs/metrics.md): people, moves, openings, roles
 * and slates, conversations, commitments and signaling gaps. Only ids, dates, functions, enums, booleans and counts
 * are kept, so erasure has nothing to remove here and no metric can expose a text.
 *
 * <p>Every write is an upsert keyed by what the event identifies (an event without an id of its own, a move or a
 * gap opened, by its aggregate's sequence number), so applying an event twice leaves the same rows; a reset empties
 * the tables for a rebuild. A row is only ever derived from events of its own aggregate: segments process different
 * aggregates in no fixed order, so everything that joins people to their contracts, slates or conversations is left
 * to the query.
 */
@Component
@ProcessingGroup(TalentMetricsProjector.NAME)
public class TalentMetricsProjector {

    public static final String NAME = ReadModel.Names.TALENT_METRICS;

    private final BatchedWrites writes;

    public TalentMetricsProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(EmployeeRegistered event, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO mt_person (employee_id, function, registered_on) VALUES (?, ?, ?)
                        ON CONFLICT (employee_id) DO NOTHING""")
                .params(event.employeeId(), event.function(), utcDate(at)).update();
    }

    @EventHandler
    void on(EmployeeMoved event, @SequenceNumber long sequence) {
        writes.sql("""
                        INSERT INTO mt_move (employee_id, sequence_number, effective_on, move_type, function_before,
                            function_after, opening_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, sequence_number) DO NOTHING""")
                .params(event.employeeId(), sequence, event.effectiveOn(), event.moveType().name(),
                        event.previousFunction(), event.function(), event.openingId()).update();
        writes.sql("UPDATE mt_person SET function = ? WHERE employee_id = ?")
                .params(event.function(), event.employeeId()).update();
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        writes.sql("UPDATE mt_person SET departed_on = ?, departure_reason = ?, regretted = ? WHERE employee_id = ?")
                .params(event.effectiveOn(), event.reason().name(), event.regretted(), event.employeeId()).update();
    }

    @EventHandler
    void on(RoleDefined event) {
        writes.sql("""
                        INSERT INTO mt_role (role_id, function, critical) VALUES (?, ?, ?)
                        ON CONFLICT (role_id) DO UPDATE SET function = EXCLUDED.function, critical = EXCLUDED.critical""")
                .params(event.roleId(), event.function(), event.critical()).update();
    }

    @EventHandler
    void on(OpeningOpened event) {
        writes.sql("""
                        INSERT INTO mt_opening (opening_id, role_id, function, opened_on) VALUES (?, ?, ?, ?)
                        ON CONFLICT (opening_id) DO NOTHING""")
                .params(event.openingId(), event.roleId(), event.function(), event.openedOn()).update();
    }

    @EventHandler
    void on(OpeningFilled event) {
        // The fill carries the opening as it was opened, so it is a complete row by itself.
        writes.sql("""
                        INSERT INTO mt_opening (opening_id, role_id, function, opened_on, filled_on, internal)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (opening_id) DO UPDATE SET filled_on = EXCLUDED.filled_on,
                            internal = EXCLUDED.internal""")
                .params(event.openingId(), event.roleId(), event.function(), event.openedOn(), event.filledOn(),
                        event.internal()).update();
    }

    @EventHandler
    void on(SuccessorNominated event) {
        slate(event.roleId(), event.employeeId(), event.readiness().name());
    }

    @EventHandler
    void on(SuccessorReassessed event) {
        slate(event.roleId(), event.employeeId(), event.readiness().name());
    }

    @EventHandler
    void on(SuccessorRemoved event) {
        writes.sql("DELETE FROM mt_successor WHERE role_id = ? AND employee_id = ?")
                .params(event.roleId(), event.employeeId()).update();
    }

    private void slate(String roleId, String employeeId, String readiness) {
        writes.sql("""
                        INSERT INTO mt_successor (role_id, employee_id, readiness) VALUES (?, ?, ?)
                        ON CONFLICT (role_id, employee_id) DO UPDATE SET readiness = EXCLUDED.readiness""")
                .params(roleId, employeeId, readiness).update();
    }

    @EventHandler
    void on(ConversationScheduled event) {
        writes.sql("""
                        INSERT INTO mt_conversation (conversation_id, employee_id, manager_id, kind) VALUES (?, ?, ?, ?)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .params(event.conversationId(), event.employeeId(), event.managerId(), event.kind().name()).update();
    }

    @EventHandler
    void on(ConversationHeld event) {
        writes.sql("UPDATE mt_conversation SET held_on = ? WHERE conversation_id = ?")
                .params(utcDate(event.heldAt()), event.conversationId()).update();
    }

    @EventHandler
    void on(ConversationCompleted event) {
        writes.sql("""
                        UPDATE mt_conversation SET completed = TRUE, outcomes_produced = ?, human_declared = ?,
                            relationship_declared = ?, signaling_declared = ?, advocacy_declared = ?,
                            advocacy_decision_maker = ?
                        WHERE conversation_id = ?""")
                .params(event.outcomesProduced(), event.humanCapitalUpdated(), event.relationshipCapitalAssessed(),
                        event.signalingGap() != SignalingGapOutcome.NOT_ASSESSED, event.advocacyAction() != null,
                        event.advocacyAction() == null ? null : event.advocacyAction().decisionMakerId(),
                        event.conversationId()).update();
    }

    @EventHandler
    void on(CapabilityEvidenced event) {
        delivered(event.conversationId(), "HUMAN_CAPITAL");
    }

    @EventHandler
    void on(RelationshipMapped event) {
        delivered(event.conversationId(), "RELATIONSHIP_CAPITAL");
    }

    @EventHandler
    void on(DecisionMakerAwarenessAssessed event) {
        delivered(event.conversationId(), "SIGNALING_GAP");
    }

    /** The person's stream recorded something as coming from the conversation (docs/metrics.md, "delivered"). */
    private void delivered(UUID conversationId, String outcome) {
        if (conversationId != null) {
            writes.sql("""
                            INSERT INTO mt_outcome_evidence (conversation_id, outcome) VALUES (?, ?)
                            ON CONFLICT (conversation_id, outcome) DO NOTHING""")
                    .params(conversationId, outcome).update();
        }
    }

    @EventHandler
    void on(DevelopmentContractClosed event, @Timestamp Instant at) {
        writes.sql("UPDATE mt_contract SET close_reason = ?, closed_on = ? WHERE contract_id = ?")
                .params(event.reason().name(), utcDate(at), event.contractId()).update();
    }

    @EventHandler
    void on(DevelopmentContractOpened event) {
        writes.sql("""
                        INSERT INTO mt_contract (contract_id, employee_id, manager_id) VALUES (?, ?, ?)
                        ON CONFLICT (contract_id) DO NOTHING""")
                .params(event.contractId(), event.employeeId(), event.managerId()).update();
    }

    @EventHandler
    void on(CommitmentMade event) {
        // The contract was opened earlier in the same stream, so its manager is already known.
        writes.sql("""
                        INSERT INTO mt_commitment (commitment_id, contract_id, employee_id, manager_id, owner, due_on,
                            conversation_id)
                        VALUES (?, ?, ?, (SELECT manager_id FROM mt_contract WHERE contract_id = ?), ?, ?, ?)
                        ON CONFLICT (commitment_id) DO NOTHING""")
                .params(event.commitmentId(), event.contractId(), event.employeeId(), event.contractId(),
                        event.owner().name(), event.dueOn(), event.conversationId()).update();
    }

    @EventHandler
    void on(CommitmentRescheduled event) {
        writes.sql("UPDATE mt_commitment SET due_on = ? WHERE commitment_id = ?")
                .params(event.dueOn(), event.commitmentId()).update();
    }

    @EventHandler
    void on(CommitmentCompleted event) {
        writes.sql("UPDATE mt_commitment SET completed_on = ? WHERE commitment_id = ?")
                .params(event.completedOn(), event.commitmentId()).update();
    }

    @EventHandler
    void on(CommitmentWithdrawn event) {
        writes.sql("UPDATE mt_commitment SET withdrawn = TRUE WHERE commitment_id = ?")
                .param(event.commitmentId()).update();
    }

    @EventHandler
    void on(SignalingGapOpened event, @Timestamp Instant at, @SequenceNumber long sequence) {
        writes.sql("""
                        INSERT INTO mt_signaling_gap (employee_id, decision_maker_id, opened_sequence, opened_on)
                        VALUES (?, ?, ?, ?) ON CONFLICT (employee_id, decision_maker_id, opened_sequence) DO NOTHING""")
                .params(event.employeeId(), event.decisionMakerId(), sequence, utcDate(at)).update();
    }

    /** Closes the gap opened last before this event, so a redelivered close never closes a gap opened after it. */
    @EventHandler
    void on(SignalingGapClosed event, @Timestamp Instant at, @SequenceNumber long sequence) {
        writes.sql("""
                        UPDATE mt_signaling_gap SET closed_on = ?
                        WHERE employee_id = ? AND decision_maker_id = ? AND opened_sequence = (
                            SELECT max(opened_sequence) FROM mt_signaling_gap
                            WHERE employee_id = ? AND decision_maker_id = ? AND opened_sequence < ?)""")
                .params(utcDate(at), event.employeeId(), event.decisionMakerId(), event.employeeId(),
                        event.decisionMakerId(), sequence).update();
    }

    @ResetHandler
    void reset() {
        writes.sql(ReadModel.TALENT_METRICS.truncate()).update();
    }

    private static LocalDate utcDate(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
