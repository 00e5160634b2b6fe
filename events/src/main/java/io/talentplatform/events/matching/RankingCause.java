package io.talentplatform.events.matching;

/** Why a ranking was recorded: the decision it stood behind. */
public enum RankingCause {
    /** The opening was filled. */
    OPENING_FILLED,
    /** HR or a panel asked for the opening's ranking to be kept, such as when they agreed a shortlist. */
    REQUESTED,
    /** A succession panel decided a role's slate. */
    SLATE_DECIDED
}
