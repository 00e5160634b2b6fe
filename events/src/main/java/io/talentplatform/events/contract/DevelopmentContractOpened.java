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
 * A development contract was agreed (seeds 001, 002): the one-sentence goal, how both will know it is happening,
 * when it is reviewed, the honest caveat of what the organisation cannot offer, and the open questions.
 */
@Revision("1")
public record DevelopmentContractOpened(
        UUID contractId,
        @DataSubject String employeeId,
        String managerId,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String goal,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String evidenceOfSuccess,
        ReviewCadence reviewCadence,
        LocalDate nextReviewOn,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String caveat,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) List<String> openQuestions,
        UUID conversationId) {

    public DevelopmentContractOpened {
        openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
    }
}
