package io.talentplatform.events.employee;

import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The platform raised a career conversation from what it already knew (seed 001, "Triggers for an ad hoc career
 * conversation"): a new manager or a changed role (within 30 days), a flight signal (within the week), a promotion
 * that stalled, a milestone. It is due with the person's manager by {@code dueOn}, and is answered by the next
 * conversation held with them. Why it was raised is for the person's manager only: a flight signal may come from the
 * manager's own listening note.
 *
 * @param cause what raised it (an event id or a deadline), so that the same cause never raises it twice
 */
@Revision("1")
public record CareerConversationDue(
        @DataSubject String employeeId,
        String managerId,
        @Audience(Confidentiality.PERSON_AND_MANAGER) ConversationTrigger reason,
        @Audience(Confidentiality.PERSON_AND_MANAGER) String detail,
        LocalDate raisedOn,
        LocalDate dueOn,
        String cause) {
}
