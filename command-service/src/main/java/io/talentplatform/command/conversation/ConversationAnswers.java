package io.talentplatform.command.conversation;

import java.util.UUID;

/** What the conversation commands answer, beside the event position in the {@code Talent-Event-Position} header. */
final class ConversationAnswers {

    private ConversationAnswers() {
    }

    record Booked(UUID conversationId, String employeeId) {
    }

    /** Prepared, rescheduled, held, completed, summarised or cancelled. */
    record ConversationChanged(UUID conversationId) {
    }

    record NoteRecorded(UUID conversationId, UUID noteId) {
    }
}
