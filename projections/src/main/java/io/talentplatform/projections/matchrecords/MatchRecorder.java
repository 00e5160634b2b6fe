package io.talentplatform.projections.matchrecords;

import io.talentplatform.events.matching.MatchRankingRecorded;
import io.talentplatform.events.matching.MatchRankingRecorded.CapabilityFit;
import io.talentplatform.events.matching.MatchRankingRecorded.RankedCandidate;
import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.events.matching.RankingCause;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningRankingRequested;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.SlateDecided;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.matching.CandidateTiers;
import io.talentplatform.platform.matching.Discovery;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.ScoringWeightsReader;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.platform.time.PlatformClock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records the ranking behind each decision (DOMAIN.md, "Match records"): when an opening is filled or its ranking is
 * asked to be kept, the opening's candidates; when a panel decides a slate, the role's discovered candidates. Each is
 * read from the talent pool once it has taken the decision's event, scored with the weights in effect, and appended
 * to the log as the first event of a MatchRanking stream, in the transaction that moves this processor's token: one
 * record per decision, even across restarts.
 *
 * <p>A ranking is a fact of its moment. A decision older than {@code talent.match-records.within} when the recorder
 * meets it (a history loaded in bulk, a recorder that was down longer than that) gets no record: today's pool would
 * rank differently, and a record must not pretend otherwise. The recorder is never replayed (Processors).
 */
@Component
@ProcessingGroup(Processors.MATCH_RECORDER)
public class MatchRecorder {

    private static final Logger log = LoggerFactory.getLogger(MatchRecorder.class);

    private final TalentPool pool;
    private final CandidateTiers tiers;
    private final Discovery discovery;
    private final ScoringWeightsReader weights;
    private final TalentPoolPosition talentPool;
    private final EventStore eventLog;
    private final PlatformClock clock;
    private final MatchRecordSettings settings;

    MatchRecorder(TalentPool pool, CandidateTiers tiers, Discovery discovery, ScoringWeightsReader weights,
                  TalentPoolPosition talentPool, EventStore eventLog, PlatformClock clock,
                  MatchRecordSettings settings) {
        this.pool = pool;
        this.tiers = tiers;
        this.discovery = discovery;
        this.weights = weights;
        this.talentPool = talentPool;
        this.eventLog = eventLog;
        this.clock = clock;
        this.settings = settings;
    }

    @EventHandler
    void on(OpeningFilled event, EventMessage<?> message, TrackingToken token) {
        recordOpening(event.openingId(), RankingCause.OPENING_FILLED, null, message, token);
    }

    @EventHandler
    void on(OpeningRankingRequested event, EventMessage<?> message, TrackingToken token) {
        recordOpening(event.openingId(), RankingCause.REQUESTED, event.requestedBy(), message, token);
    }

    @EventHandler
    void on(SlateDecided event, EventMessage<?> message, TrackingToken token) {
        record(message, token, () -> pool.role(event.roleId()).map(role -> (weighted, today) -> new Ranked(
                RankingCause.SLATE_DECIDED, event.roleId(), role.roleId(), role.roleFamily(), role.requirements(),
                event.decidedBy(), discovery.discovered(role, today, weighted, settings.limit()), null)));
    }

    private void recordOpening(UUID openingId, RankingCause cause, String decidedBy, EventMessage<?> message,
                               TrackingToken token) {
        record(message, token, () -> pool.opening(openingId).map(opening -> (weighted, today) -> new Ranked(cause,
                openingId.toString(), opening.roleId(), opening.roleFamily(), opening.requirements(), decidedBy,
                tiers.forOpening(opening, settings.limit(), today, weighted).stream()
                        .map(CandidateTiers.Ranked::match).toList(),
                opening.vacancy() ? null : opening.develops())));
    }

    /**
     * Once the talent pool has taken the decision's event, ranks what the decision was about (empty when the pool does
     * not know it) with the weights in effect, and appends the record.
     */
    private void record(EventMessage<?> message, TrackingToken token, Supplier<Optional<Ranking>> target) {
        Optional<Long> read = readFrom(message, token);
        if (read.isEmpty()) {
            return;
        }
        Optional<Ranking> ranking = target.get();
        if (ranking.isEmpty()) {
            log.warn("No ranking recorded for {} {}: the talent pool does not know what it decided on",
                    message.getPayloadType().getSimpleName(), message.getIdentifier());
            return;
        }
        MatchWeights weighted = weights.current();
        LocalDate today = clock.today();
        Ranked ranked = ranking.get().rank(weighted, today);
        append(new MatchRankingRecorded(UUID.randomUUID(), ranked.cause(), ranked.target(), ranked.roleId(),
                ranked.roleFamily(), required(ranked.requirements()), message.getIdentifier(), ranked.decidedBy(),
                today, weighted, read.get(), candidates(ranked.matches(), ranked.develops() != null),
                ranked.develops()));
    }

    /** What a decision was about, ranked with the given weights on the given day. */
    private interface Ranking {
        Ranked rank(MatchWeights weighted, LocalDate today);
    }

    /** @param develops what a gig or project develops; {@code null} for a vacancy or a slate */
    private record Ranked(RankingCause cause, String target, String roleId, String roleFamily,
                          List<Requirement> requirements, String decidedBy, List<Match> matches,
                          List<String> develops) {
    }

    /**
     * The talent pool's position to read the ranking at: once it has taken the decision's event (or the wait ran
     * out: then whatever it has, said in the record). Empty when the decision is too old to rank honestly now.
     */
    private Optional<Long> readFrom(EventMessage<?> message, TrackingToken token) {
        Duration age = Duration.between(message.getTimestamp(), clock.instant());
        if (age.compareTo(settings.within()) > 0) {
            log.debug("No ranking recorded for {} of {}: {} old", message.getPayloadType().getSimpleName(),
                    message.getTimestamp(), age);
            return Optional.empty();
        }
        long position = token.position().orElse(0);
        return Optional.of(talentPool.awaitAtLeast(position, settings.poolWait()));
    }

    private void append(MatchRankingRecorded recorded) {
        eventLog.publish(new GenericDomainEventMessage<>(MatchRankingRecorded.AGGREGATE_TYPE,
                recorded.rankingId().toString(), 0, recorded));
    }

    private static List<RequiredCapability> required(List<Requirement> requirements) {
        return requirements.stream().map(r -> new RequiredCapability(r.capability(), r.minLevel())).toList();
    }

    private static List<RankedCandidate> candidates(List<Match> ranked, boolean growth) {
        List<RankedCandidate> candidates = new ArrayList<>(ranked.size());
        for (Match match : ranked) {
            candidates.add(new RankedCandidate(candidates.size() + 1, match.id(), match.score(),
                    match.requirementsMet(), match.requirements(), match.inputs().capability(),
                    match.inputs().recency(), match.inputs().aspiration(), match.inputs().readiness(),
                    match.inputs().advocacy(), match.readiness(), match.capabilities().stream()
                    .map(fit -> new CapabilityFit(fit.capability(), fit.minLevel(), fit.fit().name(), fit.level(),
                            fit.evidenceId(), fit.observedOn(), fit.evidenceAgeDays())).toList(),
                    growth ? match.grows() : null));
        }
        return candidates;
    }
}
