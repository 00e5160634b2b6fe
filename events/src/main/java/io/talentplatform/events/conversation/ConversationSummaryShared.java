package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The written summary of a held conversation went to the person (seed 001's checklist: "within 48 hours"), with what
 * it said when the manager recorded it; every held conversation has one, not only a contract's first.
 */
@Revision("1")
public record ConversationSummaryShared(
        UUID conversationId,
        @DataSubject String employeeId,
        Instant sharedAt,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String summary) {
}
