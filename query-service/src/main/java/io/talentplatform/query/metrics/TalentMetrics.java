package io.talentplatform.query.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The talent metrics of a window and optionally one function, as docs/metrics.md defines them (version
 * {@code definitionVersion}). Every metric is about a group, never a person: a group smaller than
 * {@code minimumGroupSize} is answered suppressed.
 *
 * @param asOf the day "now" is for the metrics that are a state rather than a window (succession coverage)
 */
public record TalentMetrics(Window window, String function, LocalDate asOf, String definitionVersion,
                            int minimumGroupSize,
                            Metric internalMobilityRate,
                            Metric internalFillRate,
                            Metric medianDaysToFillInternal,
                            Metric medianDaysToFillExternal,
                            Metric successionCoverage,
                            Metric regrettedAttritionRate,
                            Metric quarterlyConversationCadence,
                            Metric fullConversationsWithAllFourOutcomes,
                            Metric managerCommitmentFulfilment,
                            Metric signalingGapsOpened,
                            Metric signalingGapsClosed,
                            Metric fullConversationsWithAllFourDelivered,
                            FourOutcomes fourOutcomes,
                            Metric supportedTransitions) {

    /** Each of seed 000's four outcomes of full conversations: how often declared, and how often delivered. */
    public record FourOutcomes(Outcome humanCapitalUpdated, Outcome relationshipCapitalAssessed,
                               Outcome signalingGapAssessed, Outcome advocacyAction) {
    }

    /** Both rates have the same denominator (completed full conversations), so they compare directly. */
    public record Outcome(Metric declared, Metric delivered) {
    }

    /** The days the metrics cover, both included. */
    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * One metric. A rate is {@code numerator / denominator} as a fraction with four decimals; a median has only its
     * denominator (how many values it is the median of); a count has only its value. Suppressed: all three are null.
     *
     * @param unit {@code fraction}, {@code days} or {@code count}
     */
    public record Metric(Long numerator, Long denominator, BigDecimal value, String unit, boolean suppressed) {

        static final String FRACTION = "fraction";
        static final String DAYS = "days";
        static final String COUNT = "count";

        /** {@code population}: how many people (roles, openings) the denominator is about. */
        static Metric rate(long numerator, long denominator, long population, int minimumGroupSize) {
            if (population < minimumGroupSize) {
                return suppressed(FRACTION);
            }
            BigDecimal value = denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
            return new Metric(numerator, denominator, value, FRACTION, false);
        }

        static Metric medianDays(Double median, long values, int minimumGroupSize) {
            if (values < minimumGroupSize) {
                return suppressed(DAYS);
            }
            BigDecimal value = median == null ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
            return new Metric(null, values, value, DAYS, false);
        }

        static Metric count(long count, long population, int minimumGroupSize) {
            if (population < minimumGroupSize) {
                return suppressed(COUNT);
            }
            return new Metric(null, null, BigDecimal.valueOf(count), COUNT, false);
        }

        private static Metric suppressed(String unit) {
            return new Metric(null, null, null, unit, true);
        }
    }
}
