package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

/**
 * The person's personal data was erased on request (GDPR art. 17). Their key is destroyed in the same transaction:
 * from then on every personal field of every earlier event replays as erased, while the facts (what happened, when)
 * stay, so counts and metrics remain true.
 *
 * @param reason HR's short account of the request; it must not itself hold personal details
 */
@Revision("1")
public record PersonalDataErased(
        @DataSubject String employeeId,
        String requestedBy,
        String reason) {
}
