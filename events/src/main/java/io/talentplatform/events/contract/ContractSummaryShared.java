package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The written summary went to the person. Seed 001: within 48 hours of the conversation; {@code late} records when
 * it was not.
 *
 * @param conversationHeldAt when the conversation the contract came from was held, or {@code null} if none
 */
@Revision("1")
public record ContractSummaryShared(
        UUID contractId,
        @DataSubject String employeeId,
        Instant sharedAt,
        Instant conversationHeldAt,
        boolean late) {
}
