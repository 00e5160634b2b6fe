package io.talentplatform.query.metrics;

import io.talentplatform.query.metrics.TalentMetrics.FourOutcomes;
import io.talentplatform.query.metrics.TalentMetrics.Metric;
import io.talentplatform.query.metrics.TalentMetrics.Outcome;
import io.talentplatform.query.metrics.TalentMetrics.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static io.talentplatform.query.metrics.MetricsSql.CADENCE_KINDS;
import static io.talentplatform.query.metrics.MetricsSql.functionOn;
import static io.talentplatform.query.metrics.MetricsSql.inFunction;

/**
 * The SQL behind the talent metrics, over the tables of the talent-metrics projection (docs/metrics.md has the
 * definitions; a change to what any metric counts is a new {@link #DEFINITION_VERSION}). Every query counts; none
 * returns a row about a person, and a group smaller than the minimum group size is suppressed here, before anything
 * leaves the reader.
 */
@Component
class TalentMetricsReader {

    static final String DEFINITION_VERSION = "2";

    private final JdbcClient jdbc;
    private final TalentMetricsProperties properties;

    TalentMetricsReader(JdbcClient jdbc, TalentMetricsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Every metric for the days {@code from} to {@code to} (both included), of one function or ({@code null}) all;
     * succession coverage as the slates stand now, answered as of {@code today}.
     */
    TalentMetrics read(LocalDate from, LocalDate to, String function, LocalDate today) {
        int minimum = properties.minimumGroupSize();
        People people = query(People.SQL, from, to, function, People::of);
        Fills fills = query(Fills.SQL, from, to, function, Fills::of);
        Coverage coverage = query(Coverage.SQL, from, to, function, Coverage::of);
        Cadence cadence = query(Cadence.SQL, from, to, function, Cadence::of);
        Outcomes outcomes = query(Outcomes.SQL, from, to, function, Outcomes::of);
        Commitments commitments = query(Commitments.SQL, from, to, function, Commitments::of);
        Gaps gaps = query(Gaps.SQL, from, to, function, Gaps::of);
        Transitions transitions = query(Transitions.SQL, from, to, function, Transitions::of);
        long outcomePopulation = Math.min(outcomes.employees(), outcomes.managers());
        return new TalentMetrics(new Window(from, to), function, today, DEFINITION_VERSION, minimum,
                Metric.rate(people.moved(), people.headcount(), people.headcount(), minimum),
                Metric.rate(fills.internal(), fills.filled(), fills.filled(), minimum),
                Metric.medianDays(fills.medianInternal(), fills.internal(), minimum),
                Metric.medianDays(fills.medianExternal(), fills.filled() - fills.internal(), minimum),
                Metric.rate(coverage.covered(), coverage.critical(), coverage.critical(), minimum),
                Metric.rate(people.regrettedLeavers(), people.headcount(), people.headcount(), minimum),
                Metric.rate(cadence.met(), cadence.personQuarters(), cadence.people(), minimum),
                Metric.rate(outcomes.allFour(), outcomes.completed(), outcomePopulation, minimum),
                Metric.rate(commitments.kept(), commitments.due(), commitments.managers(), minimum),
                Metric.count(gaps.opened(), gaps.openedFor(), minimum),
                Metric.count(gaps.closed(), gaps.closedFor(), minimum),
                Metric.rate(outcomes.allFourDelivered(), outcomes.completed(), outcomePopulation, minimum),
                new FourOutcomes(
                        outcome(outcomes.humanDeclared(), outcomes.humanDelivered(), outcomes, minimum),
                        outcome(outcomes.relationshipDeclared(), outcomes.relationshipDelivered(), outcomes, minimum),
                        outcome(outcomes.signalingDeclared(), outcomes.signalingDelivered(), outcomes, minimum),
                        outcome(outcomes.advocacyDeclared(), outcomes.advocacyDelivered(), outcomes, minimum)),
                Metric.count(transitions.supported(), transitions.people(), minimum));
    }

    private static Outcome outcome(long declared, long delivered, Outcomes of, int minimum) {
        long population = Math.min(of.employees(), of.managers());
        return new Outcome(Metric.rate(declared, of.completed(), population, minimum),
                Metric.rate(delivered, of.completed(), population, minimum));
    }

    private <T> T query(String sql, LocalDate from, LocalDate to, String function, RowMapper<T> mapper) {
        return jdbc.sql(sql)
                .param("from", from).param("to", to).param("function", function)
                .query((rs, row) -> mapper.map(rs))
                .single();
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * People employed on at least one day of the window, each in the function they were in on their last day in it;
     * of them, who moved in the window and who left in it and was regretted, unless the leaving was a supported
     * transition (a contract closed TRANSITION_SUPPORTED in the year before the departure).
     */
    private record People(long headcount, long moved, long regrettedLeavers) {

        static final String SQL = """
                WITH people AS (
                    SELECT p.employee_id, p.departed_on, p.regretted,
                           %s AS function
                    FROM mt_person p
                    WHERE p.registered_on <= :to AND (p.departed_on IS NULL OR p.departed_on >= :from)
                )
                SELECT count(*),
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mt_move m
                           WHERE m.employee_id = people.employee_id AND m.effective_on BETWEEN :from AND :to)),
                       count(*) FILTER (WHERE people.departed_on BETWEEN :from AND :to AND people.regretted
                           AND NOT EXISTS (SELECT 1 FROM mt_contract k WHERE k.employee_id = people.employee_id
                               AND k.close_reason = 'TRANSITION_SUPPORTED' AND k.closed_on <= people.departed_on
                               AND k.closed_on > people.departed_on - 365))
                FROM people
                WHERE %s""".formatted(functionOn("p", "least(p.departed_on, CAST(:to AS DATE))"),
                inFunction("people.function"));

        static People of(ResultSet rs) throws SQLException {
            return new People(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** Openings filled in the window, in the opening's function; median days from opened to filled. */
    private record Fills(long filled, long internal, Double medianInternal, Double medianExternal) {

        static final String SQL = """
                SELECT count(*),
                       count(*) FILTER (WHERE internal),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY filled_on - opened_on) FILTER (WHERE internal),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY filled_on - opened_on) FILTER (WHERE NOT internal)
                FROM mt_opening
                WHERE filled_on BETWEEN :from AND :to AND %s""".formatted(inFunction("function"));

        static Fills of(ResultSet rs) throws SQLException {
            return new Fills(rs.getLong(1), rs.getLong(2), (Double) rs.getObject(3), (Double) rs.getObject(4));
        }
    }

    /**
     * Critical roles, and those with a ready-now successor who is still employed (no departure recorded, as in the
     * succession coverage view), as the slates stand now.
     */
    private record Coverage(long critical, long covered) {

        static final String SQL = """
                SELECT count(*),
                       count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM mt_successor s JOIN mt_person p ON p.employee_id = s.employee_id
                           WHERE s.role_id = r.role_id AND s.readiness = 'READY_NOW' AND p.departed_on IS NULL))
                FROM mt_role r
                WHERE r.critical AND %s""".formatted(inFunction("r.function"));

        static Coverage of(ResultSet rs) throws SQLException {
            return new Coverage(rs.getLong(1), rs.getLong(2));
        }
    }

    /**
     * For each calendar quarter the window touches, the people employed from its first to its last day (in their
     * function on its last day), and of them those with a career conversation held in it.
     */
    private record Cadence(long personQuarters, long met, long people) {

        static final String SQL = """
                WITH quarters AS (
                    SELECT CAST(q AS DATE) AS starts, CAST(q + INTERVAL '3 months' - INTERVAL '1 day' AS DATE) AS ends
                    FROM generate_series(date_trunc('quarter', CAST(:from AS TIMESTAMP)),
                                         date_trunc('quarter', CAST(:to AS TIMESTAMP)), INTERVAL '3 months') q
                ), due AS (
                    SELECT q.starts, q.ends, p.employee_id, %s AS function
                    FROM quarters q
                    JOIN mt_person p ON p.registered_on <= q.starts
                        AND (p.departed_on IS NULL OR p.departed_on >= q.ends)
                )
                SELECT count(*),
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mt_conversation c
                           WHERE c.employee_id = due.employee_id AND c.held_on BETWEEN due.starts AND due.ends
                             AND c.kind IN (%s))),
                       count(DISTINCT due.employee_id)
                FROM due
                WHERE %s""".formatted(functionOn("p", "q.ends"), CADENCE_KINDS, inFunction("due.function"));

        static Cadence of(ResultSet rs) throws SQLException {
            return new Cadence(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /**
     * Completed full conversations held in the window, and whom they were between; of them, those that declared each
     * outcome (and all four), and those whose declaration was delivered: evidence, a relationship or an awareness
     * assessment recorded from the conversation; for the advocacy action, the gap with its decision maker closed on or
     * after the conversation, or (an action aimed at no one gap) its commitment completed.
     */
    private record Outcomes(long completed, long allFour, long employees, long managers, long humanDeclared,
                            long humanDelivered, long relationshipDeclared, long relationshipDelivered,
                            long signalingDeclared, long signalingDelivered, long advocacyDeclared,
                            long advocacyDelivered, long allFourDelivered) {

        static final String SQL = """
                WITH held AS (
                    SELECT c.*,
                           EXISTS (SELECT 1 FROM mt_outcome_evidence e WHERE e.conversation_id = c.conversation_id
                               AND e.outcome = 'HUMAN_CAPITAL') AS human,
                           EXISTS (SELECT 1 FROM mt_outcome_evidence e WHERE e.conversation_id = c.conversation_id
                               AND e.outcome = 'RELATIONSHIP_CAPITAL') AS relationship,
                           EXISTS (SELECT 1 FROM mt_outcome_evidence e WHERE e.conversation_id = c.conversation_id
                               AND e.outcome = 'SIGNALING_GAP') AS signaling,
                           CASE WHEN c.advocacy_decision_maker IS NOT NULL THEN EXISTS (SELECT 1 FROM mt_signaling_gap g
                                    WHERE g.employee_id = c.employee_id
                                      AND g.decision_maker_id = c.advocacy_decision_maker
                                      AND g.closed_on >= c.held_on)
                                ELSE EXISTS (SELECT 1 FROM mt_commitment m WHERE m.conversation_id = c.conversation_id
                                    AND m.completed_on IS NOT NULL) END AS advocacy
                    FROM mt_conversation c LEFT JOIN mt_person p ON p.employee_id = c.employee_id
                    WHERE c.kind = 'FULL' AND c.completed AND c.held_on BETWEEN :from AND :to AND %s
                )
                SELECT count(*), count(*) FILTER (WHERE outcomes_produced = 4),
                       count(DISTINCT employee_id), count(DISTINCT manager_id),
                       count(*) FILTER (WHERE human_declared), count(*) FILTER (WHERE human_declared AND human),
                       count(*) FILTER (WHERE relationship_declared),
                       count(*) FILTER (WHERE relationship_declared AND relationship),
                       count(*) FILTER (WHERE signaling_declared),
                       count(*) FILTER (WHERE signaling_declared AND signaling),
                       count(*) FILTER (WHERE advocacy_declared),
                       count(*) FILTER (WHERE advocacy_declared AND advocacy),
                       count(*) FILTER (WHERE human_declared AND human AND relationship_declared AND relationship
                           AND signaling_declared AND signaling AND advocacy_declared AND advocacy)
                FROM held""".formatted(inFunction(functionOn("p", "c.held_on")));

        static Outcomes of(ResultSet rs) throws SQLException {
            return new Outcomes(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                    rs.getLong(12), rs.getLong(13));
        }
    }

    /**
     * Development contracts closed TRANSITION_SUPPORTED in the window ("not here", respected), in the function of the
     * person on the day it closed, and how many people they were with.
     */
    private record Transitions(long supported, long people) {

        static final String SQL = """
                SELECT count(*), count(DISTINCT k.employee_id)
                FROM mt_contract k LEFT JOIN mt_person p ON p.employee_id = k.employee_id
                WHERE k.close_reason = 'TRANSITION_SUPPORTED' AND k.closed_on BETWEEN :from AND :to AND %s"""
                .formatted(inFunction(functionOn("p", "k.closed_on")));

        static Transitions of(ResultSet rs) throws SQLException {
            return new Transitions(rs.getLong(1), rs.getLong(2));
        }
    }

    /**
     * Manager commitments due in the window and not withdrawn (in the function of the person they were made to),
     * those completed by their due date, and how many managers made them.
     */
    private record Commitments(long due, long kept, long managers) {

        static final String SQL = """
                SELECT count(*), count(*) FILTER (WHERE m.completed_on <= m.due_on), count(DISTINCT m.manager_id)
                FROM mt_commitment m LEFT JOIN mt_person p ON p.employee_id = m.employee_id
                WHERE m.owner = 'MANAGER' AND NOT m.withdrawn AND m.due_on BETWEEN :from AND :to AND %s"""
                .formatted(inFunction(functionOn("p", "m.due_on")));

        static Commitments of(ResultSet rs) throws SQLException {
            return new Commitments(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** Signaling gaps opened and closed in the window, and how many people each count is about. */
    private record Gaps(long opened, long openedFor, long closed, long closedFor) {

        static final String SQL = """
                SELECT count(*) FILTER (WHERE %1$s),
                       count(DISTINCT g.employee_id) FILTER (WHERE %1$s),
                       count(*) FILTER (WHERE %2$s),
                       count(DISTINCT g.employee_id) FILTER (WHERE %2$s)
                FROM mt_signaling_gap g LEFT JOIN mt_person p ON p.employee_id = g.employee_id
                WHERE g.opened_on <= :to AND (g.closed_on IS NULL OR g.closed_on >= :from)""".formatted(
                "g.opened_on BETWEEN :from AND :to AND " + inFunction(functionOn("p", "g.opened_on")),
                "g.closed_on BETWEEN :from AND :to AND " + inFunction(functionOn("p", "g.closed_on")));

        static Gaps of(ResultSet rs) throws SQLException {
            return new Gaps(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }
}
