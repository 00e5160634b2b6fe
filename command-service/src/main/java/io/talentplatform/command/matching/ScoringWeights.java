package io.talentplatform.command.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.events.matching.ScoringWeightsChanged;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The weights of the match score: one stream, so that every version is used once and every change is in order. They
 * start as {@link MatchWeights#FIRST}. The same weights may come back under a new version: the version names a
 * decision, and HR may decide to return to earlier weights.
 */
@Aggregate
public class ScoringWeights {

    /** The aggregate identifier of the one set of weights. */
    public static final String ID = "scoring-weights";
    private static final double SUM_TOLERANCE = 1e-9;

    @AggregateIdentifier
    private String id;
    private final Set<String> versions = new HashSet<>(Set.of(MatchWeights.FIRST.version()));

    protected ScoringWeights() {
        // For Axon: rebuilt from its events, or created by its first change.
    }

    /** New weights under a new version, with the reason for the change. */
    public record ChangeScoringWeights(@TargetAggregateIdentifier String id, MatchWeights weights, String reason,
                                       String changedBy) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeScoringWeights command) {
        MatchWeights weights = command.weights();
        if (versions.contains(weights.version())) {
            throw RuleViolation.conflict("version-used", "The version " + weights.version()
                    + " names weights already: a change takes a new version.");
        }
        double sum = weights.capability() + weights.recency() + weights.aspiration() + weights.readiness()
                + weights.advocacy();
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw RuleViolation.unprocessable("weights-sum", "The five weights add up to " + sum
                    + "; they must add up to 1, so that a score stays between 0 and 1.");
        }
        apply(new ScoringWeightsChanged(weights.version(), weights.capability(), weights.recency(),
                weights.aspiration(), weights.readiness(), weights.advocacy(), command.reason(), command.changedBy()));
    }

    @EventSourcingHandler
    void on(ScoringWeightsChanged event) {
        id = ID;
        versions.add(event.version());
    }
}
