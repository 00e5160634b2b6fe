package io.talentplatform.events.conversation;

/** What the manager heard underneath what was said (seed 002, "Listening for what's not said"). */
public enum ListeningNoteKind {
    BOREDOM, AMBITION, BURNOUT, TOO_CLEAN, OTHER
}
