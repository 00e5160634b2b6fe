package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A decision maker who did not know the person's capabilities now does. */
@Revision("1")
public record SignalingGapClosed(
        @DataSubject String employeeId,
        String decisionMakerId,
        UUID conversationId) {
}
