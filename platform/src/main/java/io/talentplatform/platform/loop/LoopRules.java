package io.talentplatform.platform.loop;

import java.time.Duration;

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

    private LoopRules() {
    }
}
