package io.talentplatform.query.people;

import io.talentplatform.query.people.Reports.OpenContract;
import io.talentplatform.query.people.Reports.Report;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL behind who-is-who: the directory over the career-capital profiles, and a manager's reports joined with
 * where their conversations (career-capital) and contracts (follow-through) stand.
 */
@Component
class PeopleReader {

    private static final String PERSON_COLUMNS =
            "employee_id, display_name, job_title, level, function, manager_id, employed";

    private final JdbcClient jdbc;

    PeopleReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> person(String employeeId) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM career_capital_profile WHERE employee_id = ?")
                .param(employeeId).query(PeopleReader::person).optional();
    }

    List<Person> reportsOf(String managerId) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM career_capital_profile WHERE manager_id = ? AND employed "
                        + "ORDER BY display_name, employee_id")
                .param(managerId).query(PeopleReader::person).list();
    }

    /**
     * One page of people after {@code after} (by employee id), matching every criterion given.
     *
     * @param query         part of a name, or the start of an employee id or job title, case-insensitive
     * @param managerId     only the reports of this manager
     * @param consentedOnly only people who let succession panels discover them
     */
    List<Person> search(String query, String function, String managerId, boolean consentedOnly, String after,
                        int limit) {
        String pattern = query == null || query.isBlank() ? null : "%" + escapeLike(query.trim()) + "%";
        String prefix = pattern == null ? null : escapeLike(query.trim()) + "%";
        return jdbc.sql("SELECT " + PERSON_COLUMNS + """
                         FROM career_capital_profile
                        WHERE employee_id > :after
                          AND (CAST(:pattern AS text) IS NULL OR display_name ILIKE :pattern
                               OR employee_id ILIKE :prefix OR job_title ILIKE :pattern)
                          AND (CAST(:function AS text) IS NULL OR function = :function)
                          AND (CAST(:manager AS text) IS NULL OR manager_id = :manager)
                          AND (NOT :consentedOnly OR (succession_discoverable AND employed))
                        ORDER BY employee_id
                        LIMIT :limit""")
                .param("after", after).param("pattern", pattern).param("prefix", prefix)
                .param("function", function).param("manager", managerId).param("consentedOnly", consentedOnly)
                .param("limit", limit)
                .query(PeopleReader::person).list();
    }

    /** Each current report with their direction, last and next conversation, and open contract. */
    List<Report> reports(String managerId, LocalDate today) {
        return jdbc.sql("""
                        SELECT p.employee_id, p.display_name, p.job_title, p.level, a.direction,
                               coalesce(a.share_direction, false),
                               last.held_at, last.kind, next.scheduled_for,
                               c.contract_id, c.next_review_on,
                               (SELECT count(*) FROM ft_commitment m WHERE m.contract_id = c.contract_id
                                  AND m.status IN ('OPEN', 'OVERDUE')),
                               (SELECT count(*) FROM ft_commitment m WHERE m.contract_id = c.contract_id
                                  AND m.status = 'OVERDUE')
                        FROM career_capital_profile p
                        LEFT JOIN career_capital_aspiration a ON a.employee_id = p.employee_id
                        LEFT JOIN LATERAL (SELECT held_at, kind FROM career_capital_conversation v
                                           WHERE v.employee_id = p.employee_id AND v.held_at IS NOT NULL
                                           ORDER BY v.held_at DESC LIMIT 1) last ON true
                        LEFT JOIN LATERAL (SELECT scheduled_for FROM career_capital_conversation v
                                           WHERE v.employee_id = p.employee_id AND v.status = 'SCHEDULED'
                                           ORDER BY v.scheduled_for LIMIT 1) next ON true
                        LEFT JOIN LATERAL (SELECT contract_id, next_review_on FROM ft_contract f
                                           WHERE f.employee_id = p.employee_id AND f.open
                                           ORDER BY f.opened_at DESC LIMIT 1) c ON true
                        WHERE p.manager_id = ? AND p.employed
                        ORDER BY p.display_name, p.employee_id""")
                .param(managerId)
                .query((rs, row) -> {
                    UUID contract = rs.getObject(10, UUID.class);
                    LocalDate nextReview = rs.getObject(11, LocalDate.class);
                    return new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), instant(rs, 7), rs.getString(8), instant(rs, 9),
                            contract == null ? null : new OpenContract(contract, nextReview,
                                    nextReview.isBefore(today), rs.getInt(12), rs.getInt(13)));
                })
                .list();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
