package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The contract ended, with its reason. */
@Revision("1")
public record DevelopmentContractClosed(
        UUID contractId,
        @DataSubject String employeeId,
        ContractCloseReason reason) {
}
