/**
 * The JSON answers that succession and mobility share: every score with its inputs, weights and reasons
 * (MatchAnswers). The matching itself is the platform's (io.talentplatform.platform.matching).
 */
package io.talentplatform.query.candidates;
