package io.talentplatform.events.conversation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The career conversations of seeds 001 and 002: the three main kinds (or all three as one FULL session), the
 * monthly contract review and the short check-in.
 */
public enum ConversationKind {
    WHERE_ARE_YOU_NOW, WHERE_DO_YOU_WANT_TO_GO, HOW_DO_WE_CLOSE_THE_GAP, FULL, CONTRACT_REVIEW, CHECK_IN;

    /** The kinds that need a dedicated session of at least 45 minutes (seed 001's cadence table). */
    public static final Set<ConversationKind> DEDICATED_SESSIONS =
            EnumSet.of(WHERE_ARE_YOU_NOW, WHERE_DO_YOU_WANT_TO_GO, HOW_DO_WE_CLOSE_THE_GAP, FULL);

    public boolean needsDedicatedSession() {
        return DEDICATED_SESSIONS.contains(this);
    }
}
