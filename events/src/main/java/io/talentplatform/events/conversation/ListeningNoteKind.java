package io.talentplatform.events.conversation;

/**
 * What the manager heard underneath what was said (seed 002, "Listening for what's not said"); FLIGHT_SIGNAL when the
 * person mentions another offer or doubts whether this is the right place (seed 001's triggers); WELLBEING for a
 * strain that is not (yet) burnout. BURNOUT and WELLBEING pause development pushes (docs/loop.md).
 */
public enum ListeningNoteKind {
    BOREDOM, AMBITION, BURNOUT, TOO_CLEAN, FLIGHT_SIGNAL, WELLBEING, OTHER;

    /** Whether the note says the person needs recovery before development. */
    public boolean asksForRecovery() {
        return this == BURNOUT || this == WELLBEING;
    }
}
