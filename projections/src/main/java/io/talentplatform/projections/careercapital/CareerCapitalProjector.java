package io.talentplatform.projections.careercapital;

import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ListeningNoteRecorded;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.capability.CapabilityAliased;
import io.talentplatform.events.capability.CapabilityMerged;
import io.talentplatform.events.capability.CapabilityNameMapped;
import io.talentplatform.events.employee.CapabilityEvidenceWithdrawn;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ContestAnswered;
import io.talentplatform.events.employee.ReadinessWithdrawn;
import io.talentplatform.events.employee.RecordContested;
import io.talentplatform.events.employee.RelationshipWithdrawn;
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
import io.talentplatform.projections.fold.Columns;
import io.talentplatform.projections.fold.KeyedTable;
import io.talentplatform.projections.fold.KeyedWrites;
import io.talentplatform.projections.live.EventPositions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
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

    static final KeyedTable PROFILE = KeyedTable.of("career_capital_profile", "employee_id").ownedBy("employee_id");
    static final KeyedTable EVIDENCE = KeyedTable.of("career_capital_evidence", "evidence_id").ownedBy("employee_id");
    static final KeyedTable RELATIONSHIP =
            KeyedTable.of("career_capital_relationship", "relationship_id").ownedBy("employee_id");
    static final KeyedTable SIGNAL =
            KeyedTable.of("career_capital_signal", "employee_id", "decision_maker_id").ownedBy("employee_id");
    static final KeyedTable ASPIRATION = KeyedTable.of("career_capital_aspiration", "employee_id")
            .ownedBy("employee_id");
    static final KeyedTable READINESS =
            KeyedTable.of("career_capital_readiness", "employee_id", "target_kind", "target").ownedBy("employee_id");
    static final KeyedTable CONVERSATION =
            KeyedTable.of("career_capital_conversation", "conversation_id").ownedBy("employee_id");
    static final KeyedTable CONTEST = KeyedTable.of("career_capital_contest", "contest_id").ownedBy("employee_id");
    static final KeyedTable CAPABILITY_NAME = KeyedTable.of("career_capital_capability_name", "name");
    static final KeyedTable NOTE = KeyedTable.of("career_capital_note", "note_id").ownedBy("employee_id");

    private final BatchedWrites writes;
    private final KeyedWrites rows;
    private final PersonKeys personKeys;

    public CareerCapitalProjector(BatchedWrites writes, KeyedWrites rows, PersonKeys personKeys) {
        this.writes = writes;
        this.rows = rows;
        this.personKeys = personKeys;
    }

    @EventHandler
    void on(EmployeeRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.upsert(PROFILE, Columns.of("employee_id", event.employeeId(), "display_name", event.displayName(),
                        "job_title", event.jobTitle(), "level", event.level(), "function", event.function(),
                        "manager_id", event.managerId(), "registered_at", Timestamp.from(at)),
                "display_name", "job_title", "level", "function", "manager_id", "registered_at");
    }

    @EventHandler
    void on(CapabilityEvidenced event, @org.axonframework.eventhandling.Timestamp Instant at, TrackingToken token,
            EventMessage<?> message) {
        rows.insertIfAbsent(EVIDENCE, Columns.of("evidence_id", event.evidenceId(),
                "employee_id", event.employeeId(), "capability", event.capability(), "level", event.level(),
                "evidence", event.evidence(), "source", event.source().name(), "observed_on", event.observedOn(),
                "conversation_id", event.conversationId(), "recorded_at", Timestamp.from(at),
                "event_position", EventPositions.of(message, token), "visibility", event.visibility().name()));
    }

    @EventHandler
    void on(ConsentRecorded event) {
        rows.update(PROFILE, Columns.of("employee_id", event.employeeId()), Columns.of(
                "marketplace_visible", event.marketplaceVisible(),
                "succession_discoverable", event.successionDiscoverable(),
                "shared_scopes", Columns.Cast.of(
                        TextArray.of(event.share().stream().map(Enum::name).sorted().toList()), "text[]")));
    }

    @EventHandler
    void on(ManagerChanged event) {
        rows.update(PROFILE, Columns.of("employee_id", event.employeeId()),
                Columns.of("manager_id", event.managerId()));
    }

    @EventHandler
    void on(EmployeeMoved event) {
        rows.update(PROFILE, Columns.of("employee_id", event.employeeId()),
                Columns.of("job_title", event.jobTitle(), "level", event.level(), "function", event.function()));
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        rows.update(PROFILE, Columns.of("employee_id", event.employeeId()), Columns.of("employed", false,
                "departed_on", event.effectiveOn(), "departure_reason", event.reason().name(),
                "regretted", event.regretted()));
    }

    @EventHandler
    void on(RelationshipMapped event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.insertIfAbsent(RELATIONSHIP, Columns.of("relationship_id", event.relationshipId(),
                "employee_id", event.employeeId(), "counterpart_id", event.counterpartId(),
                "counterpart_name", event.counterpartName(), "counterpart_function", event.counterpartFunction(),
                "kind", event.kind().name(), "conversation_id", event.conversationId(),
                "recorded_at", Timestamp.from(at)));
    }

    @EventHandler
    void on(DecisionMakerAwarenessAssessed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.upsert(SIGNAL, Columns.of("employee_id", event.employeeId(),
                        "decision_maker_id", event.decisionMakerId(), "aware", event.aware(), "basis", event.basis(),
                        "conversation_id", event.conversationId(), "assessed_at", Timestamp.from(at)),
                "aware", "basis", "conversation_id", "assessed_at");
    }

    @EventHandler
    void on(SignalingGapOpened event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(SIGNAL, Columns.of("employee_id", event.employeeId(), "decision_maker_id", event.decisionMakerId()),
                Columns.of("gap_open", true, "gap_opened_at", Timestamp.from(at), "gap_closed_at", null));
    }

    @EventHandler
    void on(SignalingGapClosed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(SIGNAL, Columns.of("employee_id", event.employeeId(), "decision_maker_id", event.decisionMakerId()),
                Columns.of("gap_open", false, "gap_closed_at", Timestamp.from(at)));
    }

    @EventHandler
    void on(AspirationStated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.upsert(ASPIRATION, Columns.of("employee_id", event.employeeId(),
                        "direction", event.direction().name(),
                        "target_role_families", Columns.Cast.of(TextArray.of(event.targetRoleFamilies()), "text[]"),
                        "horizon_years", event.horizonYears(), "narrative", event.narrative(),
                        "share_direction", event.shareDirection(), "conversation_id", event.conversationId(),
                        "stated_at", Timestamp.from(at), "drawn_to", event.drawnTo(),
                        "moving_away_from", event.movingAwayFrom()),
                "direction", "target_role_families", "horizon_years", "narrative", "share_direction",
                "conversation_id", "stated_at", "drawn_to", "moving_away_from");
    }

    @EventHandler
    void on(ReadinessAssessed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        boolean forRole = event.roleId() != null;
        rows.upsert(READINESS, Columns.of("employee_id", event.employeeId(),
                        "target_kind", forRole ? "ROLE" : "FAMILY",
                        "target", forRole ? event.roleId() : event.roleFamily(),
                        "readiness", event.readiness().name(), "rationale", event.rationale(),
                        "assessed_by", event.assessedBy(), "assessed_at", Timestamp.from(at)),
                "readiness", "rationale", "assessed_by", "assessed_at");
    }

    @EventHandler
    void on(ConversationScheduled event) {
        rows.insertIfAbsent(CONVERSATION, Columns.of("conversation_id", event.conversationId(),
                "employee_id", event.employeeId(), "manager_id", event.managerId(), "kind", event.kind().name(),
                "trigger", event.trigger().name(), "status", "SCHEDULED",
                "scheduled_for", Timestamp.from(event.scheduledFor()), "planned_minutes", event.plannedMinutes()));
    }

    @EventHandler
    void on(ReflectionPromptSent event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()),
                Columns.of("prompt_sent_at", Timestamp.from(event.sentAt())));
    }

    @EventHandler
    void on(ConversationRescheduled event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()),
                Columns.of("scheduled_for", Timestamp.from(event.scheduledFor()), "deferrals", event.deferral()));
    }

    @EventHandler
    void on(ConversationHeld event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()), Columns.of(
                "status", "HELD", "held_at", Timestamp.from(event.heldAt()), "actual_minutes", event.actualMinutes()));
    }

    @EventHandler
    void on(ListeningNoteRecorded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.insertIfAbsent(NOTE, Columns.of("note_id", event.noteId(), "conversation_id", event.conversationId(),
                "employee_id", event.employeeId(), "kind", event.kind().name(), "text", event.text(),
                "written_by", event.writtenBy(), "written_at", Timestamp.from(at)));
    }

    @EventHandler
    void on(ConversationCompleted event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()), Columns.of(
                "status", "COMPLETED",
                "human_capital_updated", event.humanCapitalUpdated(),
                "relationship_capital_assessed", event.relationshipCapitalAssessed(),
                "signaling_gap", event.signalingGap().name(),
                "advocacy_description",
                event.advocacyAction() == null ? null : event.advocacyAction().description(),
                "advocacy_due_on", event.advocacyAction() == null ? null : event.advocacyAction().dueOn(),
                "advocacy_missing", event.advocacyMissing(),
                "outcomes_produced", event.outcomesProduced(),
                "next_conversation_on", event.nextConversationOn()));
    }

    @EventHandler
    void on(ConversationCancelled event) {
        rows.update(CONVERSATION, Columns.of("conversation_id", event.conversationId()),
                Columns.of("status", "CANCELLED", "cancelled_reason", event.reason()));
    }

    @EventHandler
    void on(RecordContested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.insertIfAbsent(CONTEST, Columns.of("contest_id", event.contestId(), "employee_id", event.employeeId(),
                "subject", event.subject().name(), "subject_id", event.subjectId(), "reason", event.reason(),
                "contested_at", Timestamp.from(at)));
    }

    @EventHandler
    void on(ContestAnswered event, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(CONTEST, Columns.of("contest_id", event.contestId()), Columns.of("outcome",
                event.outcome().name(), "note", event.note(), "answered_by", event.answeredBy(),
                "answered_at", Timestamp.from(at)));
    }

    /** A withdrawn record leaves the map; the contest that withdrew it stays, with its answer. */
    @EventHandler
    void on(CapabilityEvidenceWithdrawn event) {
        rows.delete(EVIDENCE, Columns.of("evidence_id", event.evidenceId()));
    }

    @EventHandler
    void on(ReadinessWithdrawn event) {
        boolean forRole = event.roleId() != null;
        rows.delete(READINESS, Columns.of("employee_id", event.employeeId(), "target_kind", forRole ? "ROLE" : "FAMILY",
                "target", forRole ? event.roleId() : event.roleFamily()));
    }

    @EventHandler
    void on(RelationshipWithdrawn event) {
        rows.delete(RELATIONSHIP, Columns.of("relationship_id", event.relationshipId()));
    }

    /** Names HR mapped to catalogue capabilities: the map shows what was recorded under them as the capability. */
    @EventHandler
    void on(CapabilityAliased event) {
        named(event.alias(), event.capabilityId());
    }

    @EventHandler
    void on(CapabilityNameMapped event) {
        named(event.name(), event.capabilityId());
    }

    @EventHandler
    void on(CapabilityMerged event) {
        event.names().forEach(name -> named(name, event.into()));
    }

    private void named(String name, String capabilityId) {
        rows.upsert(CAPABILITY_NAME, Columns.of("name", name, "capability_id", capabilityId), "capability_id");
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
        rows.updateOwnedBy(PROFILE, id, Columns.of("display_name", erased));
        rows.updateOwnedBy(EVIDENCE, id, Columns.of("evidence", erased));
        rows.updateOwnedBy(RELATIONSHIP, id, Columns.of("counterpart_name", erased));
        rows.updateOwnedBy(SIGNAL, id, Columns.of("basis", erased));
        rows.updateOwnedBy(ASPIRATION, id, Columns.of("narrative", erased));
        rows.overwriteOwnedBy(ASPIRATION, id, erased, "drawn_to", "moving_away_from");
        rows.updateOwnedBy(READINESS, id, Columns.of("rationale", erased));
        rows.overwriteOwnedBy(CONVERSATION, id, erased, "advocacy_description", "cancelled_reason");
        rows.updateOwnedBy(NOTE, id, Columns.of("text", erased));
        rows.updateOwnedBy(CONTEST, id, Columns.of("reason", erased));
        rows.overwriteOwnedBy(CONTEST, id, erased, "note");
    }

    @ResetHandler
    void reset() {
        writes.sql(ReadModel.CAREER_CAPITAL.truncate()).update();
    }

}
