package io.talentplatform.platform.loop;

import io.talentplatform.events.conversation.ConversationKind;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The dates of the loop that closes itself (docs/loop.md), in one place for the read model that keeps the inbox and
 * the answers that read it: when a reminder shows, when a summary is late, when a conversation went nowhere.
 */
public final class LoopRules {

    /** Seed 001: "a light reflection prompt a few days before". */
    public static final int PROMPT_DAYS_BEFORE = 3;
    /** Seed 001: "a written summary within 48 hours". */
    public static final Duration SUMMARY_WITHIN = Duration.ofHours(48);
    /** A commitment or a contract review shows from a week before its date. */
    public static final int DUE_SOON_DAYS = 7;
    /** The next conversation not booked a week after one was held. */
    public static final int BOOK_NEXT_WITHIN_DAYS = 7;
    /** Seed 001's "conversation that goes nowhere": nothing came of it in two weeks. */
    public static final int NOWHERE_AFTER_DAYS = 14;
    /**
     * The kinds of career conversation of the cadence (ConversationKind's dedicated sessions), as an SQL list for
     * {@code kind IN (...)}: check-ins and contract reviews neither keep the quarter nor go nowhere.
     */
    public static final String DEDICATED_KINDS_SQL = ConversationKind.DEDICATED_SESSIONS.stream()
            .map(kind -> "'" + kind.name() + "'").sorted().collect(Collectors.joining(", "));

    private LoopRules() {
    }

    /**
     * Whether a held conversation's summary is late: shared more than {@link #SUMMARY_WITHIN} after it was held, or
     * not shared and that time has passed by {@code now}. Never for a conversation not held.
     */
    public static boolean summaryLate(Instant held, Instant shared, Instant now) {
        if (held == null) {
            return false;
        }
        return (shared == null ? now : shared).isAfter(held.plus(SUMMARY_WITHIN));
    }
}
