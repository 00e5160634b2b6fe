package io.talentplatform.events.conversation;

/** Outcome 3 of seed 000: a Signaling Capital gap identified, an explicit "no gap", or not assessed at all. */
public enum SignalingGapOutcome {
    IDENTIFIED, NONE, NOT_ASSESSED
}
