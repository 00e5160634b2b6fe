package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A mapped relationship no longer counts: the manager withdrew it in answer to the person's contest. */
@Revision("1")
public record RelationshipWithdrawn(
        @DataSubject String employeeId,
        UUID relationshipId,
        UUID contestId) {
}
