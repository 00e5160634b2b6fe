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
     * parameters it names, in order. What varies between targets and days (minimum levels, the day, the weights, the
     * families asking) is a parameter, so gigs of the same shape share one statement text: the driver prepares it
     * once per connection and PostgreSQL plans it once, instead of planning a new text for each gig
     * (docs/decisions/038-role-needs-cached.md).
     */
    static Clause orderBy(Target target, List<Requirement> read, LocalDate today, MatchWeights weights, int count) {
        List<Requirement> requirements = target.requirements();
        Sql met = new Sql("0");
        Sql fitSum = new Sql("CAST(0 AS float8)");
        Sql held = new Sql("0");
        Sql freshSum = new Sql("CAST(0 AS float8)");
        for (int i = 0; i < requirements.size(); i++) {
            String level = level(i);
            int minimum = requirements.get(i).minLevel();
            met.text(" + CASE WHEN " + level + " >= ").param("CAST(? AS integer)", minimum).text(" THEN 1 ELSE 0 END");
            fitSum.text(" + CASE WHEN " + level + " IS NULL THEN CAST(0 AS float8)")
                    .text(" ELSE CAST(1 AS float8) / (greatest(0, ").param("CAST(? AS integer)", minimum)
                    .text(" - " + level + ") + 1) END");
            held.text(" + CASE WHEN " + level + " IS NULL THEN 0 ELSE 1 END");
            Sql age = new Sql("greatest(0, ").param("CAST(? AS date)", today).text(" - v.o" + i + ")");
            freshSum.text(" + CASE WHEN " + level + " IS NULL THEN CAST(0 AS float8) WHEN ").append(age)
                    .text(" <= " + MatchScoring.FRESH_DAYS + " THEN CAST(1 AS float8)")
                    .text(" ELSE greatest(CAST(0 AS float8), CAST(1 AS float8) - CAST(").append(age)
                    .text(" - " + MatchScoring.FRESH_DAYS + " AS float8) / "
                            + (MatchScoring.STALE_DAYS - MatchScoring.FRESH_DAYS) + ") END");
        }
        Sql capability = requirements.isEmpty() ? new Sql("CAST(1 AS float8)")
                : round(new Sql("(").append(fitSum).text(") / " + requirements.size()));
        Sql recency = new Sql("CASE WHEN (").append(held).text(") = 0 THEN CAST(0 AS float8) ELSE ")
                .append(round(new Sql("(").append(freshSum).text(") / (").append(held).text(")"))).text(" END");

        List<String> develops = target.growth().develops();
        Sql grows = new Sql("0");
        for (String developed : develops) {
            grows.text(" + CASE WHEN ").append(wants(developed, read, target.growth().needs()))
                    .text(" THEN 1 ELSE 0 END");
        }
        Sql aspiration = round(new Sql("CAST(").append(grows).text(" AS float8) / " + develops.size()));
        String advocacy = "CASE WHEN v.open_signaling_gaps > 0 THEN CAST(1 AS float8) ELSE CAST(0 AS float8) END";
        Sql score = round(weight(weights.capability()).text(" * ").append(capability)
                .text(" + ").append(weight(weights.recency())).text(" * (").append(recency).text(")")
                .text(" + ").append(weight(weights.aspiration())).text(" * ").append(aspiration)
                .text(" + ").append(weight(weights.readiness())).text(" * CAST(0 AS float8)")
                .text(" + ").append(weight(weights.advocacy())).text(" * " + advocacy));
        Sql clause = new Sql("ORDER BY (").append(met).text(") DESC, ").append(score)
                .text(" DESC, v.employee_id COLLATE \"C\"\nLIMIT " + count);
        return new Clause(clause.text.toString(), clause.params);
    }

    /**
     * Whether the person wants to develop {@code capability}: a role of one of their shared families asks for it at
     * a level above theirs ({@link MatchScoring#wanted}). For each level they might hold, the families asking for
     * more, one array overlap per row.
     */
    private static Sql wants(String capability, List<Requirement> read, Map<String, Map<String, Integer>> needs) {
        int highest = needs.values().stream().map(asked -> asked.getOrDefault(capability, 0))
                .max(Integer::compare).orElse(0);
        if (highest == 0) {
            return new Sql("false");
        }
        Sql sql = new Sql("CASE coalesce(" + level(indexOf(capability, read)) + ", 0)");
        for (int holding = 0; holding < highest; holding++) {
            TreeSet<String> askingMore = new TreeSet<>();
            for (Map.Entry<String, Map<String, Integer>> family : needs.entrySet()) {
                if (family.getValue().getOrDefault(capability, 0) > holding) {
                    askingMore.add(family.getKey());
                }
            }
            sql.text(" WHEN " + holding + " THEN " + ROW_FAMILIES + " && ").param("?", TalentPool.textArray(askingMore));
        }
        return sql.text(" ELSE false END");
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
    private static Sql round(Sql value) {
        return new Sql("(floor((").append(value)
                .text(") * CAST(10000 AS float8) + CAST(0.5 AS float8)) / CAST(10000 AS float8))");
    }

    /** A weight as the same double: bound as float8, it is the very value Java scores with. */
    private static Sql weight(double weight) {
        return new Sql("").param("CAST(? AS float8)", weight);
    }

    record Clause(String sql, List<Object> params) {
    }

    /** A piece of SQL with the parameters its placeholders name, in order: pieces join with their parameters. */
    private static final class Sql {

        private final StringBuilder text;
        private final List<Object> params = new ArrayList<>();

        Sql(String text) {
            this.text = new StringBuilder(text);
        }

        Sql text(String more) {
            text.append(more);
            return this;
        }

        Sql param(String placeholder, Object value) {
            text.append(placeholder);
            params.add(value);
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            params.addAll(other.params);
            return this;
        }
    }
}
