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
 * The contract's terms changed because the person's goals changed (seed 001, "When someone's goals change"): the
 * whole new terms and the reason, kept in history; the contract is revised, not replaced.
 */
@Revision("1")
public record DevelopmentContractRevised(
        UUID contractId,
        @DataSubject String employeeId,
        int revision,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String goal,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String evidenceOfSuccess,
        ReviewCadence reviewCadence,
        LocalDate nextReviewOn,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String caveat,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) List<String> openQuestions,
        @PersonalData @Audience(value = Confidentiality.PERSON_AND_MANAGER, auditors = true) String reason) {

    public DevelopmentContractRevised {
        openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
    }
}
