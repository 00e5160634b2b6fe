package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.MatchScoring.Target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@link MatchScoring#RANKING} of a gig's or project's candidates written as an SQL {@code ORDER BY}, so that
 * PostgreSQL sends the first rows of a tier instead of every full fit (docs/decisions/035). Each input is the same
 * IEEE operations in the same order as {@link MatchScoring#score} and {@link MatchWeights#score}, and rounding to 4
 * decimals is {@code floor(x * 10000 + 0.5) / 10000}, which is {@code Math.round} for every value a score can take
 * but the one below 0.00005. The database only chooses which rows are read: they are scored again in Java, which
 * stays the answer, and a few more rows than asked are read (CandidateTiers). CandidateTiersTest pins the two
 * rankings together.
 *
 * <p>Only for a target with neither role nor family: nobody's readiness is for it, so its input is 0.
 */
final class RankingSql {

    /** The person's shared target families, as {@link #values} names them. */
    private static final String ROW_FAMILIES = "v.families";

    private RankingSql() {
    }

    static boolean applies(Target target) {
        return target.growth() != null && target.roleId() == null && target.roleFamily() == null;
    }

    /**
     * The lateral subquery {@code v} the ranking reads a row's values from: for the i-th capability of {@code read}
     * (the requirements first, then what the target develops that it does not require), at position {@code h.at<i>}
     * in {@code p.capabilities}, its level {@code v.l<i>} and observation date {@code v.o<i>}; the shared
     * families, the open signaling gaps and the id. TalentPool's read of the marketplace's holdings names its columns
     * the same way, so the one ranking serves both. The score names each of them several times: {@code OFFSET 0} keeps PostgreSQL from inlining the
     * subquery into each place, so each array is read once per row (at 4,729 rows, 11 ms instead of 7.5).
     */
    static String values(List<Requirement> read) {
        StringBuilder sql = new StringBuilder(" CROSS JOIN LATERAL (SELECT ");
        for (int i = 0; i < read.size(); i++) {
            sql.append("p.capability_levels[h.at").append(i).append("] AS l").append(i)
                    .append(", p.capability_observed[h.at").append(i).append("] AS o").append(i).append(", ");
        }
        return sql.append(TalentPool.SHARED_FAMILIES).append(" AS families, p.open_signaling_gaps, p.employee_id")
                .append(" OFFSET 0) v").toString();
    }

    /**
     * The {@code ORDER BY ... LIMIT} clause over the rows {@code v} (as {@link #values} names them), and the
     * parameters it names, in order.
     */
    static Clause orderBy(Target target, List<Requirement> read, LocalDate today, MatchWeights weights, int count) {
        List<Requirement> requirements = target.requirements();
        List<Object> params = new ArrayList<>();
        StringBuilder met = new StringBuilder("0");
        StringBuilder fitSum = new StringBuilder("CAST(0 AS float8)");
        StringBuilder held = new StringBuilder("0");
        StringBuilder freshSum = new StringBuilder("CAST(0 AS float8)");
        for (int i = 0; i < requirements.size(); i++) {
            String level = level(i);
            int minimum = requirements.get(i).minLevel();
            met.append(" + CASE WHEN ").append(level).append(" >= ").append(minimum).append(" THEN 1 ELSE 0 END");
            fitSum.append(" + CASE WHEN ").append(level).append(" IS NULL THEN CAST(0 AS float8)")
                    .append(" ELSE CAST(1 AS float8) / (greatest(0, ").append(minimum).append(" - ").append(level)
                    .append(") + 1) END");
            held.append(" + CASE WHEN ").append(level).append(" IS NULL THEN 0 ELSE 1 END");
            String age = "greatest(0, DATE '" + today + "' - v.o" + i + ")";
            freshSum.append(" + CASE WHEN ").append(level).append(" IS NULL THEN CAST(0 AS float8) WHEN ")
                    .append(age).append(" <= ").append(MatchScoring.FRESH_DAYS).append(" THEN CAST(1 AS float8)")
                    .append(" ELSE greatest(CAST(0 AS float8), CAST(1 AS float8) - CAST(").append(age)
                    .append(" - ").append(MatchScoring.FRESH_DAYS).append(" AS float8) / ")
                    .append(MatchScoring.STALE_DAYS - MatchScoring.FRESH_DAYS).append(") END");
        }
        String capability = requirements.isEmpty() ? "CAST(1 AS float8)"
                : round("(" + fitSum + ") / " + requirements.size());
        String recency = "CASE WHEN (" + held + ") = 0 THEN CAST(0 AS float8) ELSE " + round("(" + freshSum + ") / ("
                + held + ")") + " END";

        List<String> develops = target.growth().develops();
        StringBuilder grows = new StringBuilder("0");
        for (String developed : develops) {
            grows.append(" + CASE WHEN ").append(wants(developed, read, target.growth().needs(), params))
                    .append(" THEN 1 ELSE 0 END");
        }
        String aspiration = round("CAST(" + grows + " AS float8) / " + develops.size());
        String advocacy = "CASE WHEN v.open_signaling_gaps > 0 THEN CAST(1 AS float8) ELSE CAST(0 AS float8) END";
        String score = round(weight(weights.capability()) + " * " + capability
                + " + " + weight(weights.recency()) + " * (" + recency + ")"
                + " + " + weight(weights.aspiration()) + " * " + aspiration
                + " + " + weight(weights.readiness()) + " * CAST(0 AS float8)"
                + " + " + weight(weights.advocacy()) + " * " + advocacy);
        return new Clause("ORDER BY (" + met + ") DESC, " + score + " DESC, v.employee_id COLLATE \"C\"\nLIMIT "
                + count, params);
    }

    /**
     * Whether the person wants to develop {@code capability}: a role of one of their shared families asks for it at
     * a level above theirs ({@link MatchScoring#wanted}). For each level they might hold, the families asking for
     * more, one array overlap per row.
     */
    private static String wants(String capability, List<Requirement> read, Map<String, Map<String, Integer>> needs,
                                List<Object> params) {
        int highest = needs.values().stream().map(asked -> asked.getOrDefault(capability, 0))
                .max(Integer::compare).orElse(0);
        if (highest == 0) {
            return "false";
        }
        StringBuilder sql = new StringBuilder("CASE coalesce(").append(level(indexOf(capability, read))).append(", 0)");
        for (int holding = 0; holding < highest; holding++) {
            TreeSet<String> askingMore = new TreeSet<>();
            for (Map.Entry<String, Map<String, Integer>> family : needs.entrySet()) {
                if (family.getValue().getOrDefault(capability, 0) > holding) {
                    askingMore.add(family.getKey());
                }
            }
            sql.append(" WHEN ").append(holding).append(" THEN ").append(ROW_FAMILIES).append(" && ?");
            params.add(TalentPool.textArray(askingMore));
        }
        return sql.append(" ELSE false END").toString();
    }

    private static int indexOf(String capability, List<Requirement> read) {
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).capability().equals(capability)) {
                return i;
            }
        }
        throw new IllegalArgumentException(capability + " is not read");
    }

    private static String level(int index) {
        return "v.l" + index;
    }

    /** MatchScoring's 4-decimal rounding. */
    private static String round(String value) {
        return "(floor((" + value + ") * CAST(10000 AS float8) + CAST(0.5 AS float8)) / CAST(10000 AS float8))";
    }

    /** A weight as the same double: PostgreSQL reads Java's shortest decimal form back to the same value. */
    private static String weight(double weight) {
        return "CAST('" + Double.toString(weight) + "' AS float8)";
    }

    record Clause(String sql, List<Object> params) {
    }
}
