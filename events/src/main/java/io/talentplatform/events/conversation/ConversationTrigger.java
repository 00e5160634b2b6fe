package io.talentplatform.events.conversation;

/** Why the conversation happens (seed 001's cadence and ad hoc triggers). */
public enum ConversationTrigger {
    QUARTERLY, TRANSITION_POINT, FLIGHT_SIGNAL, ENGAGEMENT_DROP, MILESTONE, ROLE_CHANGE, PROMOTION_STALLED, AD_HOC
}
