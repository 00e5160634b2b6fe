package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How well a person fits a role, as a number and as reasons (docs/matching.md). Pure: the same requirements,
 * candidate and day give the same answer; the weights and the version come from configuration.
 *
 * <p>Per required capability: met (level at or above the minimum) counts 1, short by n levels counts 1/(n+1),
 * missing counts 0; the capability fit is their mean. Recency is the mean freshness of the evidence behind the
 * required capabilities the person holds: 1 up to a year old, falling linearly to 0 at three years. Aspiration is 1
 * when the person's shared target families include the role's family; for a gig or a project, which has no role, it
 * is growth: the share of the capabilities it develops that the person wants to develop. Readiness is the shared assessment for the
 * role, else for its family (ready now 1, in 1-2 years 0.6, in 3+ years 0.3, not a fit 0). Advocacy is 1 when some
 * decision maker does not know the person's work: a reason for the panel to advocate. Each input is rounded to 4
 * decimals, and the score is {@link MatchWeights#score} of them: what an answer shows is exactly what was summed, so
 * anyone can recompute a score from the answer's inputs and weights.
 *
 * <p>Ranking: full fits first (more requirements met ranks higher, whatever the weights), then the score, then the
 * id, so ties are broken the same way every time.
 */
public final class MatchScoring {

    static final int FRESH_DAYS = 365;
    static final int STALE_DAYS = 3 * 365;

    /**
     * Best first: more requirements met, then the higher score, then the smaller id. Written out rather than
     * composed from {@code Comparator.comparing(...).reversed().thenComparing(...)}: candidates are sorted on every
     * request, and the composed layers showed in profiles; the order is pinned by MatchScoringTest
     * (docs/decisions/013-written-out-ranking-comparator.md).
     */
    public static final Comparator<Match> RANKING = (a, b) -> {
        int byRequirementsMet = Integer.compare(b.requirementsMet(), a.requirementsMet());
        if (byRequirementsMet != 0) {
            return byRequirementsMet;
        }
        int byScore = Double.compare(b.score(), a.score());
        return byScore != 0 ? byScore : a.id().compareTo(b.id());
    };

    public Match score(Target target, Candidate candidate, LocalDate today, MatchWeights weights) {
        List<CapabilityFit> fits = new ArrayList<>(target.requirements().size());
        double fitSum = 0;
        double freshnessSum = 0;
        int held = 0;
        int met = 0;
        for (Requirement requirement : target.requirements()) {
            Held evidence = candidate.capabilities().get(requirement.capability());
            if (evidence == null) {
                fits.add(CapabilityFit.missing(requirement));
                continue;
            }
            held++;
            long ageDays = Math.max(0, ChronoUnit.DAYS.between(evidence.observedOn(), today));
            freshnessSum += freshness(ageDays);
            int shortBy = Math.max(0, requirement.minLevel() - evidence.level());
            if (shortBy == 0) {
                met++;
            }
            fitSum += 1.0 / (shortBy + 1);
            fits.add(new CapabilityFit(requirement.capability(), requirement.minLevel(),
                    shortBy == 0 ? Fit.MET : Fit.SHORT, evidence.level(), shortBy, evidence.evidenceId(),
                    evidence.observedOn(), ageDays));
        }
        double capabilityFit = round(target.requirements().isEmpty() ? 1.0 : fitSum / target.requirements().size());
        double recency = round(held == 0 ? 0.0 : freshnessSum / held);
        List<String> grows = target.growth() == null ? List.of() : target.growth().develops().stream()
                .filter(candidate.wants()::contains).toList();
        boolean aligned = target.growth() != null ? !grows.isEmpty()
                : target.roleFamily() != null && candidate.targetRoleFamilies().contains(target.roleFamily());
        double aspiration = target.growth() != null
                ? round((double) grows.size() / target.growth().develops().size()) : aligned ? 1 : 0;
        boolean advocate = candidate.openSignalingGaps() > 0;
        Inputs inputs = new Inputs(capabilityFit, recency, aspiration, readinessValue(candidate.readiness()),
                advocate ? 1 : 0);
        double score = weights.score(inputs.capability(), inputs.recency(), inputs.aspiration(), inputs.readiness(),
                inputs.advocacy());
        return new Match(candidate.id(), score, met, target.requirements().size(), capabilityFit, recency, aligned,
                candidate.readiness(), advocate, candidate.openSignalingGaps(), List.copyOf(fits), inputs, grows);
    }

    static double freshness(long ageDays) {
        if (ageDays <= FRESH_DAYS) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - (double) (ageDays - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
    }

    static double readinessValue(String readiness) {
        if (readiness == null) {
            return 0.0;
        }
        return switch (readiness) {
            case "READY_NOW" -> 1.0;
            case "READY_1_2_YEARS" -> 0.6;
            case "READY_3_PLUS" -> 0.3;
            default -> 0.0;
        };
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * What a role asks for; or a gig or project, which has no role and develops capabilities ({@code growth}).
     */
    public record Target(String roleId, String roleFamily, List<Requirement> requirements, Growth growth) {

        public Target(String roleId, String roleFamily, List<Requirement> requirements) {
            this(roleId, roleFamily, requirements, null);
        }
    }

    /**
     * What a gig or project develops, and, for reading candidates, what the roles of each family ask of those
     * capabilities: a person wants to develop a capability when a role in one of their shared target families asks
     * for it at a level they do not hold yet (docs/matching.md, "Gigs and projects").
     *
     * @param needs family to capability to the highest level its roles ask; empty where only the scoring needs this
     */
    public record Growth(List<String> develops, Map<String, Map<String, Integer>> needs) {

        /** Of what this develops, what a person with these shared families and capabilities wants to develop. */
        public Set<String> wants(List<String> families, Map<String, Held> held) {
            Set<String> wants = new HashSet<>();
            for (String family : families) {
                wants.addAll(wanted(needs.getOrDefault(family, Map.of()), held));
            }
            wants.retainAll(develops);
            return wants;
        }
    }

    /** Of what roles ask (capability to level), what a person with these capabilities does not hold at that level. */
    public static Set<String> wanted(Map<String, Integer> asked, Map<String, Held> held) {
        Set<String> wanted = new HashSet<>();
        asked.forEach((capability, level) -> {
            Held holding = held.get(capability);
            if (holding == null || holding.level() < level) {
                wanted.add(capability);
            }
        });
        return wanted;
    }

    public record Requirement(String capability, int minLevel) {
    }

    /**
     * What the scoring may use of a person: only what they consented to share (the reader leaves the rest out).
     *
     * @param readiness the shared readiness for the role or its family, or {@code null}
     * @param wants     the capabilities the person wants to develop, as far as the reader looked (a gig's)
     */
    public record Candidate(String id, Map<String, Held> capabilities, List<String> targetRoleFamilies,
                            String readiness, int openSignalingGaps, Set<String> wants) {

        public Candidate(String id, Map<String, Held> capabilities, List<String> targetRoleFamilies,
                         String readiness, int openSignalingGaps) {
            this(id, capabilities, targetRoleFamilies, readiness, openSignalingGaps, Set.of());
        }
    }

    /** The person's current level in a capability and the evidence it rests on. */
    public record Held(int level, UUID evidenceId, LocalDate observedOn) {
    }

    public enum Fit { MET, SHORT, MISSING }

    /** One required capability, explained: met, short by n levels, or missing, with the evidence and its age. */
    public record CapabilityFit(String capability, int minLevel, Fit fit, Integer level, int shortBy,
                                UUID evidenceId, LocalDate observedOn, Long evidenceAgeDays) {

        static CapabilityFit missing(Requirement requirement) {
            return new CapabilityFit(requirement.capability(), requirement.minLevel(), Fit.MISSING, null,
                    requirement.minLevel(), null, null, null);
        }
    }

    /**
     * The five numbers a score is the weighted sum of, each between 0 and 1, named as the weights are: the score is
     * {@code weights.score(capability, recency, aspiration, readiness, advocacy)}.
     */
    public record Inputs(double capability, double recency, double aspiration, double readiness, double advocacy) {
    }

    /**
     * A scored candidate (or opening), with every reason behind the score.
     *
     * @param grows of what a gig or project develops, what the person wants to develop (empty for a role)
     */
    public record Match(String id, double score, int requirementsMet, int requirements, double capabilityFit,
                        double evidenceRecency, boolean aspirationAligned, String readiness,
                        boolean signalingGapToAdvocate, int openSignalingGaps, List<CapabilityFit> capabilities,
                        Inputs inputs, List<String> grows) {

        public boolean fullFit() {
            return requirementsMet == requirements;
        }
    }
}
