package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The person reports to someone else from {@code effectiveOn}; the previous manager loses access from then. */
@Revision("1")
public record ManagerChanged(
        @DataSubject String employeeId,
        String previousManagerId,
        String managerId,
        LocalDate effectiveOn) {
}
