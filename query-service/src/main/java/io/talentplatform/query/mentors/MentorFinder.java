package io.talentplatform.query.mentors;

import io.talentplatform.platform.matching.TalentPool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds people who made a move into a role family, from the log (the talent pool's moves and completed gigs, V3_41):
 * a move filling an opening of the family, a move into a job titled as one of its roles, or a completed gig or
 * project that developed what its roles ask (the role needs the talent pool keeps in memory). Only people sharing
 * MENTOR, still here, are found; each once, by their best move.
 */
@Component
class MentorFinder {

    static final int FRESH_DAYS = 365;
    static final int STALE_DAYS = 5 * 365;

    private final JdbcClient jdbc;
    private final TalentPool pool;

    MentorFinder(JdbcClient jdbc, TalentPool pool) {
        this.jdbc = jdbc;
        this.pool = pool;
    }

    /** The person asking: their function, level and first target family, if they are in the talent pool. */
    Optional<Seeker> seeker(String employeeId) {
        return jdbc.sql("""
                        SELECT function, level, target_role_families[1] FROM tp_person
                        WHERE employee_id = ? AND NOT erased""")
                .param(employeeId)
                .query((rs, row) -> new Seeker(employeeId, rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    List<Mentors.Mentor> find(Seeker seeker, String roleFamily, LocalDate today, int limit) {
        Map<String, Mentors.Mentor> best = new HashMap<>();
        jdbc.sql("""
                        WITH paths AS (
                            SELECT m.employee_id, 'MOVE' AS path, m.move_type, m.job_title, m.from_function,
                                m.from_level, m.moved_on
                            FROM tp_move m
                            WHERE m.opening_id IN (SELECT opening_id FROM tp_opening WHERE role_family = :family)
                            UNION ALL
                            SELECT m.employee_id, 'MOVE', m.move_type, m.job_title, m.from_function, m.from_level,
                                m.moved_on
                            FROM tp_move m
                            WHERE m.opening_id IS NULL
                              AND m.job_title IN (SELECT title FROM tp_role WHERE role_family = :family)
                            UNION ALL
                            SELECT t.employee_id, 'GIG', o.kind, o.title, NULL, NULL, t.completed_on
                            FROM tp_taking t JOIN tp_opening o ON o.opening_id = t.opening_id
                            WHERE t.state = 'COMPLETED' AND o.develops_capabilities && :asked)
                        SELECT paths.*, p.display_name, p.job_title, p.function
                        FROM paths JOIN tp_person p ON p.employee_id = paths.employee_id
                        WHERE p.share_mentor AND p.employed AND NOT p.erased AND p.employee_id <> :seeker""")
                .param("family", roleFamily).param("seeker", seeker.employeeId())
                .param("asked", new SqlArrayValue("text", pool.needsOf(List.of(roleFamily)).keySet().toArray()))
                .query(rs -> {
                    LocalDate on = rs.getObject(7, LocalDate.class);
                    Mentors.Move move = new Mentors.Move(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), on);
                    double recency = round(freshness(Math.max(0, ChronoUnit.DAYS.between(on, today))));
                    double similarity = round((seeker.function().equals(move.fromFunction()) ? 0.5 : 0)
                            + (seeker.level().equals(move.fromLevel()) ? 0.3 : 0)
                            + ("MOVE".equals(move.path()) ? 0.2 : 0));
                    double score = round(0.5 * recency + 0.5 * similarity);
                    Mentors.Mentor mentor = new Mentors.Mentor(0, rs.getString(1), rs.getString(8), rs.getString(9),
                            rs.getString(10), score, recency, similarity, move, explain(move, roleFamily, seeker));
                    best.merge(mentor.employeeId(), mentor, (a, b) -> BY_SCORE.compare(a, b) <= 0 ? a : b);
                });
        List<Mentors.Mentor> ranked = new ArrayList<>(best.values());
        ranked.sort(BY_SCORE);
        List<Mentors.Mentor> top = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Mentors.Mentor mentor : ranked.subList(0, Math.min(limit, ranked.size()))) {
            top.add(new Mentors.Mentor(top.size() + 1, mentor.employeeId(), mentor.displayName(), mentor.jobTitle(),
                    mentor.function(), mentor.score(), mentor.recency(), mentor.similarity(), mentor.move(),
                    mentor.explanation()));
        }
        return top;
    }

    /** Best first: the higher score, then the more recent move, then the smaller id. */
    private static final Comparator<Mentors.Mentor> BY_SCORE = Comparator
            .comparingDouble(Mentors.Mentor::score).reversed()
            .thenComparing(mentor -> mentor.move().on(), Comparator.reverseOrder())
            .thenComparing(Mentors.Mentor::employeeId);

    private static String explain(Mentors.Move move, String family, Seeker seeker) {
        String how = "MOVE".equals(move.path())
                ? "moved into " + move.title() + " (" + family + ", " + move.moveType().toLowerCase().replace('_', ' ')
                + ") on " + move.on()
                : "completed the " + move.moveType().toLowerCase() + " \"" + move.title() + "\", which develops what "
                + family + " roles ask, on " + move.on();
        boolean sameStart = seeker.function().equals(move.fromFunction());
        return how + (sameStart ? ", starting from " + move.fromFunction() + " as you do" : "");
    }

    static double freshness(long ageDays) {
        if (ageDays <= FRESH_DAYS) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - (double) (ageDays - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    record Seeker(String employeeId, String function, String level, String firstTargetFamily) {
    }
}
