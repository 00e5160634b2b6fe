package io.talentplatform.projections.careercapital;

import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ListeningNoteRecorded;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.privacy.PersonKeys;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.projections.TextArray;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Builds the Career Capital profile: the person's standing, Human, Relationship and Signaling Capital, aspiration,
 * readiness, consent and conversation history (with the listening notes, which only their writer is answered). Every write is an
 * upsert keyed by what the event identifies, so applying an event twice leaves the same rows; a reset empties the
 * tables so that a replay rebuilds them from the log alone.
 */
@Component
@ProcessingGroup(CareerCapitalProjector.NAME)
public class CareerCapitalProjector {

    public static final String NAME = ReadModel.Names.CAREER_CAPITAL;

    private final BatchedWrites writes;
    private final PersonKeys personKeys;

    public CareerCapitalProjector(BatchedWrites writes, PersonKeys personKeys) {
        this.writes = writes;
        this.personKeys = personKeys;
    }

    @EventHandler
    void on(EmployeeRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO career_capital_profile
                            (employee_id, display_name, job_title, level, function, manager_id, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                            job_title = EXCLUDED.job_title, level = EXCLUDED.level, function = EXCLUDED.function,
                            manager_id = EXCLUDED.manager_id, registered_at = EXCLUDED.registered_at""")
                .params(event.employeeId(), event.displayName(), event.jobTitle(), event.level(), event.function(),
                        event.managerId(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(CapabilityEvidenced event, @org.axonframework.eventhandling.Timestamp Instant at, TrackingToken token) {
        writes.sql("""
                        INSERT INTO career_capital_evidence (evidence_id, employee_id, capability, level, evidence,
                            source, observed_on, conversation_id, recorded_at, event_position, visibility)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (evidence_id) DO NOTHING""")
                .params(event.evidenceId(), event.employeeId(), event.capability(), event.level(), event.evidence(),
                        event.source().name(), event.observedOn(), event.conversationId(), Timestamp.from(at),
                        token.position().orElse(0), event.visibility().name())
                .update();
    }

    @EventHandler
    void on(ConsentRecorded event) {
        writes.sql("""
                        UPDATE career_capital_profile
                        SET marketplace_visible = ?, succession_discoverable = ?, shared_scopes = ?::text[]
                        WHERE employee_id = ?""")
                .params(event.marketplaceVisible(), event.successionDiscoverable(),
                        TextArray.of(event.share().stream().map(Enum::name).sorted().toList()), event.employeeId())
                .update();
    }

    @EventHandler
    void on(ManagerChanged event) {
        writes.sql("UPDATE career_capital_profile SET manager_id = ? WHERE employee_id = ?")
                .params(event.managerId(), event.employeeId()).update();
    }

    @EventHandler
    void on(EmployeeMoved event) {
        writes.sql("UPDATE career_capital_profile SET job_title = ?, level = ?, function = ? WHERE employee_id = ?")
                .params(event.jobTitle(), event.level(), event.function(), event.employeeId()).update();
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        writes.sql("""
                        UPDATE career_capital_profile
                        SET employed = FALSE, departed_on = ?, departure_reason = ?, regretted = ?
                        WHERE employee_id = ?""")
                .params(event.effectiveOn(), event.reason().name(), event.regretted(), event.employeeId()).update();
    }

    @EventHandler
    void on(RelationshipMapped event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO career_capital_relationship (relationship_id, employee_id, counterpart_id,
                            counterpart_name, counterpart_function, kind, conversation_id, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (relationship_id) DO NOTHING""")
                .params(event.relationshipId(), event.employeeId(), event.counterpartId(), event.counterpartName(),
                        event.counterpartFunction(), event.kind().name(), event.conversationId(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(DecisionMakerAwarenessAssessed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO career_capital_signal (employee_id, decision_maker_id, aware, basis,
                            conversation_id, assessed_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id, decision_maker_id) DO UPDATE SET aware = EXCLUDED.aware,
                            basis = EXCLUDED.basis, conversation_id = EXCLUDED.conversation_id,
                            assessed_at = EXCLUDED.assessed_at""")
                .params(event.employeeId(), event.decisionMakerId(), event.aware(), event.basis(),
                        event.conversationId(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(SignalingGapOpened event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        UPDATE career_capital_signal SET gap_open = TRUE, gap_opened_at = ?, gap_closed_at = NULL
                        WHERE employee_id = ? AND decision_maker_id = ?""")
                .params(Timestamp.from(at), event.employeeId(), event.decisionMakerId()).update();
    }

    @EventHandler
    void on(SignalingGapClosed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        UPDATE career_capital_signal SET gap_open = FALSE, gap_closed_at = ?
                        WHERE employee_id = ? AND decision_maker_id = ?""")
                .params(Timestamp.from(at), event.employeeId(), event.decisionMakerId()).update();
    }

    @EventHandler
    void on(AspirationStated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO career_capital_aspiration (employee_id, direction, target_role_families,
                            horizon_years, narrative, share_direction, conversation_id, stated_at)
                        VALUES (?, ?, ?::text[], ?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id) DO UPDATE SET direction = EXCLUDED.direction,
                            target_role_families = EXCLUDED.target_role_families,
                            horizon_years = EXCLUDED.horizon_years, narrative = EXCLUDED.narrative,
                            share_direction = EXCLUDED.share_direction, conversation_id = EXCLUDED.conversation_id,
                            stated_at = EXCLUDED.stated_at""")
                .params(event.employeeId(), event.direction().name(), TextArray.of(event.targetRoleFamilies()),
                        event.horizonYears(), event.narrative(), event.shareDirection(), event.conversationId(),
                        Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ReadinessAssessed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        boolean forRole = event.roleId() != null;
        writes.sql("""
                        INSERT INTO career_capital_readiness (employee_id, target_kind, target, readiness, rationale,
                            assessed_by, assessed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id, target_kind, target) DO UPDATE SET readiness = EXCLUDED.readiness,
                            rationale = EXCLUDED.rationale, assessed_by = EXCLUDED.assessed_by,
                            assessed_at = EXCLUDED.assessed_at""")
                .params(event.employeeId(), forRole ? "ROLE" : "FAMILY", forRole ? event.roleId() : event.roleFamily(),
                        event.readiness().name(), event.rationale(), event.assessedBy(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ConversationScheduled event) {
        writes.sql("""
                        INSERT INTO career_capital_conversation (conversation_id, employee_id, manager_id, kind,
                            trigger, status, scheduled_for, planned_minutes)
                        VALUES (?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .params(event.conversationId(), event.employeeId(), event.managerId(), event.kind().name(),
                        event.trigger().name(), Timestamp.from(event.scheduledFor()), event.plannedMinutes())
                .update();
    }

    @EventHandler
    void on(ReflectionPromptSent event) {
        writes.sql("UPDATE career_capital_conversation SET prompt_sent_at = ? WHERE conversation_id = ?")
                .params(Timestamp.from(event.sentAt()), event.conversationId()).update();
    }

    @EventHandler
    void on(ConversationRescheduled event) {
        writes.sql("UPDATE career_capital_conversation SET scheduled_for = ?, deferrals = ? WHERE conversation_id = ?")
                .params(Timestamp.from(event.scheduledFor()), event.deferral(), event.conversationId()).update();
    }

    @EventHandler
    void on(ConversationHeld event) {
        writes.sql("""
                        UPDATE career_capital_conversation SET status = 'HELD', held_at = ?, actual_minutes = ?
                        WHERE conversation_id = ?""")
                .params(Timestamp.from(event.heldAt()), event.actualMinutes(), event.conversationId()).update();
    }

    @EventHandler
    void on(ListeningNoteRecorded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO career_capital_note (note_id, conversation_id, employee_id, kind, text,
                            written_by, written_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (note_id) DO NOTHING""")
                .params(event.noteId(), event.conversationId(), event.employeeId(), event.kind().name(),
                        event.text(), event.writtenBy(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ConversationCompleted event) {
        writes.sql("""
                        UPDATE career_capital_conversation SET status = 'COMPLETED', human_capital_updated = ?,
                            relationship_capital_assessed = ?, signaling_gap = ?, advocacy_description = ?,
                            advocacy_due_on = ?, advocacy_missing = ?, outcomes_produced = ?,
                            next_conversation_on = ?
                        WHERE conversation_id = ?""")
                .params(event.humanCapitalUpdated(), event.relationshipCapitalAssessed(),
                        event.signalingGap().name(),
                        event.advocacyAction() == null ? null : event.advocacyAction().description(),
                        event.advocacyAction() == null ? null : event.advocacyAction().dueOn(),
                        event.advocacyMissing(), event.outcomesProduced(), event.nextConversationOn(),
                        event.conversationId())
                .update();
    }

    @EventHandler
    void on(ConversationCancelled event) {
        writes.sql("""
                        UPDATE career_capital_conversation SET status = 'CANCELLED', cancelled_reason = ?
                        WHERE conversation_id = ?""")
                .params(event.reason(), event.conversationId()).update();
    }

    /**
     * Erasure: every personal text of the person is overwritten, in every table of this read model. A replay would
     * produce the same, since the person's fields now read as erased from the log.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        String id = event.employeeId();
        String erased = Sealer.ERASED;
        personKeys.forget(id);
        writes.sql("UPDATE career_capital_profile SET display_name = ? WHERE employee_id = ?").params(erased, id).update();
        writes.sql("UPDATE career_capital_evidence SET evidence = ? WHERE employee_id = ?").params(erased, id).update();
        writes.sql("UPDATE career_capital_relationship SET counterpart_name = ? WHERE employee_id = ?")
                .params(erased, id).update();
        writes.sql("UPDATE career_capital_signal SET basis = ? WHERE employee_id = ?").params(erased, id).update();
        writes.sql("UPDATE career_capital_aspiration SET narrative = ? WHERE employee_id = ?").params(erased, id).update();
        writes.sql("UPDATE career_capital_readiness SET rationale = ? WHERE employee_id = ?").params(erased, id).update();
        writes.sql("""
                        UPDATE career_capital_conversation
                        SET advocacy_description = CASE WHEN advocacy_description IS NULL THEN NULL ELSE ? END,
                            cancelled_reason = CASE WHEN cancelled_reason IS NULL THEN NULL ELSE ? END
                        WHERE employee_id = ?""").params(erased, erased, id).update();
        writes.sql("UPDATE career_capital_note SET text = ? WHERE employee_id = ?").params(erased, id).update();
    }

    @ResetHandler
    void reset() {
        writes.sql(ReadModel.CAREER_CAPITAL.truncate()).update();
    }

}
