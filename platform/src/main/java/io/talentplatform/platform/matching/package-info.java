/**
 * How a person is matched to a target, in one place for every side that needs it: who is in the candidate pool
 * (TalentPool, over the talent-pool read model), how a person is scored against a target (MatchScoring, with the
 * weights of ScoringWeightsReader) and how the best are found (CandidateTiers). The query side answers matches with
 * it, and the projections record the rankings behind decisions with the same code (docs/matching.md).
 */
package io.talentplatform.platform.matching;
