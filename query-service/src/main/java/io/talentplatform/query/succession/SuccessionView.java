package io.talentplatform.query.succession;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.query.candidates.MatchAnswers.CapabilityExplanation;
import io.talentplatform.platform.matching.MatchScoring;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.PoolEntries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The succession panel's view of one role: its slate with the evidence, who else could be, and bench strength. */
public record SuccessionView(
        String roleId,
        String title,
        String function,
        String level,
        boolean critical,
        String roleFamily,
        List<Requirement> requirements,
        List<Successor> slate,
        List<Candidate> discovered,
        BenchStrength benchStrength,
        String scoringVersion,
        LocalDate asOf,
        MatchWeights weights,
        FromPool fromPool) {

    /**
     * The members of the talent pool the role draws its discovery from, not on the slate and sharing capabilities,
     * ranked for the role; {@code null} when it draws from none (and in views of the past, which do not read pools).
     */
    public record FromPool(String poolId, String name, List<Candidate> candidates) {
    }

    /**
     * A person on the slate. Capability evidence and aspiration alignment appear only if the person shares them.
     * {@code contested} lists the records about them they contested and their manager has not answered yet.
     *
     * @param stale rated below ready-now for longer than the staleness period without progress
     */
    public record Successor(
            String employeeId,
            String displayName,
            String jobTitle,
            String function,
            boolean employed,
            String readiness,
            boolean emergencyCover,
            Instant nominatedAt,
            Instant lastAssessedAt,
            Instant readinessSince,
            boolean stale,
            String decidedBy,
            String rationale,
            boolean capabilitiesShared,
            Integer requirementsMet,
            List<CapabilityExplanation> capabilities,
            Boolean aspirationAligned,
            int relationships,
            int openSignalingGaps,
            List<PoolEntries.Contested> contested) {
    }

    /** A consenting person whose capabilities and shared aspiration fit the role, not yet on the slate. */
    public record Candidate(
            String employeeId,
            String displayName,
            String jobTitle,
            String function,
            double score,
            MatchScoring.Inputs inputs,
            int requirementsMet,
            String readiness,
            List<CapabilityExplanation> capabilities,
            int relationships,
            int openSignalingGaps,
            List<PoolEntries.Contested> contested) {
    }

    /**
     * @param strength successors still employed and ready now or within two years
     */
    public record BenchStrength(int readyNow, int readyIn1To2Years, int readyIn3PlusYears, int emergencyCover,
                                int stale, int discovered, int strength, boolean covered) {
    }
}
