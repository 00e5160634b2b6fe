package io.talentplatform.query.careercapital;

import io.talentplatform.query.careercapital.CareerCapital.Advocacy;
import io.talentplatform.query.careercapital.CareerCapital.Aspiration;
import io.talentplatform.query.careercapital.CareerCapital.Capability;
import io.talentplatform.query.careercapital.CareerCapital.Consent;
import io.talentplatform.query.careercapital.CareerCapital.Contest;
import io.talentplatform.query.careercapital.CareerCapital.Conversation;
import io.talentplatform.query.careercapital.CareerCapital.DecisionMaker;
import io.talentplatform.query.careercapital.CareerCapital.Departure;
import io.talentplatform.query.careercapital.CareerCapital.Evidence;
import io.talentplatform.query.careercapital.CareerCapital.Note;
import io.talentplatform.query.careercapital.CareerCapital.Outcomes;
import io.talentplatform.query.careercapital.CareerCapital.ReadinessEntry;
import io.talentplatform.query.careercapital.CareerCapital.Relationship;
import io.talentplatform.query.careercapital.CareerCapital.RelationshipSummary;
import io.talentplatform.query.careercapital.CareerCapital.Signaling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SQL behind the Career Capital map, over the tables of the career-capital projection. */
@Component
public class CareerCapitalReader {

    static final long STALE_AFTER_MONTHS = 12;

    private final JdbcClient jdbc;

    CareerCapitalReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who the person reports to, to decide access before reading anything else. */
    public Optional<String[]> standing(String employeeId) {
        return jdbc.sql("SELECT employee_id, manager_id FROM career_capital_profile WHERE employee_id = ?")
                .param(employeeId)
                .query((rs, row) -> new String[]{rs.getString(1), rs.getString(2)})
                .optional();
    }

    /**
     * The whole map. {@code notesFor} is the caller whose own listening notes may be included, or {@code null} for
     * none: notes are answered to the manager who wrote them, and to nobody else.
     */
    public CareerCapital read(String employeeId, LocalDate today, String notesFor) {
        return jdbc.sql("""
                        SELECT employee_id, display_name, job_title, level, function, manager_id, employed,
                               departed_on, departure_reason, regretted, marketplace_visible,
                               succession_discoverable, shared_scopes
                        FROM career_capital_profile WHERE employee_id = ?""")
                .param(employeeId)
                .query((rs, row) -> new CareerCapital(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getObject(8, LocalDate.class) == null ? null : new Departure(
                                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getBoolean(10)),
                        capabilities(employeeId, today), relationships(employeeId),
                        relationshipSummary(employeeId), signaling(employeeId), aspiration(employeeId),
                        new Consent(rs.getBoolean(11), rs.getBoolean(12), strings(rs.getArray(13))),
                        readiness(employeeId), conversations(employeeId, notesFor), contests(employeeId)))
                .single();
    }

