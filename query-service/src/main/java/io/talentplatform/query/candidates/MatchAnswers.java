package io.talentplatform.query.candidates;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.matching.MatchScoring;
import io.talentplatform.platform.matching.PoolEntries;
import io.talentplatform.platform.matching.TalentPool;
import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.platform.matching.MatchScoring.CapabilityFit;
import io.talentplatform.platform.matching.MatchScoring.Fit;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring.Requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON answers of the matching endpoints: every score comes with its reasons and the scoring version. */
public final class MatchAnswers {

    private MatchAnswers() {
    }

    /**
     * @param weights  the weights every score below is the weighted sum with, under {@code scoringVersion}
     * @param recorded for a past ranking ({@code ?asOf=}), the record it comes from; {@code null} for a live one
     */
    public record OpeningMatches(UUID openingId, String roleId, String title, String function, String roleFamily,
                                 List<Requirement> requirements, boolean filled, String scoringVersion,
                                 LocalDate asOf, List<CandidateMatch> matches, MatchWeights weights,
                                 Recorded recorded, String kind, List<String> developsCapabilities) {
    }

    /**
     * Where a past ranking comes from: the decision it was recorded for, when, and the talent pool's position then.
     *
     * @param cause OPENING_FILLED, REQUESTED or SLATE_DECIDED
     */
    public record Recorded(UUID rankingId, String cause, Instant recordedAt, String decidedBy,
                           long talentPoolPosition) {
    }

    /** @param inputs what {@code score} is the weighted sum of: {@code weights.score(inputs)} gives it exactly */
    public record CandidateMatch(int rank, String employeeId, String displayName, String jobTitle, String function,
                                 String level, double score, MatchScoring.Inputs inputs, boolean fullFit, int requirementsMet, int requirements,
                                 double capabilityFit, double evidenceRecency, boolean aspirationAligned,
                                 String readiness, boolean signalingGapToAdvocate,
                                 List<CapabilityExplanation> capabilities, List<PoolEntries.Contested> contested,
                                 boolean disputed, Growth growth) {
    }

    /**
     * For a gig or a project: of what it develops, what the person wants to develop (a role in one of their shared
     * target families asks for it at a level they do not hold yet), which the aspiration input counts.
     */
    public record Growth(List<String> develops, List<String> grows, String explanation) {

        public static Growth of(List<String> develops, Match match) {
            return of(develops, match.grows());
        }

        /** {@code null} where nothing is developed, or (in a ranking recorded before growth was) nothing recorded. */
        public static Growth of(List<String> develops, List<String> grows) {
            if (develops == null || develops.isEmpty() || grows == null) {
                return null;
            }
            String explanation = grows.isEmpty()
                    ? "develops " + String.join(", ", develops) + ": none of it is a step the person has said they want"
                    : "develops " + String.join(", ", grows) + (grows.size() == 1 ? ", a capability"
                    : ", capabilities") + " the roles the person aims for ask and they do not hold at that level yet";
            return new Growth(develops, grows, explanation);
        }
    }

    /** @param visible whether the person is in the marketplace; when not, only they see their matches */
    public record EmployeeMatches(String employeeId, boolean visible, String scoringVersion, LocalDate asOf,
                                  List<OpeningMatch> matches, MatchWeights weights) {
    }

    public record OpeningMatch(int rank, UUID openingId, String roleId, String title, String function, String level,
                               String roleFamily, LocalDate openedOn, boolean internalOnly, double score,
                               MatchScoring.Inputs inputs, boolean fullFit, int requirementsMet, int requirements, double capabilityFit,
                               double evidenceRecency, boolean aspirationAligned, String readiness,
                               List<CapabilityExplanation> capabilities, String kind, Integer hoursPerWeek,
                               LocalDate startsOn, LocalDate endsOn, Growth growth) {
    }

    /**
     * One required capability, explained in a sentence and in fields.
     *
     * @param evidence  the evidence text; it is the person's to share, so only consenting viewers see it
     * @param source    where the evidence came from: CONVERSATION, REVIEW, PEER, or SELF (the person's own word)
     * @param contested whether the person contested this evidence and their manager has not answered yet
     */
    public record CapabilityExplanation(String capability, int minLevel, Fit fit, Integer level, int shortBy,
                                        String explanation, UUID evidenceId,
                                        @Audience(Confidentiality.CONSENTED) String evidence, String source,
                                        LocalDate observedOn, Long evidenceAgeDays, boolean contested) {
    }

    /** A person's match explained; {@code contested} are the open contests about the person. */
    public static List<CapabilityExplanation> explain(Match match, Map<UUID, PoolEntries.Evidence> evidence,
                                                      String employeeId, TalentPool.Contests contested) {
        return match.capabilities().stream().map(fit -> explain(fit, evidence.get(fit.evidenceId()),
                contested.evidence(employeeId, fit.evidenceId()))).toList();
    }

    /** An opening's match for the person asking: their own contests are theirs to know. */
    public static List<CapabilityExplanation> explain(Match match, Map<UUID, PoolEntries.Evidence> evidence) {
        return match.capabilities().stream().map(fit -> explain(fit, evidence.get(fit.evidenceId()), false)).toList();
    }

    static CapabilityExplanation explain(CapabilityFit fit, PoolEntries.Evidence evidence, boolean contested) {
        return new CapabilityExplanation(fit.capability(), fit.minLevel(), fit.fit(), fit.level(), fit.shortBy(),
                sentence(fit), fit.evidenceId(), evidence == null ? null : evidence.text(),
                evidence == null ? null : evidence.source(), fit.observedOn(), fit.evidenceAgeDays(), contested);
    }

    /** "met: level 4 of 3 required, evidence 120 days old", "short by 1 level: ...", "missing: no evidence". */
    public static String sentence(CapabilityFit fit) {
        return switch (fit.fit()) {
            case MISSING -> "missing: no evidence of " + fit.capability() + " (level " + fit.minLevel() + " required)";
            case MET -> "met: level " + fit.level() + " of " + fit.minLevel() + " required, evidence "
                    + fit.evidenceAgeDays() + " days old";
            case SHORT -> "short by " + fit.shortBy() + (fit.shortBy() == 1 ? " level" : " levels") + ": level "
                    + fit.level() + " of " + fit.minLevel() + " required, evidence " + fit.evidenceAgeDays()
                    + " days old";
        };
    }
}
