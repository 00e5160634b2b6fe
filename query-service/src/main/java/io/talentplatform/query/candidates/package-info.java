/**
 * The candidate pool that succession and mobility share: who is in the pool (TalentPool, kept from the talent-pool
 * read model), how a person is scored against a target (MatchScoring, CandidateTiers) and how a match is explained
 * (MatchAnswers). Mobility ranks people for an opening; succession discovers them for a role.
 */
package io.talentplatform.query.candidates;
