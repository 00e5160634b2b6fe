package io.talentplatform.command.matching;

import io.talentplatform.events.matching.MatchRankingRecorded;
import io.talentplatform.events.matching.RankingDisputed;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A recorded ranking, and the disputes of the people in it. Its first event is appended by the projections' recorder
 * (MatchRankingRecorded), never by a command: the ranking is what the talent pool said, not what anyone claims.
 */
@Aggregate
public class MatchRanking {

    @AggregateIdentifier
    private String rankingId;
    /** Each considered person's rank. */
    private final Map<String, Integer> ranks = new HashMap<>();
    private final Set<String> disputed = new HashSet<>();

    protected MatchRanking() {
        // For Axon: rebuilt from its events.
    }

    /** The person disputes their place in the ranking. */
    public record DisputeRanking(@TargetAggregateIdentifier String rankingId, String employeeId, String reason) {
    }

    @CommandHandler
    public void handle(DisputeRanking command) {
        Integer rank = ranks.get(command.employeeId());
        if (rank == null) {
            throw RuleViolation.unprocessable("not-considered",
                    "You were not among the candidates of ranking " + rankingId + ".");
        }
        if (disputed.contains(command.employeeId())) {
            throw RuleViolation.conflict("already-disputed", "You disputed your place in this ranking already.");
        }
        apply(new RankingDisputed(java.util.UUID.fromString(rankingId), command.employeeId(), rank,
                command.reason()));
    }

    @EventSourcingHandler
    void on(MatchRankingRecorded event) {
        rankingId = event.rankingId().toString();
        event.candidates().forEach(candidate -> ranks.put(candidate.employeeId(), candidate.rank()));
    }

    @EventSourcingHandler
    void on(RankingDisputed event) {
        disputed.add(event.employeeId());
    }
}