    private List<Capability> capabilities(String employeeId, LocalDate today) {
        LocalDate staleBefore = today.minusMonths(STALE_AFTER_MONTHS);
        Map<String, List<Evidence>> byCapability = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT capability, evidence_id, level, evidence, source, observed_on, conversation_id,
                            visibility
                        FROM (SELECT CASE WHEN mapped.name IS NULL THEN e.capability
                                      ELSE cc_resolved_capability(e.capability) END AS capability, evidence_id, level,
                                      evidence, source, observed_on, conversation_id, visibility, event_position
                              FROM career_capital_evidence e
                              LEFT JOIN career_capital_capability_name mapped ON mapped.name = e.capability
                              WHERE e.employee_id = ?) recorded
                        ORDER BY capability, observed_on DESC, event_position DESC""")
                .param(employeeId)
                .query(rs -> {
                    LocalDate observed = rs.getObject(6, LocalDate.class);
                    byCapability.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(new Evidence(
                            rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4), rs.getString(5), observed,
                            ChronoUnit.DAYS.between(observed, today), observed.isBefore(staleBefore),
                            rs.getObject(7, UUID.class), rs.getString(8)));
                });
        return byCapability.entrySet().stream().map(entry -> {
            Evidence latest = entry.getValue().get(0);
            return new Capability(entry.getKey(), latest.level(), latest.observedOn(), latest.stale(),
                    List.copyOf(entry.getValue()));
        }).toList();
    }

    private List<Relationship> relationships(String employeeId) {
        return jdbc.sql("""
                        SELECT relationship_id, counterpart_id, counterpart_name, counterpart_function, kind,
                               conversation_id, recorded_at
                        FROM career_capital_relationship WHERE employee_id = ? ORDER BY recorded_at, relationship_id""")
                .param(employeeId)
                .query((rs, row) -> new Relationship(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), instant(rs, 7)))
                .list();
    }

    private List<RelationshipSummary> relationshipSummary(String employeeId) {
        return jdbc.sql("""
                        SELECT kind, counterpart_function, count(*) FROM career_capital_relationship
                        WHERE employee_id = ? GROUP BY kind, counterpart_function ORDER BY kind, counterpart_function""")
                .param(employeeId)
                .query((rs, row) -> new RelationshipSummary(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    private Signaling signaling(String employeeId) {
        List<DecisionMaker> aware = new ArrayList<>();
        List<DecisionMaker> gaps = new ArrayList<>();
        jdbc.sql("""
                        SELECT decision_maker_id, basis, assessed_at, gap_opened_at, gap_closed_at, conversation_id,
                               aware, gap_open
                        FROM career_capital_signal WHERE employee_id = ? ORDER BY decision_maker_id""")
                .param(employeeId)
                .query(rs -> {
                    DecisionMaker decisionMaker = new DecisionMaker(rs.getString(1), rs.getString(2),
                            instant(rs, 3), instant(rs, 4), instant(rs, 5), rs.getObject(6, UUID.class));
                    if (rs.getBoolean(7)) {
                        aware.add(decisionMaker);
                    }
                    if (rs.getBoolean(8)) {
                        gaps.add(decisionMaker);
                    }
                });
        return new Signaling(aware, gaps);
    }

    private Aspiration aspiration(String employeeId) {
        return jdbc.sql("""
                        SELECT direction, target_role_families, horizon_years, narrative, share_direction,
                               conversation_id, stated_at, drawn_to, moving_away_from
                        FROM career_capital_aspiration WHERE employee_id = ?""")
                .param(employeeId)
                .query((rs, row) -> new Aspiration(rs.getString(1), strings(rs.getArray(2)), rs.getInt(3),
                        rs.getString(4), rs.getBoolean(5), rs.getObject(6, UUID.class), instant(rs, 7),
                        rs.getString(8), rs.getString(9)))
                .optional().orElse(null);
    }

    private List<ReadinessEntry> readiness(String employeeId) {
        return jdbc.sql("""
                        SELECT target_kind, target, readiness, rationale, assessed_by, assessed_at
                        FROM career_capital_readiness WHERE employee_id = ? ORDER BY target_kind, target""")
                .param(employeeId)
                .query((rs, row) -> new ReadinessEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    private List<Conversation> conversations(String employeeId, String notesFor) {
        Map<UUID, List<Note>> notes = new LinkedHashMap<>();
        if (notesFor != null) {
            jdbc.sql("""
                            SELECT conversation_id, note_id, kind, text, written_by, written_at FROM career_capital_note
                            WHERE employee_id = ? AND written_by = ? ORDER BY written_at, note_id""")
                    .params(employeeId, notesFor)
                    .query(rs -> {
                        notes.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>()).add(new Note(
                                rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                                instant(rs, 6)));
                    });
        }
        return jdbc.sql("""
                        SELECT conversation_id, kind, trigger, status, manager_id, scheduled_for, planned_minutes,
                               prompt_sent_at, deferrals, held_at, actual_minutes, human_capital_updated,
                               relationship_capital_assessed, signaling_gap, advocacy_description, advocacy_due_on,
                               outcomes_produced, advocacy_missing, next_conversation_on
                        FROM career_capital_conversation WHERE employee_id = ? ORDER BY scheduled_for, conversation_id""")
                .param(employeeId)
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Outcomes outcomes = "COMPLETED".equals(rs.getString(4)) ? new Outcomes(rs.getBoolean(12),
                            rs.getBoolean(13), rs.getString(14), rs.getString(15) == null ? null
                            : new Advocacy(rs.getString(15), rs.getObject(16, LocalDate.class)), rs.getInt(17),
                            rs.getInt(17) == 4, rs.getBoolean(18)) : null;
                    return new Conversation(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            instant(rs, 6), rs.getInt(7), instant(rs, 8), rs.getInt(9), instant(rs, 10),
                            (Integer) rs.getObject(11), outcomes, rs.getObject(19, LocalDate.class),
                            notes.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Open contests first, then answered ones, each newest first. */
    private List<Contest> contests(String employeeId) {
        return jdbc.sql("""
                        SELECT contest_id, subject, subject_id, reason, contested_at, outcome, note, answered_by,
                               answered_at
                        FROM career_capital_contest WHERE employee_id = ?
                        ORDER BY outcome IS NOT NULL, contested_at DESC, contest_id""")
                .param(employeeId)
                .query((rs, row) -> new Contest(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5), rs.getString(6) == null, rs.getString(6), rs.getString(7),
                        rs.getString(8), instant(rs, 9)))
                .list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
