package io.talentplatform.query.followthrough;

import io.talentplatform.query.followthrough.FollowThroughView.Advocacy;
import io.talentplatform.query.followthrough.FollowThroughView.CommitmentCounts;
import io.talentplatform.query.followthrough.FollowThroughView.DueConversation;
import io.talentplatform.query.followthrough.FollowThroughView.Escalation;
import io.talentplatform.query.followthrough.FollowThroughView.HeldConversation;
import io.talentplatform.query.followthrough.FollowThroughView.ContractStatus;
import io.talentplatform.query.followthrough.FollowThroughView.Fulfilment;
import io.talentplatform.query.followthrough.FollowThroughView.OwnCommitment;
import io.talentplatform.query.followthrough.FollowThroughView.Report;
import io.talentplatform.events.conversation.QuarterlyConversationDue;
import io.talentplatform.platform.loop.LoopRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SQL behind a manager's follow-through and HR's view across managers, over the follow-through tables. */
@Component
class FollowThroughReader {

    private static final int QUARTER_DAYS = QuarterlyConversationDue.QUARTER_DAYS;
    private static final int NOWHERE_AFTER_DAYS = LoopRules.NOWHERE_AFTER_DAYS;
    private static final Duration SUMMARY_WITHIN = LoopRules.SUMMARY_WITHIN;

    private final JdbcClient jdbc;

    FollowThroughReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Managers with at least one current report, by id, after {@code after}; with their names where known. */
    Map<String, String> managers(String after, int limit) {
        Map<String, String> managers = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.manager_id, p.display_name
                        FROM (SELECT DISTINCT manager_id FROM ft_person
                              WHERE employed AND manager_id IS NOT NULL AND manager_id > ?
                              ORDER BY manager_id LIMIT ?) m
                        LEFT JOIN career_capital_profile p ON p.employee_id = m.manager_id
                        ORDER BY m.manager_id""")
                .params(after, limit)
                .query(rs -> {
                    managers.put(rs.getString(1), rs.getString(2));
                });
        return managers;
    }

    /**
     * @param viewerId who reads: a pause of development pushes is read only for the note's writer
     */
    FollowThroughView followThrough(String managerId, Instant now, String viewerId) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> reports = jdbc.sql("SELECT employee_id FROM ft_person WHERE manager_id = ? AND employed "
                        + "ORDER BY employee_id")
                .param(managerId).query(String.class).list();
        List<Report> rows = reports.stream().map(report -> report(report, now, today, viewerId)).toList();
        List<OwnCommitment> open = jdbc.sql("""
                        SELECT m.commitment_id, m.employee_id, m.kind, m.description, m.due_on, m.status
                        FROM ft_commitment m JOIN ft_person p ON p.employee_id = m.employee_id
                        WHERE m.manager_id = ? AND m.owner = 'MANAGER' AND m.status IN ('OPEN', 'OVERDUE')
                          AND p.manager_id = ? AND p.employed
                        ORDER BY m.due_on, m.commitment_id""")
                .params(managerId, managerId)
                .query((rs, row) -> new OwnCommitment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
        Fulfilment fulfilment = jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE status = 'COMPLETED' AND NOT completed_late),
                               count(*) FILTER (WHERE status = 'COMPLETED' AND completed_late),
                               count(*) FILTER (WHERE status = 'OVERDUE'),
                               count(*) FILTER (WHERE status = 'WITHDRAWN')
                        FROM ft_commitment WHERE manager_id = ? AND owner = 'MANAGER'""")
                .param(managerId)
                .query((rs, row) -> {
                    int onTime = rs.getInt(2);
                    int decided = onTime + rs.getInt(3) + rs.getInt(4);
                    return new Fulfilment(rs.getInt(1), onTime, rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            decided == 0 ? null : (double) onTime / decided);
                })
                .single();
        return new FollowThroughView(managerId, today, rows, open, fulfilment);
    }

    private Report report(String employeeId, Instant now, LocalDate today, String viewerId) {
        record Last(Instant at, String kind) {
        }
        Optional<Last> last = jdbc.sql("""
                        SELECT held_at, kind FROM ft_conversation WHERE employee_id = ? AND held_at IS NOT NULL
                        ORDER BY held_at DESC LIMIT 1""")
                .param(employeeId).query((rs, row) -> new Last(ContractReader.instant(rs, 1), rs.getString(2))).optional();
        Optional<Instant> lastFull = jdbc.sql("""
                        SELECT max(held_at) FROM ft_conversation WHERE employee_id = ? AND held_at IS NOT NULL
                          AND kind IN (%s)""".formatted(LoopRules.DEDICATED_KINDS_SQL))
                .param(employeeId).query((rs, row) -> ContractReader.instant(rs, 1)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
        Long daysSinceFull = lastFull.map(at -> Duration.between(at, now).toDays()).orElse(null);
        Instant nextScheduled = jdbc.sql("""
                        SELECT min(scheduled_for) FROM ft_conversation WHERE employee_id = ? AND status = 'SCHEDULED'""")
                .param(employeeId).query((rs, row) -> ContractReader.instant(rs, 1)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        LocalDate nextAgreed = jdbc.sql("""
                        SELECT next_conversation_on FROM ft_conversation WHERE employee_id = ? AND status = 'COMPLETED'
                        ORDER BY held_at DESC LIMIT 1""")
                .param(employeeId).query(LocalDate.class).optional().orElse(null);
        Timestamp yearAgo = Timestamp.from(now.minus(Duration.ofDays(365)));
        int[] deferrals = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE d.deferred_at > ?),
                               count(*) FILTER (WHERE d.deferred_at > coalesce((SELECT max(c.held_at)
                                   FROM ft_conversation c WHERE c.employee_id = d.employee_id), '-infinity'))
                        FROM ft_deferral d WHERE d.employee_id = ?""")
                .params(yearAgo, employeeId).query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        ContractStatus contract = jdbc.sql("""
                        SELECT c.contract_id, c.review_cadence, c.last_reviewed_on, c.next_review_on,
                               c.summary_shared_at, c.summary_late, conv.held_at
                        FROM ft_contract c LEFT JOIN ft_conversation conv ON conv.conversation_id = c.conversation_id
                        WHERE c.employee_id = ? AND c.open ORDER BY c.opened_at DESC LIMIT 1""")
                .param(employeeId)
                .query((rs, row) -> {
                    Instant shared = ContractReader.instant(rs, 5);
                    Instant held = ContractReader.instant(rs, 7);
                    boolean summaryMissed = Boolean.TRUE.equals(rs.getObject(6))
                            || LoopRules.summaryLate(held, shared, now);
                    return new ContractStatus(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(4, LocalDate.class).isBefore(today), shared, summaryMissed);
                })
                .optional().orElse(null);
        List<Advocacy> unattached = jdbc.sql("""
                        SELECT conv.conversation_id, conv.advocacy_description, conv.advocacy_due_on
                        FROM ft_conversation conv
                        WHERE conv.employee_id = ? AND conv.advocacy_description IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM ft_commitment m WHERE m.conversation_id = conv.conversation_id)
                        ORDER BY conv.advocacy_due_on""")
                .param(employeeId)
                .query((rs, row) -> new Advocacy(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class)))
                .list();
        // The person's row, once: when the platform last raised their quarter, and when they joined.
        LocalDate[] person = jdbc.sql(
                        "SELECT quarterly_due_raised_on, registered_on FROM ft_person WHERE employee_id = ?")
                .param(employeeId)
                .query((rs, row) -> new LocalDate[] {rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class)})
                .optional().orElse(new LocalDate[2]);
        LocalDate dueRaised = person[0];
        // Raised by the platform a quarter after the last one, unless a newer main conversation was held since.
        boolean raisedAndUnanswered = dueRaised != null && lastFull.map(at -> !LocalDate.ofInstant(at, ZoneOffset.UTC)
                .isAfter(dueRaised.minusDays(QUARTER_DAYS))).orElse(true);
        LocalDate registered = person[1];
        List<Escalation> escalations = new ArrayList<>();
        if (deferrals[1] >= 2) {
            escalations.add(Escalation.TWO_DEFERRALS_IN_A_ROW);
        }
        boolean neverSinceJoining = daysSinceFull == null && registered != null
                && registered.plusDays(QUARTER_DAYS).isBefore(today);
        if ((daysSinceFull != null && daysSinceFull > QUARTER_DAYS) || raisedAndUnanswered || neverSinceJoining) {
            escalations.add(Escalation.QUARTER_WITHOUT_CONVERSATION);
        }
        List<DueConversation> due = jdbc.sql("""
                        SELECT reason, detail, visible_from, due_on FROM inbox_item
                        WHERE employee_id = ? AND kind = 'CONVERSATION_DUE' AND resolved_on IS NULL
                          AND visible_from <= ?
                        ORDER BY due_on, item_id""")
                .params(employeeId, today)
                .query((rs, row) -> {
                    LocalDate dueOn = rs.getObject(4, LocalDate.class);
                    return new DueConversation(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            dueOn, dueOn != null && dueOn.isBefore(today));
                })
                .list();
        List<HeldConversation> summariesLate = jdbc.sql("""
                        SELECT conversation_id, held_at, summary_shared_at FROM ft_conversation
                        WHERE employee_id = ? AND held_at > ? AND (summary_shared_at > held_at + ? * INTERVAL '1 hour'
                            OR (summary_shared_at IS NULL AND held_at + ? * INTERVAL '1 hour' < ?))
                        ORDER BY held_at DESC""")
                .params(employeeId, yearAgo, SUMMARY_WITHIN.toHours(), SUMMARY_WITHIN.toHours(), Timestamp.from(now))
                .query((rs, row) -> new HeldConversation(rs.getObject(1, UUID.class), ContractReader.instant(rs, 2),
                        ContractReader.instant(rs, 3)))
                .list();
        List<HeldConversation> nowhere = jdbc.sql("""
                        SELECT conversation_id, held_at, summary_shared_at FROM ft_conversation
                        WHERE employee_id = ? AND held_at > ? AND CAST(held_at AT TIME ZONE 'UTC' AS DATE) <= ?
                          AND kind IN (%s)
                          AND (progressed_on IS NULL
                               OR progressed_on > CAST(held_at AT TIME ZONE 'UTC' AS DATE) + ?)
                        ORDER BY held_at DESC""".formatted(LoopRules.DEDICATED_KINDS_SQL))
                .params(employeeId, yearAgo, today.minusDays(NOWHERE_AFTER_DAYS), NOWHERE_AFTER_DAYS)
                .query((rs, row) -> new HeldConversation(rs.getObject(1, UUID.class), ContractReader.instant(rs, 2),
                        ContractReader.instant(rs, 3)))
                .list();
        LocalDate pausedUntil = viewerId == null ? null : jdbc.sql("""
                        SELECT max(paused_until) FROM ft_pause
                        WHERE employee_id = ? AND written_by = ? AND paused_until >= ?""")
                .params(employeeId, viewerId, today).query((rs, row) -> rs.getObject(1, LocalDate.class)).list()
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new Report(employeeId, last.map(Last::at).orElse(null), last.map(Last::kind).orElse(null),
                lastFull.orElse(null), daysSinceFull,
                daysSinceFull == null || daysSinceFull > QUARTER_DAYS || raisedAndUnanswered, dueRaised,
                nextScheduled, nextAgreed, deferrals[0], contract, counts(employeeId, "EMPLOYEE"),
                counts(employeeId, "MANAGER"), unattached, nextScheduled != null, deferrals[1],
                List.copyOf(escalations), due, summariesLate, nowhere, pausedUntil,
                pausedUntil == null ? null : viewerId);
    }

    private CommitmentCounts counts(String employeeId, String owner) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE m.status = 'OPEN'), count(*) FILTER (WHERE m.status = 'OVERDUE')
                        FROM ft_commitment m JOIN ft_contract c ON c.contract_id = m.contract_id
                        WHERE m.employee_id = ? AND m.owner = ? AND c.open""")
                .params(employeeId, owner)
                .query((rs, row) -> new CommitmentCounts(rs.getInt(1), rs.getInt(2)))
                .single();
    }
}
