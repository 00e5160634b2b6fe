package io.talentplatform.events.conversation;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.PersonalData;

import java.time.LocalDate;

/** Outcome 4 of seed 000: the specific thing the manager commits to doing for the person within the quarter. */
public record AdvocacyAction(
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String description,
        LocalDate dueOn) {
}
