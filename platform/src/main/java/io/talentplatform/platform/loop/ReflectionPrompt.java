package io.talentplatform.platform.loop;

/** Seed 001's light prompt, sent a few days before a career conversation unless the manager wrote their own. */
public final class ReflectionPrompt {

    /** The prompt that goes out: the manager's own words, or seed 001's. */
    public static String toSend(String ownWords) {
        return ownWords != null ? ownWords : SEED_001;
    }

    /** Seed 001, "Send a light prompt in advance". A prompt, not a form. */
    public static final String SEED_001 = "Before we meet for the career conversation, it might help to spend a few "
            + "minutes thinking about: what energises you most about your work right now, where you feel like you're "
            + "wasting time or potential, what you imagine doing in three to five years, and whether there's "
            + "anything about your career direction you haven't said out loud to anyone yet.";

    private ReflectionPrompt() {
    }
}
