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
import io.talentplatform.projections.fold.Columns;
import io.talentplatform.projections.fold.KeyedTable;
import io.talentplatform.projections.fold.KeyedWrites;
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

    static final KeyedTable PERSON = KeyedTable.of("mt_person", "employee_id");
    static final KeyedTable MOVE = KeyedTable.of("mt_move", "employee_id", "sequence_number");
    static final KeyedTable ROLE = KeyedTable.of("mt_role", "role_id");
    static final KeyedTable OPENING = KeyedTable.of("mt_opening", "opening_id");
    static final KeyedTable SUCCESSOR = KeyedTable.of("mt_successor", "role_id", "employee_id");
    static final KeyedTable CONVERSATION = KeyedTable.of("mt_conversation", "conversation_id");
    static final KeyedTable OUTCOME_EVIDENCE = KeyedTable.of("mt_outcome_evidence", "conversation_id", "outcome");
    static final KeyedTable CONTRACT = KeyedTable.of("mt_contract", "contract_id");
    static final KeyedTable COMMITMENT = KeyedTable.of("mt_commitment", "commitment_id");
    static final KeyedTable SIGNALING_GAP =
            KeyedTable.ordered("mt_signaling_gap", "employee_id", "decision_maker_id", "opened_sequence");

    private final BatchedWrites writes;
    private final KeyedWrites rows;

    public TalentMetricsProjector(BatchedWrites writes, KeyedWrites rows) {
        this.writes = writes;
        this.rows = rows;
    }

    @EventHandler
    void on(EmployeeRegistered event, @Timestamp Instant at) {
        rows.insertIfAbsent(PERSON, Columns.of("employee_id", event.employeeId(), "function", event.function(),
                "registered_on", utcDate(at)));
    }

    @EventHandler
    void on(EmployeeMoved event, @SequenceNumber long sequence) {
        rows.insertIfAbsent(MOVE, Columns.of("employee_id", event.employeeId(), "sequence_number", sequence,
                "effective_on", event.effectiveOn(), "move_type", event.moveType().name(),
                "function_before", event.previousFunction(), "function_after", event.function(),
                "opening_id", event.openingId()));
        rows.update(PERSON, Columns.of("employee_id", event.employeeId()), Columns.of("function", event.function()));
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        rows.update(PERSON, Columns.of("employee_id", event.employeeId()), Columns.of(
                "departed_on", event.effectiveOn(), "departure_reason", event.reason().name(),
                "regretted", event.regretted()));
    }

    @EventHandler
    void on(RoleDefined event) {
        rows.upsert(ROLE, Columns.of("role_id", event.roleId(), "function", event.function(),
                "critical", event.critical()), "function", "critical");
    }

    @EventHandler
    void on(OpeningOpened event) {
        rows.insertIfAbsent(OPENING, Columns.of("opening_id", event.openingId(), "role_id", event.roleId(),
                "function", event.function(), "opened_on", event.openedOn()));
    }

    @EventHandler
    void on(OpeningFilled event) {
        // The fill carries the opening as it was opened, so it is a complete row by itself.
        rows.upsert(OPENING, Columns.of("opening_id", event.openingId(), "role_id", event.roleId(),
                "function", event.function(), "opened_on", event.openedOn(), "filled_on", event.filledOn(),
                "internal", event.internal()), "filled_on", "internal");
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
        rows.delete(SUCCESSOR, Columns.of("role_id", event.roleId(), "employee_id", event.employeeId()));
    }

    private void slate(String roleId, String employeeId, String readiness) {
        rows.upsert(SUCCESSOR, Columns.of("role_id", roleId, "employee_id", employeeId, "readiness", readiness),
                "readiness");
    }

    @EventHandler
    void on(ConversationScheduled event) {
        rows.insertIfAbsent(CONVERSATION, Columns.of("conversation_id", event.conversationId(),
                "employee_id", event.employeeId(), "manager_id", event.managerId(), "kind", event.kind().name()));
    }

    @EventHandler
    void on(ConversationHeld event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()),
                Columns.of("held_on", utcDate(event.heldAt())));
    }

    @EventHandler
    void on(ConversationCompleted event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()), Columns.of(
                "completed", true,
                "outcomes_produced", event.outcomesProduced(),
                "human_declared", event.humanCapitalUpdated(),
                "relationship_declared", event.relationshipCapitalAssessed(),
                "signaling_declared", event.signalingGap() != SignalingGapOutcome.NOT_ASSESSED,
                "advocacy_declared", event.advocacyAction() != null,
                "advocacy_decision_maker",
                event.advocacyAction() == null ? null : event.advocacyAction().decisionMakerId()));
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
            rows.insertIfAbsent(OUTCOME_EVIDENCE, Columns.of("conversation_id", conversationId, "outcome", outcome));
        }
    }

    @EventHandler
    void on(DevelopmentContractClosed event, @Timestamp Instant at) {
        rows.update(CONTRACT, Columns.of("contract_id", event.contractId()),
                Columns.of("close_reason", event.reason().name(), "closed_on", utcDate(at)));
    }

    @EventHandler
    void on(DevelopmentContractOpened event) {
        rows.insertIfAbsent(CONTRACT, Columns.of("contract_id", event.contractId(),
                "employee_id", event.employeeId(), "manager_id", event.managerId()));
    }

    @EventHandler
    void on(CommitmentMade event) {
        // The contract was opened earlier in the same stream, so its manager is already known.
        rows.insertIfAbsent(COMMITMENT, Columns.of("commitment_id", event.commitmentId(),
                "contract_id", event.contractId(), "employee_id", event.employeeId(),
                "manager_id", Columns.Lookup.of(CONTRACT, "manager_id", event.contractId()),
                "owner", event.owner().name(), "due_on", event.dueOn(), "conversation_id", event.conversationId()));
    }

    @EventHandler
    void on(CommitmentRescheduled event) {
        rows.update(COMMITMENT, Columns.of("commitment_id", event.commitmentId()),
                Columns.of("due_on", event.dueOn()));
    }

    @EventHandler
    void on(CommitmentCompleted event) {
        rows.update(COMMITMENT, Columns.of("commitment_id", event.commitmentId()),
                Columns.of("completed_on", event.completedOn()));
    }

    @EventHandler
    void on(CommitmentWithdrawn event) {
        rows.update(COMMITMENT, Columns.of("commitment_id", event.commitmentId()), Columns.of("withdrawn", true));
    }

    @EventHandler
    void on(SignalingGapOpened event, @Timestamp Instant at, @SequenceNumber long sequence) {
        rows.insertIfAbsent(SIGNALING_GAP, Columns.of("employee_id", event.employeeId(),
                "decision_maker_id", event.decisionMakerId(), "opened_sequence", sequence, "opened_on", utcDate(at)));
    }

    /** Closes the gap opened last before this event, so a redelivered close never closes a gap opened after it. */
    @EventHandler
    void on(SignalingGapClosed event, @Timestamp Instant at, @SequenceNumber long sequence) {
        rows.updateLatestBelow(SIGNALING_GAP,
                Columns.of("employee_id", event.employeeId(), "decision_maker_id", event.decisionMakerId()),
                sequence, Columns.of("closed_on", utcDate(at)));
    }

    @ResetHandler
    void reset() {
        writes.sql(ReadModel.TALENT_METRICS.truncate()).update();
    }

    private static LocalDate utcDate(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
