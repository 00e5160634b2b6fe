package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The advocacy action aimed at a signaling gap was done: the platform asks the manager whether that decision maker
 * now knows the person's work. Recording that they do closes the gap, and the conversation's fourth outcome is then
 * delivered, not only declared.
 */
@Revision("1")
public record SignalReassessmentRequested(
        @DataSubject String employeeId,
        String decisionMakerId,
        UUID commitmentId,
        UUID conversationId,
        LocalDate requestedOn) {
}
