package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A decision maker who should know the person's capabilities does not: closing this is the manager's job. */
@Revision("1")
public record SignalingGapOpened(
        @DataSubject String employeeId,
        String decisionMakerId,
        UUID conversationId) {
}
