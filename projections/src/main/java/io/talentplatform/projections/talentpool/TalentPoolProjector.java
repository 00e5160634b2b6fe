package io.talentplatform.projections.talentpool;

import io.talentplatform.events.capability.CapabilityAliased;
import io.talentplatform.events.capability.CapabilityMerged;
import io.talentplatform.events.capability.CapabilityNameMapped;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenceWithdrawn;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ContestAnswered;
import io.talentplatform.events.employee.ReadinessWithdrawn;
import io.talentplatform.events.employee.RecordContested;
import io.talentplatform.events.employee.RelationshipWithdrawn;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import io.talentplatform.events.matching.ScoringWeightsChanged;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityPosted;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.projections.TextArray;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.live.EventPositions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Builds the talent pool that succession panels and mobility matching query: people with their consent, current
 * capability levels, shared aspiration, readiness and open signaling gaps; roles, openings and slates. Every write is
 * an upsert keyed by what the event identifies, so applying an event twice leaves the same rows, and a reset empties
 * the tables so that a replay rebuilds them from the log alone.
 */
@Component
@ProcessingGroup(TalentPoolProjector.NAME)
public class TalentPoolProjector {

    public static final String NAME = ReadModel.Names.TALENT_POOL;

    /**
     * A person's current level in a capability is the latest observation: later by the day observed, then by position
     * in the log. Each column is chosen by that comparison, not by a sub-select of the two rows, which cost a plan
     * node per row (docs/decisions/026-talent-pool-capability-upsert.md).
     */
    private static final String HELD_CAPABILITY = """
            INSERT INTO tp_capability AS held (employee_id, capability, level, observed_on, evidence_id,
                source, evidence, event_position, reached)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, tp_reached('{}', ?, ?))
            ON CONFLICT (employee_id, capability) DO UPDATE SET
                level = CASE WHEN LATER_THAN_HELD THEN EXCLUDED.level ELSE held.level END,
                observed_on = CASE WHEN LATER_THAN_HELD THEN EXCLUDED.observed_on ELSE held.observed_on END,
                evidence_id = CASE WHEN LATER_THAN_HELD THEN EXCLUDED.evidence_id ELSE held.evidence_id END,
                source = CASE WHEN LATER_THAN_HELD THEN EXCLUDED.source ELSE held.source END,
                evidence = CASE WHEN LATER_THAN_HELD THEN EXCLUDED.evidence ELSE held.evidence END,
                event_position = CASE WHEN LATER_THAN_HELD THEN EXCLUDED.event_position
                    ELSE held.event_position END,
                reached = tp_reached(held.reached, EXCLUDED.level, ?)""".replace("LATER_THAN_HELD",
            "(EXCLUDED.observed_on, EXCLUDED.event_position) > (held.observed_on, held.event_position)");

    private final BatchedWrites writes;
    private final HeldCapabilities heldCapabilities;

    public TalentPoolProjector(BatchedWrites writes, JdbcClient jdbc) {
        this.writes = writes;
        this.heldCapabilities = new HeldCapabilities(writes, jdbc);
    }

    @EventHandler
    void on(EmployeeRegistered event) {
        writes.sql("""
                        INSERT INTO tp_person (employee_id, display_name, job_title, level, function)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                            job_title = EXCLUDED.job_title, level = EXCLUDED.level, function = EXCLUDED.function""")
                .params(event.employeeId(), event.displayName(), event.jobTitle(), event.level(), event.function())
                .update();
    }

    @EventHandler
    void on(EmployeeMoved event) {
        writes.sql("UPDATE tp_person SET job_title = ?, level = ?, function = ? WHERE employee_id = ?")
                .params(event.jobTitle(), event.level(), event.function(), event.employeeId()).update();
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        writes.sql("UPDATE tp_person SET employed = FALSE WHERE employee_id = ?").param(event.employeeId()).update();
        heldCapabilities.standingChanged(event.employeeId());
        writes.sql("UPDATE tp_successor SET employed = FALSE WHERE employee_id = ?").param(event.employeeId()).update();
    }

