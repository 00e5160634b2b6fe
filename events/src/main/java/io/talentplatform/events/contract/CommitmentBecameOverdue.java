package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Raised once by the platform itself when a commitment's due date passed and it was still open. */
@Revision("1")
public record CommitmentBecameOverdue(
        UUID contractId,
        @DataSubject String employeeId,
        UUID commitmentId,
        CommitmentOwner owner,
        LocalDate dueOn) {
}
