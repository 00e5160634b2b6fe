package io.talentplatform.events.matching;

import io.talentplatform.events.role.RequiredCapability;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ranking as it stood behind a decision (DOMAIN.md, "Match records"): every candidate with their score, the five
 * inputs it is the weighted sum of, and each required capability explained, with the weights and their version, so
 * that anyone can recompute every score and show the ranking later. The first event of a MatchRanking stream,
 * appended by the projections' recorder from the talent pool as it stood at {@code talentPoolPosition}.
 *
 * <p>Ids and numbers only: no name, no evidence text. A person's erasure leaves nothing of theirs to read here, and
 * the answers that show a recorded ranking join today's names (an erased person's reads as erased).
 *
 * @param target       the opening id (OPENING_FILLED, REQUESTED) or the role id (SLATE_DECIDED) ranked for
 * @param causeEventId the event of the decision
 * @param scoredOn     the day evidence ages were counted to
 * @param develops     what the gig or project ranked for develops; {@code null} for a vacancy or a slate
 *
 * <p>Revision 2 added {@code develops}, and each candidate's {@code grows}: of what the gig or project develops, what
 * the person wanted to develop. Both are {@code null} in a revision-1 event, which did not record them.
 */
@Revision("2")
public record MatchRankingRecorded(
        UUID rankingId,
        RankingCause cause,
        String target,
        String roleId,
        String roleFamily,
        List<RequiredCapability> requirements,
        String causeEventId,
        String decidedBy,
        LocalDate scoredOn,
        MatchWeights weights,
        long talentPoolPosition,
        List<RankedCandidate> candidates,
        List<String> develops) {

    /** The type of the stream it starts: the command side's MatchRanking aggregate loads it under this name. */
    public static final String AGGREGATE_TYPE = "MatchRanking";

    /**
     * One candidate's place, score and reasons.
     *
     * @param grows of what the gig or project develops, what the person wanted to develop; {@code null} for a vacancy
     *              or a slate, and in a revision-1 event
     */
    public record RankedCandidate(int rank, String employeeId, double score, int requirementsMet, int requirements,
                                  double capability, double recency, double aspiration, double readiness,
                                  double advocacy, String readinessLevel, List<CapabilityFit> capabilities,
                                  List<String> grows) {
    }

    /** One required capability of one candidate: MET, SHORT or MISSING, with the evidence it rested on. */
    public record CapabilityFit(String capability, int minLevel, String fit, Integer level, UUID evidenceId,
                                LocalDate observedOn, Long evidenceAgeDays) {
    }
}
