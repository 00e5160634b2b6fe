package io.talentplatform.query.metrics;

import io.talentplatform.platform.loop.LoopRules;

/** The SQL fragments the talent metrics share: which conversations make the cadence, and a person's function then. */
final class MetricsSql {

    /** The career conversations of the quarterly cadence: dedicated sessions, not check-ins or contract reviews. */
    static final String CADENCE_KINDS = LoopRules.DEDICATED_KINDS_SQL;

    /** True when no function was asked for, or {@code functionExpression} is the one asked for. */
    static String inFunction(String functionExpression) {
        return "(CAST(:function AS VARCHAR) IS NULL OR " + functionExpression + " = CAST(:function AS VARCHAR))";
    }

    /**
     * The function the person {@code p} (an {@code mt_person} row, possibly absent) was in on {@code date}: the
     * function after their last move on or before it, else the one before their first move after it, else their
     * current one (they never moved).
     */
    static String functionOn(String p, String date) {
        return """
                coalesce(
                    (SELECT fm.function_after FROM mt_move fm WHERE fm.employee_id = %1$s.employee_id
                       AND fm.effective_on <= %2$s ORDER BY fm.effective_on DESC, fm.sequence_number DESC LIMIT 1),
                    (SELECT fm.function_before FROM mt_move fm WHERE fm.employee_id = %1$s.employee_id
                       AND fm.effective_on > %2$s ORDER BY fm.effective_on, fm.sequence_number LIMIT 1),
                    %1$s.function)""".formatted(p, date);
    }

    private MetricsSql() {
    }
}
