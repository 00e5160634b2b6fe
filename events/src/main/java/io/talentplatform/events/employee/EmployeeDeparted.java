package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The person left the organisation. Their history stays; no new commitments or conversations can be made. */
@Revision("1")
public record EmployeeDeparted(
        @DataSubject String employeeId,
        LocalDate effectiveOn,
        DepartureReason reason,
        boolean regretted) {
}
