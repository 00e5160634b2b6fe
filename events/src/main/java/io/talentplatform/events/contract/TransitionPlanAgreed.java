package io.talentplatform.events.contract;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "Not here", respected (seeds 001, 002): what the person wants cannot be met here, and the contract now says how the
 * move is supported: the partial paths that still help, the timeline, and the support the manager commits to (as
 * the contract's own commitments). Closing the contract TRANSITION_SUPPORTED then counts apart from attrition.
 */
@Revision("1")
public record TransitionPlanAgreed(
        UUID contractId,
        @DataSubject String employeeId,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) List<String> partialPaths,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String timeline,
        LocalDate agreedOn) {
}