    /**
     * Consent is the whole current choice: a withdrawal takes the person out of every candidate query at once. Its
     * period is kept for the succession view as of a past moment (V3_25).
     */
    @EventHandler
    void on(ConsentRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE tp_person SET marketplace_visible = ?, succession_discoverable = ?,
                            share_capabilities = ?, share_aspiration = ?, share_readiness = ?, share_mentor = ?
                        WHERE employee_id = ?""")
                .params(event.marketplaceVisible(), event.successionDiscoverable(),
                        event.shares(ShareScope.CAPABILITIES), event.shares(ShareScope.ASPIRATION),
                        event.shares(ShareScope.READINESS), event.shares(ShareScope.MENTOR), event.employeeId())
                .update();
        heldCapabilities.standingChanged(event.employeeId());
        boolean discoverable = event.successionDiscoverable() && event.shares(ShareScope.CAPABILITIES)
                && event.shares(ShareScope.ASPIRATION);
        writes.sql("""
                        WITH ended AS (
                            UPDATE tp_consent_period SET until = ?
                            WHERE employee_id = ? AND until IS NULL AND sequence_number < ?)
                        INSERT INTO tp_consent_period (employee_id, sequence_number, since, discoverable)
                        VALUES (?, ?, ?, ?) ON CONFLICT (employee_id, sequence_number) DO NOTHING""")
                .params(java.sql.Timestamp.from(at), event.employeeId(), sequence, event.employeeId(), sequence,
                        java.sql.Timestamp.from(at), discoverable)
                .update();
    }

    /**
     * The latest observation of a capability is the person's current level in it. Its text is kept only if shared:
     * panels read this table, and a private text is the person's and their manager's alone. Every observation, the
     * latest or not, moves the earliest moment each level was reached (V3_25).
     */
    @EventHandler
    void on(CapabilityEvidenced event, TrackingToken token, EventMessage<?> message, @Timestamp Instant at) {
        writes.sql(HELD_CAPABILITY)
                .params(event.employeeId(), event.capability(), event.level(), event.observedOn(),
                        event.evidenceId(), event.source().name(), event.sharedEvidence(),
                        EventPositions.of(message, token),
                        event.level(), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
                .update();
        heldCapabilities.changed(event.employeeId());
    }

    /** The aspiration now, and its period for the succession view as of a past moment (V3_25). */
    @EventHandler
    void on(AspirationStated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE tp_person SET direction = ?, target_role_families = ?::text[], share_direction = ?
                        WHERE employee_id = ?""")
                .params(event.direction().name(), TextArray.of(event.targetRoleFamilies()), event.shareDirection(),
                        event.employeeId())
                .update();
        heldCapabilities.standingChanged(event.employeeId());
        writes.sql("""
                        WITH ended AS (
                            UPDATE tp_aspiration_period SET until = ?
                            WHERE employee_id = ? AND until IS NULL AND sequence_number < ?)
                        INSERT INTO tp_aspiration_period (employee_id, sequence_number, since, shared_families)
                        VALUES (?, ?, ?, ?::text[]) ON CONFLICT (employee_id, sequence_number) DO NOTHING""")
                .params(java.sql.Timestamp.from(at), event.employeeId(), sequence, event.employeeId(), sequence,
                        java.sql.Timestamp.from(at),
                        TextArray.of(event.shareDirection() ? event.targetRoleFamilies() : List.of()))
                .update();
    }

    @EventHandler
    void on(ReadinessAssessed event, @Timestamp Instant at) {
        boolean forRole = event.roleId() != null;
        writes.sql("""
                        INSERT INTO tp_readiness (employee_id, target_kind, target, readiness, assessed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id, target_kind, target) DO UPDATE SET readiness = EXCLUDED.readiness,
                            assessed_at = EXCLUDED.assessed_at""")
                .params(event.employeeId(), forRole ? "ROLE" : "FAMILY", forRole ? event.roleId() : event.roleFamily(),
                        event.readiness().name(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(RelationshipMapped event) {
        writes.sql("""
                        INSERT INTO tp_relationship (relationship_id, employee_id, kind) VALUES (?, ?, ?)
                        ON CONFLICT (relationship_id) DO NOTHING""")
                .params(event.relationshipId(), event.employeeId(), event.kind().name())
                .update();
    }

    /**
     * Withdrawn latest evidence takes the level with it: an earlier observation does not come back (docs/contests.md).
     * Found by its evidence id alone: the row may have been folded under a mapped name since it was recorded.
     */
    @EventHandler
    void on(CapabilityEvidenceWithdrawn event) {
        writes.sql("DELETE FROM tp_capability WHERE employee_id = ? AND evidence_id = ?")
                .params(event.employeeId(), event.evidenceId()).update();
        heldCapabilities.changed(event.employeeId());
    }

    @EventHandler
    void on(ReadinessWithdrawn event) {
        boolean forRole = event.roleId() != null;
        writes.sql("DELETE FROM tp_readiness WHERE employee_id = ? AND target_kind = ? AND target = ?")
                .params(event.employeeId(), forRole ? "ROLE" : "FAMILY",
                        forRole ? event.roleId() : event.roleFamily())
                .update();
    }

    @EventHandler
    void on(RelationshipWithdrawn event) {
        writes.sql("DELETE FROM tp_relationship WHERE relationship_id = ?").param(event.relationshipId()).update();
    }

    /** A contest awaiting its answer: slates and matches show the record as contested. */
    @EventHandler
    void on(RecordContested event) {
        writes.sql("""
                        INSERT INTO tp_contest (contest_id, employee_id, subject, subject_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (contest_id) DO NOTHING""")
                .params(event.contestId(), event.employeeId(), event.subject().name(), event.subjectId())
                .update();
    }

    @EventHandler
    void on(ContestAnswered event) {
        writes.sql("DELETE FROM tp_contest WHERE contest_id = ?").param(event.contestId()).update();
    }

    @EventHandler
    void on(SignalingGapOpened event) {
        gap(event.employeeId(), event.decisionMakerId(), true);
    }

    @EventHandler
    void on(SignalingGapClosed event) {
        gap(event.employeeId(), event.decisionMakerId(), false);
    }

    private void gap(String employeeId, String decisionMakerId, boolean open) {
        writes.sql("""
                        INSERT INTO tp_signaling_gap (employee_id, decision_maker_id, open) VALUES (?, ?, ?)
                        ON CONFLICT (employee_id, decision_maker_id) DO UPDATE SET open = EXCLUDED.open""")
                .params(employeeId, decisionMakerId, open)
                .update();
        writes.sql("""
                        UPDATE tp_person SET open_signaling_gaps =
                            (SELECT count(*) FROM tp_signaling_gap WHERE employee_id = ? AND open)
                        WHERE employee_id = ?""")
                .params(employeeId, employeeId)
                .update();
        heldCapabilities.standingChanged(employeeId);
    }

    @EventHandler
    void on(RoleDefined event) {
        writes.sql("""
                        INSERT INTO tp_role (role_id, title, function, level, critical, role_family,
                            required_capabilities, minimum_levels)
                        VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?::int[])
                        ON CONFLICT (role_id) DO NOTHING""")
                .params(event.roleId(), event.title(), event.function(), event.level(), event.critical(),
                        event.roleFamily(), capabilities(event.requiredCapabilities()),
                        levels(event.requiredCapabilities()))
                .update();
        rolesChanged();
    }

    @EventHandler
    void on(OpeningOpened event) {
        writes.sql("""
                        INSERT INTO tp_opening (opening_id, role_id, title, function, level, role_family,
                            required_capabilities, minimum_levels, opened_on, internal_only)
                        VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?::int[], ?, ?)
                        ON CONFLICT (opening_id) DO NOTHING""")
                .params(event.openingId(), event.roleId(), event.title(), event.function(), event.level(),
                        event.roleFamily(), capabilities(event.requiredCapabilities()),
                        levels(event.requiredCapabilities()), event.openedOn(), event.internalOnly())
                .update();
        openingsChanged();
    }

    /** A gig or a project: an opening with no role, family or level (V3_41). */
    @EventHandler
    void on(OpportunityPosted event) {
        writes.sql("""
                        INSERT INTO tp_opening (opening_id, title, function, required_capabilities, minimum_levels,
                            opened_on, internal_only, kind, hours_per_week, starts_on, ends_on, develops_capabilities,
                            sponsor_id, seats)
                        VALUES (?, ?, ?, ?::text[], ?::int[], ?, TRUE, ?, ?, ?, ?, ?::text[], ?, ?)
                        ON CONFLICT (opening_id) DO NOTHING""")
                .params(event.openingId(), event.title(), event.function(), capabilities(event.requiredCapabilities()),
                        levels(event.requiredCapabilities()), event.postedOn(), event.kind().name(),
                        event.hoursPerWeek(), event.startsOn(), event.endsOn(),
                        TextArray.of(event.developsCapabilities()), event.sponsorId(), event.seats())
                .update();
        openingsChanged();
    }

    /** The last seat taken takes the gig or project out of the open openings. */
    @EventHandler
    void on(OpportunityAgreed event) {
        writes.sql("""
                        UPDATE tp_opening SET taken = ?,
                            filled_on = CASE WHEN ? >= seats THEN ?::date ELSE NULL END,
                            filled_by = CASE WHEN ? >= seats THEN ? ELSE NULL END
                        WHERE opening_id = ?""")
                .params(event.seatsTaken(), event.seatsTaken(), event.agreedOn(), event.seatsTaken(),
                        event.employeeId(), event.openingId())
                .update();
        openingsChanged();
    }

    @EventHandler
    void on(OpeningFilled event) {
        writes.sql("UPDATE tp_opening SET filled_on = ?, filled_by = ? WHERE opening_id = ?")
                .params(event.filledOn(), event.employeeId(), event.openingId()).update();
        openingsChanged();
    }

    /**
     * A name now resolves to a catalogue capability: what was recorded under it counts as that capability from now on
     * (docs/capabilities.md, "Names recorded before the catalogue"). Only HR's explicit mappings rename: an alias, a
     * mapped name, a merge. Each reads the whole table once, and they are rare.
     */
    @EventHandler
    void on(CapabilityAliased event) {
        renamed(List.of(event.alias()), event.capabilityId());
    }

    @EventHandler
    void on(CapabilityNameMapped event) {
        renamed(List.of(event.name()), event.capabilityId());
    }

    @EventHandler
    void on(CapabilityMerged event) {
        renamed(event.names(), event.into());
    }

    /**
     * Folds the capabilities recorded under {@code names} into {@code capability}: a person's current level is still
     * their latest observation across them all, and roles and openings require it under its catalogue name.
     */
    private void renamed(List<String> names, String capability) {
        String from = TextArray.of(names);
        // Where the person holds the capability already, the rows under the names go, and its row takes the latest
        // of them if it is later: in one statement, since an evidence id is held once (tp_capability_evidence).
        writes.sql("""
                        WITH moved AS (
                            DELETE FROM tp_capability f WHERE f.capability = ANY (?::text[]) AND EXISTS (
                                SELECT 1 FROM tp_capability held WHERE held.employee_id = f.employee_id
                                  AND held.capability = ?)
                            RETURNING f.*)
                        UPDATE tp_capability held SET level = f.level, observed_on = f.observed_on,
                            evidence_id = f.evidence_id, source = f.source, evidence = f.evidence,
                            event_position = f.event_position
                        FROM (SELECT DISTINCT ON (employee_id) * FROM moved
                              ORDER BY employee_id, observed_on DESC, event_position DESC) f
                        WHERE held.employee_id = f.employee_id AND held.capability = ?
                          AND (f.observed_on, f.event_position) > (held.observed_on, held.event_position)""")
                .params(from, capability, capability).update();
        // Of several names a person was evidenced under, the latest observation stays.
        writes.sql("""
                        DELETE FROM tp_capability f WHERE f.capability = ANY (?::text[]) AND EXISTS (
                            SELECT 1 FROM tp_capability later WHERE later.employee_id = f.employee_id
                              AND later.capability = ANY (?::text[])
                              AND (later.observed_on, later.event_position) > (f.observed_on, f.event_position))""")
                .params(from, from).update();
        writes.sql("UPDATE tp_capability SET capability = ? WHERE capability = ANY (?::text[])")
                .params(capability, from).update();
        for (String name : names) {
            writes.sql("""
                            UPDATE tp_role SET required_capabilities = array_replace(required_capabilities, ?, ?)
                            WHERE ? = ANY (required_capabilities)""")
                    .params(name, capability, name).update();
            writes.sql("""
                            UPDATE tp_opening SET required_capabilities = array_replace(required_capabilities, ?, ?)
                            WHERE ? = ANY (required_capabilities)""")
                    .params(name, capability, name).update();
            writes.sql("""
                            UPDATE tp_opening SET develops_capabilities = array_replace(develops_capabilities, ?, ?)
                            WHERE ? = ANY (develops_capabilities)""")
                    .params(name, capability, name).update();
        }
        openingsChanged();
        rolesChanged();
        heldCapabilities.holdersChanged(capability);
    }

    /** The weights matching uses from this event on (V3_36). */
    @EventHandler
    void on(ScoringWeightsChanged event, TrackingToken token, EventMessage<?> message, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO tp_scoring_weights (version, capability, recency, aspiration, readiness, advocacy,
                            reason, changed_by, since, event_position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version) DO NOTHING""")
                .params(event.version(), event.capability(), event.recency(), event.aspiration(), event.readiness(),
                        event.advocacy(), event.reason(), event.changedBy(), java.sql.Timestamp.from(at),
                        EventPositions.of(message, token))
                .update();
    }

    /** Moves the generation the query side caches the open openings by (V3_9). */
    private void openingsChanged() {
        writes.sql("UPDATE tp_openings_generation SET generation = generation + 1").update();
    }

    /** Moves the generation matching caches what each family's roles ask by (V3_48). */
    private void rolesChanged() {
        writes.sql("UPDATE tp_roles_generation SET generation = generation + 1").update();
    }

    @EventHandler
    void on(SuccessorNominated event, @Timestamp Instant at) {
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        writes.sql("""
                        INSERT INTO tp_successor (role_id, employee_id, readiness, emergency_cover, rationale,
                            decided_by, nominated_at, last_assessed_at, readiness_since, employed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
                            coalesce((SELECT employed FROM tp_person WHERE employee_id = ?), TRUE))
                        ON CONFLICT (role_id, employee_id) DO UPDATE SET readiness = EXCLUDED.readiness,
                            emergency_cover = EXCLUDED.emergency_cover, rationale = EXCLUDED.rationale,
                            decided_by = EXCLUDED.decided_by, nominated_at = EXCLUDED.nominated_at,
                            last_assessed_at = EXCLUDED.last_assessed_at, readiness_since = EXCLUDED.readiness_since""")
                .params(event.roleId(), event.employeeId(), event.readiness().name(), event.emergencyCover(),
                        event.rationale(), event.decidedBy(), when, when, when, event.employeeId())
                .update();
    }

    /** A confirmation of the same readiness is an assessment but not progress: staleness keeps counting. */
    @EventHandler
    void on(SuccessorReassessed event, @Timestamp Instant at) {
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        boolean unchanged = event.readiness() == event.previousReadiness();
        writes.sql("""
                        UPDATE tp_successor SET readiness = ?, emergency_cover = ?, rationale = ?, decided_by = ?,
                            last_assessed_at = ?, readiness_since = CASE WHEN ? THEN readiness_since ELSE ? END
                        WHERE role_id = ? AND employee_id = ?""")
                .params(event.readiness().name(), event.emergencyCover(), event.rationale(), event.decidedBy(), when,
                        unchanged, when, event.roleId(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(SuccessorRemoved event) {
        writes.sql("DELETE FROM tp_successor WHERE role_id = ? AND employee_id = ?")
                .params(event.roleId(), event.employeeId()).update();
    }

    /** Erasure: the person's texts are overwritten and they leave every candidate query. */
    @EventHandler
    void on(PersonalDataErased event) {
        String id = event.employeeId();
        writes.sql("UPDATE tp_person SET display_name = ?, erased = TRUE WHERE employee_id = ?")
                .params(Sealer.ERASED, id).update();
        heldCapabilities.standingChanged(id);
        writes.sql("UPDATE tp_capability SET evidence = ? WHERE employee_id = ? AND evidence IS NOT NULL")
                .params(Sealer.ERASED, id).update();
        writes.sql("UPDATE tp_successor SET rationale = ? WHERE employee_id = ?").params(Sealer.ERASED, id).update();
    }

    @ResetHandler
    void reset() {
        writes.sql(ReadModel.TALENT_POOL.truncate()).update();
        openingsChanged();
        rolesChanged();
    }

    private static String capabilities(List<RequiredCapability> required) {
        return TextArray.of(required.stream().map(RequiredCapability::capability).toList());
    }

    private static String levels(List<RequiredCapability> required) {
        return "{" + String.join(",", required.stream().map(r -> Integer.toString(r.minLevel())).toList()) + "}";
    }
}
