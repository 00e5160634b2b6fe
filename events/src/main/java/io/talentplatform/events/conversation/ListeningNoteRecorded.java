package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import io.talentplatform.events.privacy.Writer;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A manager's private observation from the conversation (boredom, ambition, burnout, the answer that is too clean).
 * Confidential to the manager who wrote it: never in a panel, marketplace or metrics view, never on Kafka.
 */
@Revision("1")
public record ListeningNoteRecorded(
        UUID conversationId,
        @DataSubject String employeeId,
        UUID noteId,
        @Audience(Confidentiality.WRITER) ListeningNoteKind kind,
        @PersonalData @Audience(Confidentiality.WRITER) String text,
        @Writer String writtenBy) {
}
